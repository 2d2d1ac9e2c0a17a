import enCommon from '../locales/en/common.json';
import enErrors from '../locales/en/errors.json';
import enSetup from '../locales/en/setup.json';
import enAuth from '../locales/en/auth.json';
import enBoard from '../locales/en/board.json';
import enSessions from '../locales/en/sessions.json';
import lvCommon from '../locales/lv/common.json';
import lvErrors from '../locales/lv/errors.json';
import lvSetup from '../locales/lv/setup.json';
import lvAuth from '../locales/lv/auth.json';
import lvBoard from '../locales/lv/board.json';
import lvSessions from '../locales/lv/sessions.json';
import ltCommon from '../locales/lt/common.json';
import ltErrors from '../locales/lt/errors.json';
import ltSetup from '../locales/lt/setup.json';
import ltAuth from '../locales/lt/auth.json';
import ltBoard from '../locales/lt/board.json';
import ltSessions from '../locales/lt/sessions.json';
import ruCommon from '../locales/ru/common.json';
import ruErrors from '../locales/ru/errors.json';
import ruSetup from '../locales/ru/setup.json';
import ruAuth from '../locales/ru/auth.json';
import ruBoard from '../locales/ru/board.json';
import ruSessions from '../locales/ru/sessions.json';
import type { UiLanguage } from '../contract/common';

/** Latvian is the reference language: keys are typed from it (see i18next.d.ts). */
export const lvResources = { common: lvCommon, errors: lvErrors, setup: lvSetup, auth: lvAuth, board: lvBoard, sessions: lvSessions };
export type Resources = typeof lvResources;
export const namespaces = Object.keys(lvResources) as (keyof Resources)[];

export const resources: Record<UiLanguage, Record<keyof Resources, object>> = {
  lv: lvResources,
  lt: { common: ltCommon, errors: ltErrors, setup: ltSetup, auth: ltAuth, board: ltBoard, sessions: ltSessions },
  ru: { common: ruCommon, errors: ruErrors, setup: ruSetup, auth: ruAuth, board: ruBoard, sessions: ruSessions },
  en: { common: enCommon, errors: enErrors, setup: enSetup, auth: enAuth, board: enBoard, sessions: enSessions },
};
