/**
 * The names the preload lets through, as plain strings: the preload is bundled on its own, and
 * importing the contract would pull zod and every schema into it (issue 13, item 17). The contract
 * stays the source of truth and validates on the main side; names.test.ts fails until a new method
 * or event is listed here too.
 */
export const methodNameList = [
  'setup.status', 'setup.initialise',
  'auth.login', 'auth.tiles', 'auth.pinLogin', 'auth.tileLogin', 'auth.recover', 'auth.lock', 'auth.logout', 'auth.me', 'auth.setLanguage',
  'clients.checkPersonalCode', 'clients.search', 'clients.list', 'clients.get', 'clients.create', 'clients.update',
  'relatives.list', 'relatives.create', 'relatives.update', 'relatives.remove',
  'consents.create', 'consents.update', 'consents.remove',
  'decisions.list', 'decisions.expiring', 'decisions.create', 'decisions.update', 'decisions.void',
  'assessments.list', 'assessments.create', 'assessments.void',
  'calendar.month', 'calendar.setDay',
  'sheets.attendanceMonth', 'sheets.dayList', 'sheets.sessionParticipants', 'sheets.recordPrint',
  'months.status', 'months.close', 'months.reopen',
  'print.document', 'print.savePdf',
  'staff.list', 'staff.create', 'staff.update', 'staff.resetPassword', 'staff.setPin', 'staff.unlockLogin',
  'settings.get', 'settings.update',
  'audit.list', 'audit.filters',
  'attendance.day', 'attendance.checkIn', 'attendance.checkOut', 'attendance.markAbsent', 'attendance.setMeals', 'attendance.setTransport', 'attendance.checkOutAll', 'attendance.undo',
  'activities.list', 'activities.create', 'activities.update',
  'sessions.list', 'sessions.get', 'sessions.create', 'sessions.createSeries', 'sessions.update', 'sessions.addParticipant', 'sessions.removeParticipant', 'sessions.markParticipant', 'sessions.candidates', 'sessions.forClient',
  'clock.now',
  'backups.status', 'backups.list', 'backups.create', 'backups.restore', 'backups.settings', 'backups.updateSettings',
  'clients.accessExport', 'clients.erase',
  'retention.get', 'retention.update', 'retention.clients',
  'attendance.collectors', 'attendance.handOver', 'attendance.handOvers',
  'safety.notCollected',
  'incidents.create', 'incidents.update', 'incidents.get', 'incidents.list', 'incidents.addFollowUp', 'incidents.completeFollowUp', 'incidents.close', 'incidents.responsibles',
  'respite.month', 'respite.exportXlsx',
  'dementia.groups.list', 'dementia.groups.get', 'dementia.groups.create', 'dementia.groups.update', 'dementia.groups.setMembers', 'dementia.groups.candidates', 'dementia.day',
  'dementia.catalogue.list', 'dementia.catalogue.create', 'dementia.catalogue.update', 'dementia.template.get', 'dementia.template.set', 'dementia.programme.fromTemplate', 'dementia.programme.set',
  'dementia.observations.get', 'dementia.observations.save', 'dementia.observations.history',
  'clientPhoto.get', 'clientPhoto.set', 'clientPhoto.remove',
  'equipment.categories.list', 'equipment.categories.create', 'equipment.items.list', 'equipment.items.get', 'equipment.items.suggestNumber', 'equipment.items.create', 'equipment.items.update', 'equipment.items.writeOff',
  'equipment.attachments.add', 'equipment.attachments.get', 'equipment.attachments.remove', 'equipment.byNumber', 'equipment.labels.pdf', 'equipment.durability', 'equipment.durabilityXlsx', 'equipment.register.export',
  'equipment.schedules.list', 'equipment.schedules.create', 'equipment.schedules.update', 'equipment.maintenance.record', 'equipment.maintenance.list', 'equipment.due', 'equipment.safetyWarnings',
  'equipment.usage.log', 'equipment.usage.list', 'equipment.usage.counts', 'equipment.usage.items', 'equipment.settings.get', 'equipment.settings.update',
  'loans.list', 'loans.overdue', 'loans.freeItems', 'loans.lend', 'loans.return', 'loans.extend', 'loans.clean', 'loans.actPdf',
  'waitlist.list', 'waitlist.join', 'waitlist.cancel', 'waitlist.serve',
  'resources.list', 'resources.create', 'resources.update',
  'bookings.week', 'bookings.day', 'bookings.forClient', 'bookings.book', 'bookings.setStatus', 'bookings.cancel', 'bookings.utilisation',
  'prices.list', 'prices.save', 'prices.remove', 'prices.units.list', 'prices.units.save', 'prices.units.deactivate',
  'billing.exemptions', 'billing.addExemption', 'billing.voidExemption', 'billing.setDecisionTerms', 'billing.decisionTerms', 'billing.payers', 'billing.units', 'billing.reconcile', 'billing.absenceRules.list', 'billing.absenceRules.set',
  'exports.yearlyStatistics', 'exports.einvoice', 'exports.monthlyPack', 'exports.invoiceParties', 'exports.setSeller', 'exports.setBuyer', 'exports.statement',
] as const;

export const eventNameList = [
  'staff.changed',
  'centre.changed',
  'clients.changed',
  'calendar.changed',
  'months.changed',
  'settings.changed',
  'attendance.changed',
  'activities.changed',
  'sessions.changed',
  'safety.alarmRaised',
  'exports.packProgress',
] as const;

/** Answered only by a host whose database could not be opened (see recovery.ts). */
export const recoveryMethodNameList = ['recovery.status', 'recovery.restore', 'recovery.retry'] as const;

const methods: ReadonlySet<string> = new Set([...methodNameList, ...recoveryMethodNameList]);
const events: ReadonlySet<string> = new Set(eventNameList);

/** A contract or recovery method name; anything else is refused before it reaches main. */
export function isCallableName(name: unknown): name is string {
  return typeof name === 'string' && methods.has(name);
}

export function isListedEventName(name: unknown): name is string {
  return typeof name === 'string' && events.has(name);
}
