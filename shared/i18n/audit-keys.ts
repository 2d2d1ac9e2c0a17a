/**
 * The translation keys that name the parts of an audit row: its method, its entity, each changed
 * field and each coded value. The audit page reads them, and the completeness test checks that every
 * method, entity, field and code the core writes has one in every language, so both share this file.
 */

export const methodKey = (method: string) => `audit:method.${method}`;
export const entityKey = (entity: string) => `audit:entity.${entity}`;

/** A field's own name on one entity where the general one reads wrong ("Name" of a relative), then the general one. */
export const fieldKeys = (entity: string, field: string) => [`audit:fieldOf.${entity}.${field}`, `audit:field.${field}`];

type CodeKey = (code: string, entity: string) => string | undefined;

const under = (prefix: string): CodeKey => (code) => `${prefix}.${code}`;
const named = (keys: Record<string, string>): CodeKey => (code) => keys[code];
const byEntity = (keys: Record<string, CodeKey>): CodeKey => (code, entity) => keys[entity]?.(code, entity);

/**
 * Fields whose values are codes, with where each code's name already lives: the audit trail speaks the
 * words the rest of the app uses (board, sheets, client card), so a renamed reason reads the same here.
 * A list holds codes (meals); an object has codes as keys (Barthel items → scores).
 */
const codedFields: Record<string, CodeKey> = {
  role: under('common:role'),
  language: under('common:language'),
  country: under('common:country'),
  codeCountry: under('common:country'),
  meals: under('common:meal'),
  mealKinds: under('common:meal'),
  sex: under('clients:sex'),
  relation: under('clients:relation'),
  givenBy: under('clients:consentGiver'),
  service: under('clients:service'),
  exemption: under('clients:exemption'),
  instrument: under('clients:instrument'),
  barthel: under('clients:barthel'),
  absenceReason: under('board:reason'),
  fundingSource: under('equipment:funding'),
  category: byEntity({
    equipment_item: (code) => (code.startsWith('custom:') ? 'audit:value.ownCategory' : `equipment:category.${code}`),
    equipment_waitlist: (code) => (code.startsWith('custom:') ? 'audit:value.ownCategory' : `equipment:category.${code}`),
  }),
  serviceUnit: under('billing:units'),
  payerCategory: under('billing:payerCategory'),
  vatCategory: under('billing:prices.vatCategories'),
  action: under('audit:value.printAction'),
  problem: under('backups:problem'),
  document: named({
    'attendance-sheet': 'sheets:title',
    'day-list': 'sheets:dayList.title',
    'session-participants': 'sheets:session.title',
    'access-export': 'privacy:access.title',
    'equipment-labels': 'equipment:labels.title',
    'equipment-durability': 'equipment:durability.title',
    'equipment-due': 'equipmentMaintenance:due.printTitle',
    'observation-report': 'dementia:report.title',
    'respite-statement': 'sheets:printDocument.respite-statement',
    'yearly-statistics': 'sheets:printDocument.yearly-statistics',
    'loan-act': 'sheets:printDocument.loan-act',
    'incident-report': 'sheets:printDocument.incident-report',
    statement: 'sheets:printDocument.statement',
  }),
  status: byEntity({
    client: under('clients:status'),
    attendance: under('audit:value.attendance'),
    session_participant: under('sessions:status'),
    equipment_item: under('equipment:status'),
    equipment_waitlist: under('loans:waitlist.status'),
    booking: under('bookings:status'),
  }),
  kind: byEntity({
    client_consent: under('clients:consentKind'),
    session: under('sheets:session.kind'),
    centre_calendar_day: named({ 'day-off': 'calendar:dayOff', 'working-day': 'calendar:workingDay' }),
    backup: under('backups:kind'),
    equipment_attachment: under('equipment:attachmentKind'),
    equipment_schedule: under('equipmentMaintenance:kind'),
    billing_exemption: under('clients:exemption'),
    incident: under('safety:incidents.kinds'),
  }),
};

export const isCodedField = (field: string) => Object.hasOwn(codedFields, field);

/** The key naming one code of a coded field, or undefined when the field holds no codes or the code is unknown. */
export function valueKey(entity: string, field: string, code: string): string | undefined {
  return isCodedField(field) ? codedFields[field]?.(code, entity) : undefined;
}

/** The codes a stored value holds: itself, each item of a list, or each key of an object. */
export function codesOf(value: unknown): string[] {
  if (value === null || value === undefined || value === '') return [];
  if (Array.isArray(value)) return value.map(String);
  if (typeof value === 'object') return Object.keys(value);
  return typeof value === 'string' || typeof value === 'number' ? [String(value)] : [];
}

/** Record ids made of parts (`2026-11:day-care`, `attendance-sheet:2026-11:day-care`): which fields name the parts. */
export const recordKeyFields = ['document', 'service'] as const;
