import type { MethodInput, MethodName, MethodOutput } from '#shared/contract/index';
import { findStaffByUsername } from '#db/queries/staff';
import type { Core } from '../core';
import { fixedSession, type CallContext } from '../call-context';

/**
 * The seeds' project: Pļaviņu novada dome's "Care Closer 2 Home" (ENI-LLB-1-031, the Latvia–Lithuania–
 * Belarus programme, until November 2021) bought a lift platform, washing machines, dryers, a hydromassage
 * bed and shower chairs for SAC "Pļaviņas"; assistive devices came with it. They must stay in use five
 * years after the project.
 */
const project = { fundingSource: 'eu-project', projectCode: 'ENI-LLB-1-031', projectName: 'Care Closer 2 Home', durabilityUntil: '2026-11-30' } as const;

type ItemInput = MethodInput<'equipment.items.create'>;

const items: ItemInput[] = [
  { category: 'lift-platform', name: 'Pacēlāja platforma pie ieejas', manufacturer: 'Liftup', model: 'PL-500', serialNumber: 'LU-2021-0457', location: 'Galvenā ieeja', purchaseDate: '2021-05-10', priceCents: 1_850_000, supplier: 'SIA Liftu serviss', invoiceNumber: 'LS-2021/118', warrantyEnd: '2023-05-10', condition: 'Labs', ...project },
  { category: 'hydromassage-bed', name: 'Hidromasāžas gulta', manufacturer: 'Medimax', model: 'Aqua 3', serialNumber: 'MX-33190', location: 'Hidroterapijas telpa', purchaseDate: '2021-06-14', priceCents: 950_000, supplier: 'SIA Rehabilitācijas tehnika', invoiceNumber: 'RT-0612', warrantyEnd: '2023-06-14', condition: 'Labs', ...project },
  { category: 'shower-chair', name: 'Dušas krēsls ar riteņiem', manufacturer: 'Etac', model: 'Swift Mobil', location: 'Dušas telpa 1', purchaseDate: '2021-06-14', priceCents: 42_000, supplier: 'SIA Rehabilitācijas tehnika', invoiceNumber: 'RT-0612', condition: 'Labs', ...project },
  { category: 'shower-chair', name: 'Dušas krēsls ar riteņiem', manufacturer: 'Etac', model: 'Swift Mobil', location: 'Dušas telpa 2', purchaseDate: '2021-06-14', priceCents: 42_000, supplier: 'SIA Rehabilitācijas tehnika', invoiceNumber: 'RT-0612', condition: 'Apmierinošs', ...project },
  { category: 'shower-chair', name: 'Dušas krēsls', manufacturer: 'Etac', model: 'Swift', location: 'Noliktava', status: 'in-storage', purchaseDate: '2021-06-14', priceCents: 18_000, supplier: 'SIA Rehabilitācijas tehnika', invoiceNumber: 'RT-0612', ...project },
  { category: 'washing-machine', name: 'Veļas mašīna', manufacturer: 'Electrolux', model: 'WH6-8', serialNumber: 'EL-91420017', location: 'Veļas mazgātava', purchaseDate: '2021-04-20', priceCents: 320_000, supplier: 'SIA Profesionālā veļas tehnika', invoiceNumber: 'PVT-2021-044', warrantyEnd: '2023-04-20', ...project },
  { category: 'washing-machine', name: 'Veļas mašīna', manufacturer: 'Electrolux', model: 'WH6-8', serialNumber: 'EL-91420018', location: 'Veļas mazgātava', purchaseDate: '2021-04-20', priceCents: 320_000, supplier: 'SIA Profesionālā veļas tehnika', invoiceNumber: 'PVT-2021-044', warrantyEnd: '2023-04-20', ...project },
  { category: 'dryer', name: 'Veļas žāvētājs', manufacturer: 'Electrolux', model: 'TD6-7', serialNumber: 'EL-77310452', location: 'Veļas mazgātava', purchaseDate: '2021-04-20', priceCents: 240_000, supplier: 'SIA Profesionālā veļas tehnika', invoiceNumber: 'PVT-2021-044', ...project },
  { category: 'dryer', name: 'Veļas žāvētājs', manufacturer: 'Electrolux', model: 'TD6-7', serialNumber: 'EL-77310453', location: 'Veļas mazgātava', purchaseDate: '2021-04-20', priceCents: 240_000, supplier: 'SIA Profesionālā veļas tehnika', invoiceNumber: 'PVT-2021-044', ...project },
  { category: 'hoist', name: 'Mobilais pacēlājs', manufacturer: 'Invacare', model: 'Birdie Evo', location: 'Dušas telpa 1', purchaseDate: '2021-07-01', priceCents: 185_000, supplier: 'SIA Palīglīdzekļi', invoiceNumber: 'PL-7781', ...project },
  { category: 'wheelchair', name: 'Ratiņkrēsls', manufacturer: 'Invacare', model: 'Action 2', location: 'Noliktava', status: 'in-storage', purchaseDate: '2021-07-01', priceCents: 38_000, supplier: 'SIA Palīglīdzekļi', invoiceNumber: 'PL-7781', ...project },
  { category: 'wheelchair', name: 'Ratiņkrēsls', manufacturer: 'Invacare', model: 'Action 2', location: 'Noliktava', status: 'in-storage', purchaseDate: '2021-07-01', priceCents: 38_000, supplier: 'SIA Palīglīdzekļi', invoiceNumber: 'PL-7781', ...project },
  { category: 'walker', name: 'Staigulis ar riteņiem', manufacturer: 'Drive', model: 'Nitro', location: 'Noliktava', status: 'in-storage', purchaseDate: '2021-07-01', priceCents: 16_500, supplier: 'SIA Palīglīdzekļi', invoiceNumber: 'PL-7781', ...project },
  { category: 'hospital-bed', name: 'Funkcionālā gulta', manufacturer: 'Burmeier', model: 'Dali', location: 'Atpūtas istaba', purchaseDate: '2021-07-01', priceCents: 120_000, supplier: 'SIA Palīglīdzekļi', invoiceNumber: 'PL-7781', ...project },
  { category: 'anti-decubitus-mattress', name: 'Pretizgulējumu matracis', manufacturer: 'Invacare', model: 'Softform', location: 'Atpūtas istaba', purchaseDate: '2021-07-01', priceCents: 45_000, supplier: 'SIA Palīglīdzekļi', invoiceNumber: 'PL-7781', ...project },
  // Bought later from the centre's own budget and the municipality, so the register is not one project only.
  { category: 'washing-machine', name: 'Veļas mašīna (mājsaimniecības)', manufacturer: 'Bosch', model: 'Serie 4', location: 'Veļas mazgātava', purchaseDate: '2024-02-12', priceCents: 52_000, supplier: 'SIA Elektronikas nams', fundingSource: 'own-budget' },
  { category: 'wheelchair', name: 'Ratiņkrēsls (ziedojums)', manufacturer: 'Meyra', model: 'Budget', location: 'Noliktava', status: 'in-storage', purchaseDate: '2023-09-05', priceCents: 0, fundingSource: 'donation' },
];

