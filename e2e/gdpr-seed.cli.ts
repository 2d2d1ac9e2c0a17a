import { createCore, type Core } from '../electron/core/core';
import { callContext } from '../electron/core/testing/test-core';
import { ok } from '../electron/core/testing/client-fixtures';
import { discharge } from '../electron/core/testing/privacy-fixtures';
import { gdprClients, type GdprClientIds } from './gdpr-seed-data';

/** `tsx e2e/gdpr-seed.cli.ts DATA_DIR OWNER_JSON`: seeds the centre of the GDPR spec and prints the clients' ids as JSON. */

interface Owner {
  centreName: string;
  admin: { username: string; fullName: string; password: string };
}

async function seed(dataDir: string, { centreName, admin }: Owner): Promise<GdprClientIds> {
  let clock = new Date('2019-11-29T09:00:00');
  const core: Core = createCore({ dataDir, now: () => clock });
  try {
    const ctx = callContext(core, 'lv');
    await ok(core, ctx, 'setup.initialise', {
      centre: { name: centreName, country: 'LV', municipality: 'LV-aizkraukle', language: 'lv' },
      admin: { username: admin.username, fullName: admin.fullName, password: admin.password },
    });
    // The clock jumps years between clients: each jump needs a fresh login.
    const onDay = async (day: string) => {
      clock = new Date(`${day}T09:00:00`);
      await ok(core, ctx, 'auth.login', { username: admin.username, password: admin.password });
    };
    const served = async (person: { firstName: string; lastName: string; personalCode?: string }, language: 'lv' | 'ru', day: string, decisionNumber: string, validTo?: string) => {
      const { firstName, lastName, personalCode } = person;
      const { client } = await ok(core, ctx, 'clients.create', { firstName, lastName, personalCode, codeCountry: personalCode ? 'LV' : '', language });
      await ok(core, ctx, 'decisions.create', {
        clientId: client.id,
        service: 'day-care',
        payingMunicipality: 'LV-aizkraukle',
        decisionNumber,
        decisionDate: day,
        validFrom: day,
        validTo,
        plannedWeekdays: [1, 2, 3, 4, 5],
        exemption: 'none',
      });
      await ok(core, ctx, 'relatives.create', { clientId: client.id, name: `${person.firstName} Radiniece`, relation: 'child', canCollect: true, emergencyContact: true, priority: 1 });
      await ok(core, ctx, 'attendance.checkIn', { clientId: client.id, date: day, time: '08:45' });
      await ok(core, ctx, 'attendance.checkOut', { clientId: client.id, date: day, time: '15:30' });
      return client.id;
    };

    await onDay('2019-11-29');
    const longGone = await served(gdprClients.longGone, 'lv', '2019-11-29', 'DC-2019/7', '2019-12-31');
    await onDay('2019-12-31');
    await discharge(core, ctx, longGone, '2019-12-31');

    await onDay('2021-06-01');
    const recent = await served(gdprClients.recent, 'lv', '2021-06-01', 'DC-2021/3', '2021-06-30');
    await onDay('2021-06-30');
    await discharge(core, ctx, recent, '2021-06-30');

    await onDay('2026-11-30');
    const latvian = await served(gdprClients.latvian, 'lv', '2026-11-30', gdprClients.latvian.decisionNumber);
    const russian = await served(gdprClients.russian, 'ru', '2026-11-30', gdprClients.russian.decisionNumber);
    return { latvian, russian, longGone, recent };
  } finally {
    core.close();
  }
}

const [dataDir, owner] = process.argv.slice(2);
if (!dataDir || !owner) throw new Error('usage: tsx e2e/gdpr-seed.cli.ts DATA_DIR OWNER_JSON');
console.log(JSON.stringify(await seed(dataDir, JSON.parse(owner) as Owner)));
