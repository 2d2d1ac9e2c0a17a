import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { UiLanguage } from '#shared/contract/common';
import type { AccessExport } from '#shared/contract/privacy';
import { formatPrintDate, localIsoDate } from '../print/format-print';
import { PrintPages } from '../print/PrintPages';
import { SignatureBlock } from '../print/SignatureBlock';
import { useDocumentT } from '../print/use-document-t';
import { accessSections } from './access-history';
import { pageBlocks } from './access-pages';
import { AccessBlock } from './AccessBlock';
import './access.css';

/** The access report on A4: every section of the client's file, page after page, signed by whoever made it. */
export function AccessExportDocument({ data, language }: { data: AccessExport; language: UiLanguage }) {
  const sheetT = useDocumentT(language);
  const { i18n } = useTranslation();
  const t = useMemo(() => i18n.getFixedT(language), [i18n, language]);
  const pages = useMemo(() => pageBlocks(accessSections(data, t, language)), [data, t, language]);
  const meta = (
    <>
      <div>{`${sheetT('header.centre')}: ${data.centre.name}`}</div>
      <div>{`${t('privacy:access.subject')}: ${data.client.firstName} ${data.client.lastName}`}</div>
      <div>{t('privacy:access.basis')}</div>
    </>
  );
  const signatures = (
    <SignatureBlock t={sheetT} preparedBy={data.preparedBy} preparedOn={formatPrintDate(localIsoDate(data.generatedAt), language)} withApproval={false} />
  );
  return (
    <PrintPages t={sheetT} title={t('privacy:access.title')} meta={meta} rows={pages} rowsPerPage={1} footer={() => signatures}>
      {([blocks]) => blocks?.map((block, i) => <AccessBlock key={`${block.section.key}-${i}`} block={block} t={t} />)}
    </PrintPages>
  );
}
