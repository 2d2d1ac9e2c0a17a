import type { MethodInput, MethodName } from '#shared/contract/index';
import { localIsoDate } from '#shared/domain/dates';
import { monthBounds, previousMonth } from '#shared/domain/month';
import { findMunicipality } from '#shared/domain/municipalities';
import { decisionsInPeriod } from '#db/queries/billing';
import { findStaffByUsername } from '#db/queries/staff';
import type { Core } from '../core';
import { fixedSession, type CallContext } from '../call-context';

/**
 * The demo centre bills as an association: its seller details and every paying municipality of last
 * month as a buyer (institution code, registration number, address), through the same methods an
 * administrator uses, so the monthly pack carries e-invoices right after `--demo`. Numbers are fictitious.
 */
export async function seedDemoEinvoice(core: Core, adminUsername: string): Promise<void> {
  const admin = findStaffByUsername(core.db, adminUsername);
  if (!admin) throw new Error('demo administrator missing');
  const ctx: CallContext = { session: fixedSession(admin), language: 'lv', origin: 'demo' };
  const call = async <M extends MethodName>(method: M, input: MethodInput<M>) => {
    const result = await core.dispatch(method, input, ctx);
    if (!result.ok) throw new Error(`demo ${method} failed: ${result.error.code}`);
  };
  await call('exports.setSeller', {
    legalName: 'Biedrība “Pļaviņu dienas centrs”',
    registrationNumber: '40008000001',
    vatNumber: null,
    endpointScheme: '0218',
    street: 'Daugavas iela 12',
    city: 'Pļaviņas',
    postalCode: 'LV-5120',
    country: 'LV',
    iban: 'LV80BANK0000435195001',
    paymentDays: 30,
  });
  const { first, last } = monthBounds(previousMonth(localIsoDate(core.now()).slice(0, 7)));
  const payers = [...new Set(decisionsInPeriod(core.db, first, last).map((d) => d.decision.payingMunicipality))].sort();
  for (const [i, payer] of payers.entries()) {
    const name = findMunicipality(payer)?.name ?? payer;
    await call('exports.setBuyer', {
      payer,
      legalName: `${name} pašvaldība`,
      institutionCode: `${payer.replace(/^LV-/, '').toUpperCase()}-SD`,
      registrationNumber: `9000000${String(1000 + i).padStart(4, '0')}`,
      vatNumber: null,
      endpointScheme: '0218',
      street: 'Centra iela 1',
      city: name,
      postalCode: `LV-${5100 + i}`,
      country: 'LV',
    });
  }
}
