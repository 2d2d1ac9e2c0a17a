import type { MenuItemConstructorOptions } from 'electron';
import type { Resources } from '#shared/i18n/resources';

export type MenuKey = keyof Resources['common']['menu'];
export type MenuLabel = (key: MenuKey) => string;

/**
 * The native menu as data, built from `common:menu.*`. Roles give each item the platform's own
 * behaviour and shortcuts; only the labels are ours, so they follow the UI language. macOS puts
 * About and Quit in the application menu, the others in File and Help.
 */
export function menuTemplate(label: MenuLabel, platform: NodeJS.Platform): MenuItemConstructorOptions[] {
  const isMac = platform === 'darwin';
  const about: MenuItemConstructorOptions = { role: 'about', label: label('about') };
  const quit: MenuItemConstructorOptions = { role: 'quit', label: label('quit') };

  const edit: MenuItemConstructorOptions = {
    label: label('edit'),
    submenu: [
      { role: 'undo', label: label('undo') },
      { role: 'redo', label: label('redo') },
      { type: 'separator' },
      { role: 'cut', label: label('cut') },
      { role: 'copy', label: label('copy') },
      { role: 'paste', label: label('paste') },
      { role: 'selectAll', label: label('selectAll') },
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: label('view'),
    submenu: [
      { role: 'reload', label: label('reload') },
      { type: 'separator' },
      { role: 'resetZoom', label: label('resetZoom') },
      { role: 'zoomIn', label: label('zoomIn') },
      { role: 'zoomOut', label: label('zoomOut') },
      { type: 'separator' },
      { role: 'togglefullscreen', label: label('fullscreen') },
    ],
  };

  if (isMac) {
    // macOS titles the first menu with the app's name whatever label it is given.
    return [{ role: 'appMenu', submenu: [about, { type: 'separator' }, quit] }, edit, view];
  }
  return [
    { label: label('file'), submenu: [quit] },
    edit,
    view,
    { label: label('help'), submenu: [about] },
  ];
}
