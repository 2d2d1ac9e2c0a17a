/**
 * Fields of an audit row's changes that hold the id of another record, and which kind of record.
 * The core names them at read time from the current tables (never from the stored payload), so a
 * renamed activity reads as it is called today and an erased client stays erased.
 */
export const referenceFields = {
  clientId: 'client',
  activityId: 'activity',
  updatedBy: 'staff',
  voidedBy: 'staff',
  closedBy: 'staff',
  reopenedBy: 'staff',
} as const;

export type ReferenceKind = (typeof referenceFields)[keyof typeof referenceFields];
export const referenceKinds = ['client', 'activity', 'staff'] as const satisfies readonly ReferenceKind[];

export const referenceKindOf = (field: string): ReferenceKind | undefined =>
  Object.hasOwn(referenceFields, field) ? referenceFields[field as keyof typeof referenceFields] : undefined;
