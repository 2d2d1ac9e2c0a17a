import enCommon from '../locales/en/common.json';
import enDementia from '../locales/en/dementia.json';
import enErrors from '../locales/en/errors.json';
import enSetup from '../locales/en/setup.json';
import enAuth from '../locales/en/auth.json';
import enClients from '../locales/en/clients.json';
import enSheets from '../locales/en/sheets.json';
import enCalendar from '../locales/en/calendar.json';
import enStaff from '../locales/en/staff.json';
import enSettings from '../locales/en/settings.json';
import enAudit from '../locales/en/audit.json';
import enBoard from '../locales/en/board.json';
import enSessions from '../locales/en/sessions.json';
import enPrivacy from '../locales/en/privacy.json';
import enBackups from '../locales/en/backups.json';
import enRecovery from '../locales/en/recovery.json';
import enEquipmentMaintenance from '../locales/en/equipment-maintenance.json';
import enSafety from '../locales/en/safety.json';
import enLoans from '../locales/en/loans.json';
import enBookings from '../locales/en/bookings.json';
import enEquipment from '../locales/en/equipment.json';
import enReports from '../locales/en/reports.json';
import enBilling from '../locales/en/billing.json';
import lvCommon from '../locales/lv/common.json';
import lvDementia from '../locales/lv/dementia.json';
import lvErrors from '../locales/lv/errors.json';
import lvSetup from '../locales/lv/setup.json';
import lvAuth from '../locales/lv/auth.json';
import lvClients from '../locales/lv/clients.json';
import lvSheets from '../locales/lv/sheets.json';
import lvCalendar from '../locales/lv/calendar.json';
import lvStaff from '../locales/lv/staff.json';
import lvSettings from '../locales/lv/settings.json';
import lvAudit from '../locales/lv/audit.json';
import lvBoard from '../locales/lv/board.json';
import lvSessions from '../locales/lv/sessions.json';
import lvPrivacy from '../locales/lv/privacy.json';
import lvBackups from '../locales/lv/backups.json';
import lvRecovery from '../locales/lv/recovery.json';
import lvEquipmentMaintenance from '../locales/lv/equipment-maintenance.json';
import lvSafety from '../locales/lv/safety.json';
import lvLoans from '../locales/lv/loans.json';
import lvBookings from '../locales/lv/bookings.json';
import lvEquipment from '../locales/lv/equipment.json';
import lvReports from '../locales/lv/reports.json';
import lvBilling from '../locales/lv/billing.json';
import ltCommon from '../locales/lt/common.json';
import ltDementia from '../locales/lt/dementia.json';
import ltErrors from '../locales/lt/errors.json';
import ltSetup from '../locales/lt/setup.json';
import ltAuth from '../locales/lt/auth.json';
import ltClients from '../locales/lt/clients.json';
import ltSheets from '../locales/lt/sheets.json';
import ltCalendar from '../locales/lt/calendar.json';
import ltStaff from '../locales/lt/staff.json';
import ltSettings from '../locales/lt/settings.json';
import ltAudit from '../locales/lt/audit.json';
import ltBoard from '../locales/lt/board.json';
import ltSessions from '../locales/lt/sessions.json';
import ltPrivacy from '../locales/lt/privacy.json';
import ltBackups from '../locales/lt/backups.json';
import ltRecovery from '../locales/lt/recovery.json';
import ltEquipmentMaintenance from '../locales/lt/equipment-maintenance.json';
import ltSafety from '../locales/lt/safety.json';
import ltLoans from '../locales/lt/loans.json';
import ltBookings from '../locales/lt/bookings.json';
import ltEquipment from '../locales/lt/equipment.json';
import ltReports from '../locales/lt/reports.json';
import ltBilling from '../locales/lt/billing.json';
import ruCommon from '../locales/ru/common.json';
import ruDementia from '../locales/ru/dementia.json';
import ruErrors from '../locales/ru/errors.json';
import ruSetup from '../locales/ru/setup.json';
import ruAuth from '../locales/ru/auth.json';
import ruClients from '../locales/ru/clients.json';
import ruSheets from '../locales/ru/sheets.json';
import ruCalendar from '../locales/ru/calendar.json';
import ruStaff from '../locales/ru/staff.json';
import ruSettings from '../locales/ru/settings.json';
import ruAudit from '../locales/ru/audit.json';
import ruBoard from '../locales/ru/board.json';
import ruSessions from '../locales/ru/sessions.json';
import ruPrivacy from '../locales/ru/privacy.json';
import ruBackups from '../locales/ru/backups.json';
import ruRecovery from '../locales/ru/recovery.json';
import ruEquipmentMaintenance from '../locales/ru/equipment-maintenance.json';
import ruSafety from '../locales/ru/safety.json';
import ruLoans from '../locales/ru/loans.json';
import ruBookings from '../locales/ru/bookings.json';
import ruEquipment from '../locales/ru/equipment.json';
import ruReports from '../locales/ru/reports.json';
import ruBilling from '../locales/ru/billing.json';
import type { UiLanguage } from '../contract/common';

