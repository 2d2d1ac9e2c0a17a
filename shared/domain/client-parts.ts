/** Closed lists the client card uses; each value has a label under `clients:<list>.<value>`. */
export const relationKinds = [
  'spouse',
  'child',
  'grandchild',
  'sibling',
  'parent',
  'otherRelative',
  'guardian',
  'friend',
  'neighbour',
  'socialWorker',
  'other',
] as const;
export type RelationKind = (typeof relationKinds)[number];

export const consentKinds = ['dataProcessing', 'photos', 'municipalitySharing'] as const;
export type ConsentKind = (typeof consentKinds)[number];

export const consentGivers = ['client', 'representative'] as const;

export const exemptionKinds = ['none', 'needy', 'low-income'] as const;
