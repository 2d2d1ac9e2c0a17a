import { Menu } from 'electron';
import type { UiLanguage } from '#shared/contract/common';
import { createI18n } from '#shared/i18n/create-i18n';
import { menuTemplate, type MenuKey } from './menu-template';

export interface AppMenu {
  /** Rebuilds the menu in this language; a no-op when it already is. */
  setLanguage(language: UiLanguage): void;
}

/**
 * The application menu follows the renderer's language: every IPC call carries it, so the menu
 * changes on the first call after a switch, before and after login alike, without main having to
 * watch `auth.setLanguage` or `staff.changed`.
 */
export function createAppMenu(initial: UiLanguage): AppMenu {
  let current: UiLanguage | null = null;
  const setLanguage = (language: UiLanguage) => {
    if (language === current) return;
    current = language;
    const i18n = createI18n(language);
    const label = (key: MenuKey) => i18n.t(`common:menu.${key}`);
    Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(label, process.platform)));
  };
  setLanguage(initial);
  return { setLanguage };
}
