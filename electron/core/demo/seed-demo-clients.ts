import type { MethodInput, MethodName } from '#shared/contract/index';
import { addDays, localIsoDate } from '#shared/domain/dates';
import { barthelItems, type BarthelScores } from '#shared/domain/barthel';
import { findStaffByUsername } from '#db/queries/staff';
import type { Core } from '../core';
import { fixedSession, type CallContext } from '../call-context';
import { demoCode, demoPeople } from './demo-people';

const relativeNames: Record<'lv' | 'lt' | 'ru', string[]> = {
  lv: ['Inese', 'Māris', 'Dace', 'Edgars'],
  lt: ['Rasa', 'Tomas', 'Jurgita', 'Darius'],
  ru: ['Елена', 'Алексей', 'Наталья', 'Дмитрий'],
};
const municipalities = ['LV-aizkraukle', 'LV-aizkraukle', 'LV-jekabpils', 'LV-ogre', 'LV-augsdaugava'];

/**
 * Forty clients of the demo centre with relatives, decisions (several ending within 30 days, so the
 * dashboard has something to show) and assessments, all entered through the dispatcher as staff would.
 */
export async function seedDemoClients(core: Core, adminUsername: string): Promise<void> {
  const admin = findStaffByUsername(core.db, adminUsername);
  if (!admin) throw new Error('demo administrator missing');
  const ctx: CallContext = { session: fixedSession(admin), language: 'lv', origin: 'demo' };
  const call = async <M extends MethodName>(method: M, input: MethodInput<M>) => {
    const result = await core.dispatch(method, input, ctx);
    if (!result.ok) throw new Error(`demo ${method} failed: ${result.error.code} ${JSON.stringify(result.error.issues ?? [])}`);
    return result.data as { client?: { id: number } };
  };
  const today = localIsoDate(core.now());

  for (const [i, person] of demoPeople.entries()) {
    const [firstName, lastName, sex, , language] = person;
    const { country, code, birthDate } = demoCode(i, person);
    const created = await call('clients.create', {
      firstName, lastName, codeCountry: country, personalCode: code, birthDate, sex, language,
      phone: `+371 2${String(6100000 + i * 1373).padStart(7, '0')}`,
      address: country === 'LT' ? `Vilniaus g. ${i + 1}, Zarasai` : `Rīgas iela ${i + 1}, Pļaviņas`,
      wanderingRisk: i % 9 === 4,
      diet: i % 7 === 3 ? 'Diabēta diēta' : '',
      receptionNotes: i % 9 === 4 ? 'Demence: nelaist prom vienu, sagaidīt piederīgo.' : '',
    });
    const clientId = created.client?.id as number;
    if (i < 30) {
      const names = relativeNames[language];
      await call('relatives.create', {
        clientId, name: `${names[i % names.length] ?? ''} ${lastName}`, relation: i % 3 === 0 ? 'spouse' : 'child',
        phone: `+371 2${String(7200000 + i * 911).padStart(7, '0')}`, language, canCollect: true, emergencyContact: true, priority: 1,
      });
    }
    await call('consents.create', { clientId, kind: 'dataProcessing', givenOn: addDays(today, -200 - i), givenBy: i % 5 === 0 ? 'representative' : 'client', representativeName: i % 5 === 0 ? 'Aizbildnis' : '' });
    const dementia = i % 4 === 1;
    // Every fifth decision ends within the next 30 days: the dashboard widget's material.
    const validTo = i % 5 === 2 ? addDays(today, 3 + (i % 25)) : addDays(today, 120 + i * 3);
    await call('decisions.create', {
      clientId, service: dementia ? 'dementia-day-centre' : 'day-care', payingMunicipality: municipalities[i % municipalities.length] as string,
      decisionNumber: `SD-${2026 - (i % 2)}/${100 + i}`, decisionDate: addDays(today, -190 - i), validFrom: addDays(today, -180 - i), validTo,
      plannedWeekdays: dementia ? [2, 4] : i % 2 ? [1, 2, 3, 4, 5] : [1, 3, 5], copayPercent: i % 6 === 0 ? 0 : 25,
      exemption: i % 6 === 0 ? 'needy' : 'none', exemptionUntil: i % 6 === 0 ? addDays(today, 90) : '',
    });
    if (i % 2 === 0) {
      const barthel = Object.fromEntries(barthelItems.map((item, k) => [item.key, (i + k) % (item.max + 1)])) as BarthelScores;
      await call('assessments.create', { clientId, instrument: 'barthel', assessedOn: addDays(today, -60 - i), assessor: 'Ilze Kalniņa', barthel, nextReview: addDays(today, 300 - i) });
      await call('assessments.create', { clientId, instrument: 'lv-care-level', assessedOn: addDays(today, -60 - i), assessor: 'Ilze Kalniņa', careLevel: ((i % 4) + 1) as 1 });
    }
  }
}
