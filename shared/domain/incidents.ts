/** The kinds of incident a report can be about (issue 14). */
export const incidentKinds = ['fall', 'injury', 'wandering', 'aggression', 'medication', 'missing-person'] as const;
export type IncidentKind = (typeof incidentKinds)[number];

/** Whom staff inform after an incident. */
export const informedParties = ['family', 'doctor', 'municipality'] as const;
export type InformedParty = (typeof informedParties)[number];
