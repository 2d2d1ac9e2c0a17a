import { useEffect } from 'react';
import { NativeSelect, NumberInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { UiLanguage } from '#shared/contract/common';
import { labelGrid, labelLayouts, maxLabelItems, type LabelLayout } from '#shared/contract/equipment';
import { isUiLanguage } from '#shared/i18n/create-i18n';
import { useCall } from '../../api/use-call';
import { useLanguage } from '../../i18n/use-language';
import { freshForPrint } from '../print/fresh-for-print';
import { PrintLoadState } from '../print/PrintLoadState';
import { PrintProblem } from '../print/PrintProblem';
import { PrintToolbar } from '../print/PrintToolbar';
import { openHashRoute, useHashQuery } from '../print/use-hash-query';
import { LabelSheets } from './LabelSheets';
import '../print/print.css';
import './labels.css';

const isLayout = (value: string | null): value is LabelLayout => (labelLayouts as readonly string[]).includes(value ?? '');

/** `#/print/equipment-labels?ids=1,2&layout=3x8&start=1&lang=lv`: QR labels of the chosen items. */
export function LabelsPrintPage() {
  const { t } = useTranslation('equipment');
  const query = useHashQuery();
  const uiLanguage = useLanguage();
  const ids = (query.get('ids') ?? '').split(',').filter((id) => /^\d{1,9}$/.test(id)).map(Number).filter((id) => id > 0).slice(0, maxLabelItems);
  const layout = isLayout(query.get('layout')) ? (query.get('layout') as LabelLayout) : '3x8';
  const { columns, rows } = labelGrid[layout];
  const start = Math.min(Math.max(1, Number(query.get('start')) || 1), columns * rows);
  const lang = query.get('lang');
  const language: UiLanguage = isUiLanguage(lang) ? lang : uiLanguage;
  if (ids.length === 0) return <PrintProblem messages={[t('labels.badAddress')]} back={{ href: '#/equipment', label: t('item.back') }} />;
  return <LabelsPreview ids={ids} layout={layout} start={start} language={language} />;
}

function LabelsPreview({ ids, layout, start, language }: { ids: number[]; layout: LabelLayout; start: number; language: UiLanguage }) {
  const { t, i18n } = useTranslation('equipment');
  const docT = i18n.getFixedT(language, 'equipment');
  const input = { itemIds: ids, layout, startPosition: start, language };
  const sheet = useCall('equipment.labels.pdf', input, freshForPrint);
  const go = (patch: Record<string, string>) =>
    openHashRoute('/print/equipment-labels', { ids: ids.join(','), layout, start: String(start), lang: language, ...patch });
  useEffect(() => {
    document.title = `${docT('labels.title')} – ${ids.length}`;
  }, [docT, ids.length]);
  useEffect(() => {
    // While the labels are open, every printed page is an A4 label sheet without margins: a rule after the
    // other documents' @page rules, so it wins whichever stylesheets the app has loaded (the named page in
    // labels.css alone was not always applied). Removed again when the preview closes.
    const style = document.createElement('style');
    style.textContent = '@page { size: A4 portrait; margin: 0; }';
    document.head.append(style);
    return () => style.remove();
  }, []);
  return (
    <div className="print-desk">
      {/* The page's heading for screen readers and the accessibility walk; never printed on a label sheet. */}
      <h1 className="label-heading">{t('labels.heading')}</h1>
      <PrintToolbar
        language={language}
        onLanguage={(next) => go({ lang: next })}
        job={sheet.data ? { document: 'equipment-labels', ...input } : null}
        backHref="#/equipment"
      >
        <NativeSelect label={t('labels.layout')} value={layout} onChange={(e) => go({ layout: e.currentTarget.value, start: '1' })}
          data={labelLayouts.map((l) => ({ value: l, label: t(`labels.layouts.${l}`) }))} />
        <NumberInput label={t('labels.start')} value={start} min={1} max={labelGrid[layout].columns * labelGrid[layout].rows} w={150}
          onChange={(value) => typeof value === 'number' && value >= 1 && go({ start: String(value) })} />
      </PrintToolbar>
      <PrintLoadState query={sheet} />
      {sheet.data && <LabelSheets sheet={sheet.data} sheetLabel={(page, pages) => docT('labels.sheet', { page, pages })} />}
    </div>
  );
}