/** Latvian is the reference language: keys are typed from it (see i18next.d.ts). */
export const lvResources = {
  common: lvCommon,
  errors: lvErrors,
  setup: lvSetup,
  auth: lvAuth,
  clients: lvClients,
  sheets: lvSheets,
  calendar: lvCalendar,
  staff: lvStaff,
  settings: lvSettings,
  audit: lvAudit,
  board: lvBoard,
  sessions: lvSessions,
  privacy: lvPrivacy,
  backups: lvBackups,
  recovery: lvRecovery,
  equipmentMaintenance: lvEquipmentMaintenance,
  safety: lvSafety,
  loans: lvLoans,
  bookings: lvBookings,
  equipment: lvEquipment,
  reports: lvReports,
  billing: lvBilling,
  dementia: lvDementia,
};
export type Resources = typeof lvResources;
export const namespaces = Object.keys(lvResources) as (keyof Resources)[];

export const resources: Record<UiLanguage, Record<keyof Resources, object>> = {
  lv: lvResources,
  lt: {
    common: ltCommon,
    errors: ltErrors,
    setup: ltSetup,
    auth: ltAuth,
    clients: ltClients,
    sheets: ltSheets,
    calendar: ltCalendar,
    staff: ltStaff,
    settings: ltSettings,
    audit: ltAudit,
    board: ltBoard,
    sessions: ltSessions,
    privacy: ltPrivacy,
    backups: ltBackups,
    recovery: ltRecovery,
    equipmentMaintenance: ltEquipmentMaintenance,
    safety: ltSafety,
    loans: ltLoans,
    bookings: ltBookings,
    equipment: ltEquipment,
    reports: ltReports,
    billing: ltBilling,
    dementia: ltDementia,
  },
  ru: {
    common: ruCommon,
    errors: ruErrors,
    setup: ruSetup,
    auth: ruAuth,
    clients: ruClients,
    sheets: ruSheets,
    calendar: ruCalendar,
    staff: ruStaff,
    settings: ruSettings,
    audit: ruAudit,
    board: ruBoard,
    sessions: ruSessions,
    privacy: ruPrivacy,
    backups: ruBackups,
    recovery: ruRecovery,
    equipmentMaintenance: ruEquipmentMaintenance,
    safety: ruSafety,
    loans: ruLoans,
    bookings: ruBookings,
    equipment: ruEquipment,
    reports: ruReports,
    billing: ruBilling,
    dementia: ruDementia,
  },
  en: {
    common: enCommon,
    errors: enErrors,
    setup: enSetup,
    auth: enAuth,
    clients: enClients,
    sheets: enSheets,
    calendar: enCalendar,
    staff: enStaff,
    settings: enSettings,
    audit: enAudit,
    board: enBoard,
    sessions: enSessions,
    privacy: enPrivacy,
    backups: enBackups,
    recovery: enRecovery,
    equipmentMaintenance: enEquipmentMaintenance,
    safety: enSafety,
    loans: enLoans,
    bookings: enBookings,
    equipment: enEquipment,
    reports: enReports,
    billing: enBilling,
    dementia: enDementia,
  },
};
