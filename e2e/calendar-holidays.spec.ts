import { test, expect } from './fixtures';
import { tr } from './locales';
import { setUpAndLogIn } from './steps';

/** 18 November in each language; the holiday library knew it only in Latvian and English. */
const proclamationDay = {
  lv: 'Latvijas Republikas proklamēšanas diena',
  lt: 'Latvijos Respublikos paskelbimo diena',
  ru: 'День провозглашения Латвийской Республики',
} as const;

// November 2026 is the calendar's month on this day.
test.use({ testToday: '2026-11-09' });

test('the centre calendar names public holidays in the UI language, and again after a switch', async ({ page }) => {
  const shell = await setUpAndLogIn(page);
  await shell.navLink('calendar').click();
  for (const language of ['lv', 'lt', 'ru'] as const) {
    if (language !== 'lv') await shell.switchLanguage(language);
    await expect(page.getByRole('heading', { level: 1, name: tr(language, 'calendar:title'), exact: true })).toBeVisible();
    await expect(page.getByText(`${tr(language, 'calendar:holiday')}: ${proclamationDay[language]}`, { exact: true })).toBeVisible();
    if (language !== 'lv') await expect(page.getByText(proclamationDay.lv)).toHaveCount(0);
  }
});
