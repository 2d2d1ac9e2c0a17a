/** The equipment register's fixed codes, shared by the database schema and the contract. */

/** Built-in categories (names translated in the `equipment` namespace); a centre adds its own. */
export const equipmentBuiltinCategories = [
  'hydromassage-bed',
  'shower-chair',
  'shower-trolley',
  'washing-machine',
  'dryer',
  'lift-platform',
  'hoist',
  'wheelchair',
  'walker',
  'hospital-bed',
  'anti-decubitus-mattress',
  'other',
] as const;
export const equipmentStatuses = ['in-use', 'in-storage', 'lent-out', 'needs-cleaning', 'out-of-service', 'under-repair', 'written-off'] as const;
export type EquipmentStatus = (typeof equipmentStatuses)[number];
export const fundingSources = ['own-budget', 'municipality', 'eu-project', 'donation'] as const;
export const attachmentKinds = ['photo', 'invoice', 'manual', 'certificate', 'other'] as const;
