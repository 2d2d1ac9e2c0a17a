import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { uiLanguages } from '#shared/contract/common';
import { createI18n } from '#shared/i18n/create-i18n';
import { menuTemplate, type MenuKey } from './menu-template';

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

const labelsIn = (language: (typeof uiLanguages)[number]) => {
  const i18n = createI18n(language);
  return (key: MenuKey) => i18n.t(`common:menu.${key}`);
};

describe('menuTemplate', () => {
  it.each(uiLanguages)('labels every item from the %s locale, never with a raw key', (language) => {
    for (const platform of ['linux', 'win32', 'darwin'] as const) {
      const items = flatten(menuTemplate(labelsIn(language), platform)).filter((item) => item.type !== 'separator');
      for (const item of items) {
        if (item.role === 'appMenu') continue;
        expect(item.label, JSON.stringify(item)).toBeTruthy();
        expect(item.label).not.toMatch(/^(common:)?menu\./);
      }
    }
  });

  it('follows the language', () => {
    const [lvFile] = menuTemplate(labelsIn('lv'), 'linux');
    const [ruFile] = menuTemplate(labelsIn('ru'), 'linux');
    expect(lvFile?.label).toBe('Fails');
    expect(ruFile?.label).not.toBe(lvFile?.label);
  });

  it('offers the editing roles staff rely on, and quit and about on every platform', () => {
    for (const platform of ['linux', 'win32', 'darwin'] as const) {
      const roles = flatten(menuTemplate(labelsIn('en'), platform)).map((item) => item.role);
      expect(roles).toEqual(expect.arrayContaining(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll', 'quit', 'about']));
    }
  });
});