/** The demo centre's equipment register, through the services, numbered in the centre's own scheme. */
export async function seedDemoEquipment(core: Core, adminUsername: string): Promise<void> {
  const admin = findStaffByUsername(core.db, adminUsername);
  if (!admin) throw new Error('demo administrator missing');
  const ctx: CallContext = { session: fixedSession(admin), language: 'lv', origin: 'demo' };
  const call = async <M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> => {
    const result = await core.dispatch(method, input, ctx);
    if (!result.ok) throw new Error(`demo ${method} failed: ${result.error.code}`);
    return result.data as MethodOutput<M>;
  };
  const massageChair = await call('equipment.categories.create', { nameLv: 'Masāžas krēsls', nameLt: 'Masažo kėdė', nameRu: 'Массажное кресло' });
  // The first number sets the scheme; the rest are suggested from it (PSAC-2021/002, …).
  const [first, ...rest] = items;
  if (first) await call('equipment.items.create', { ...first, inventoryNumber: 'PSAC-2021/001' });
  for (const item of rest) await call('equipment.items.create', item);
  await call('equipment.items.create', { category: `custom:${massageChair.id}`, name: 'Masāžas krēsls', location: 'Atpūtas istaba', purchaseDate: '2022-03-01', priceCents: 89_000, fundingSource: 'municipality' });
  // One shower chair broke in the third year: written off before the durability date, with its reason.
  const { items: stored } = await call('equipment.items.list', { search: 'Dušas krēsls', sort: 'inventoryNumber', page: 1, pageSize: 10 });
  const broken = stored.find((i) => i.status === 'in-storage');
  if (broken) await call('equipment.items.writeOff', { id: broken.id, on: '2024-03-18', reason: 'Salūzis rāmis, remonts nav iespējams (akts Nr. 3/2024)' });
}
