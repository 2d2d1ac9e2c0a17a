import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { test as base, expect, projectRoot } from './fixtures';
import { tr } from './locales';
import { admin, centre, logIn } from './steps';

/**
 * An incident in the evening whose family is told the next morning: the form takes a date and a time
 * for each party (the date starts at the incident's), refuses a moment before the incident as a field
 * error writing nothing, and the view and the printed report (the client's language) show that date.
 */
const test = base.extend({
  dataDir: async ({ dataDir }, use) => {
    execFileSync(path.join(projectRoot, 'node_modules', '.bin', 'tsx'), ['e2e/loans-seed.cli.ts', dataDir, JSON.stringify({ centreName: centre.name, admin })], { cwd: projectRoot });
    await use(dataDir);
  },
});

test.use({ testToday: '2026-12-08', viewport: { width: 1366, height: 768 } });

// Each language's client speaks it, so the printed report (the client's language) is in it too.
const clients = { lv: 'Anna Ozola', lt: 'Kęstutis Žemaitis', ru: 'Ольга Петрова' } as const;
const shownDate = (iso: string, language: string) => {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(language, { year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(y, m - 1, d));
};

for (const language of ['lv', 'lt', 'ru'] as const) {
  test(`${language}: the family informed the day after the incident, on screen and on the printed report`, async ({ page, dataDir }, testInfo) => {
    const t = (key: string, params: Record<string, string | number> = {}) => tr(language, key, params);
    const shell = await logIn(page);
    if (language !== 'lv') await shell.switchLanguage(language);
    await shell.mainMenu.getByRole('link', { name: t('safety:nav.incidents'), exact: true }).click();
    await page.getByRole('button', { name: t('safety:incidents.new'), exact: true }).click();
    const form = page.getByRole('dialog', { name: t('safety:incidents.new'), exact: true });
    await form.getByLabel(t('safety:incidents.client')).click();
    await page.getByRole('option', { name: clients[language], exact: true }).click();
    await form.getByLabel(t('safety:incidents.occurredOn')).fill('2026-12-07');
    await form.getByLabel(t('safety:incidents.occurredAt')).fill('18:40');
    await form.getByLabel(t('safety:incidents.place')).fill('Dārzs');
    await form.getByLabel(t('safety:incidents.description')).fill('Paklupa uz celiņa, piecēlās pati.');

    // The family's date starts at the incident's; a time before the incident is refused on that field.
    const family = form.getByRole('group', { name: t('safety:incidents.familyInformedAt'), exact: true });
    const familyDay = family.getByLabel(t('safety:incidents.informedOn'));
    await expect(familyDay).toHaveValue(shownDate('2026-12-07', language));
    await family.getByLabel(t('safety:incidents.informedTime')).fill('18:00');
    await form.getByRole('button', { name: t('safety:incidents.save'), exact: true }).click();
    await expect(family.getByText(t('errors:field.informedBeforeIncident', { moment: '2026-12-07 18:40' }))).toBeVisible();
    const incidents = () => {
      const db = new Database(path.join(dataDir, 'caredesk.sqlite'), { readonly: true });
      try {
        return db.prepare('SELECT family_informed_at FROM incidents').pluck().all();
      } finally {
        db.close();
      }
    };
    expect(incidents()).toEqual([]);

    // Told the next morning.
    await familyDay.fill('2026-12-08');
    await family.getByLabel(t('safety:incidents.informedTime')).fill('09:15');
    await form.getByRole('button', { name: t('safety:incidents.save'), exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: t('safety:incidents.reportTitle'), exact: true })).toBeVisible();
    expect(incidents()).toEqual(['2026-12-08T09:15']);
    const told = `${shownDate('2026-12-08', language)} 09:15`;
    await expect(page.locator('.incident-facts')).toContainText(told);

    await page.getByRole('link', { name: t('safety:incidents.print'), exact: true }).click();
    await expect(page.locator('article.safety-print')).toBeVisible();
    const pdf = testInfo.outputPath(`incident-${language}.pdf`);
    fs.writeFileSync(pdf, await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true }));
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain(t('safety:incidents.reportTitle'));
    // A long label may wrap in its column, so the label and the moment are looked for apart.
    expect(text).toContain(told);
    for (const word of t('safety:incidents.familyInformedAt').split(' ')) expect(text).toContain(word);
    expect(text).toContain(`${shownDate('2026-12-07', language)} 18:40`);
  });
}
