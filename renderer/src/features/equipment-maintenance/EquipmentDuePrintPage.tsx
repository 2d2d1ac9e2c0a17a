import { Anchor, Button, Group, NativeSelect, Paper, Title } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { uiLanguages } from '#shared/contract/common';
import { isUiLanguage } from '#shared/i18n/create-i18n';
import { useCall, useCallMutation } from '../../api/use-call';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDate } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';
import { useMe } from '../auth/use-session';
import { freshForPrint } from '../print/fresh-for-print';
import { openHashRoute, useHashQuery } from '../print/use-hash-query';
import { DueTable } from './DueTable';
import '../print/print.css';
import './equipment-due-print.css';

/** `#/print/equipment-due[?lang=ru]`: the due list on A4, in the chosen language; each print is audited. */
export function EquipmentDuePrintPage() {
  const uiLanguage = useLanguage();
  const query = useHashQuery();
  const lang = query.get('lang');
  const language = isUiLanguage(lang) ? lang : uiLanguage;
  const { t } = useTranslation(['equipmentMaintenance', 'common'], { lng: language });
  const ui = useTranslation(['equipmentMaintenance', 'common']).t;
  const centre = useMe().data?.centre;
  const due = useCall('equipment.due', {}, freshForPrint);
  const recordPrint = useCallMutation('equipment.due.recordPrint');
  const title = t('equipmentMaintenance:due.printTitle');
  useEffect(() => {
    document.title = title;
  }, [title]);
  const print = () => {
    if (!due.data) return;
    recordPrint.mutate({ asOf: due.data.asOf, language }, { onSuccess: () => window.print() });
  };
  return (
    <div className="print-desk">
      <Paper className="no-print" p="sm" radius={0} withBorder role="region" aria-label={ui('equipmentMaintenance:due.print')}>
        <Group align="flex-end">
          <Anchor href="#/equipment-due">{ui('equipmentMaintenance:due.back')}</Anchor>
          <NativeSelect
            label={ui('equipmentMaintenance:due.language')}
            value={language}
            onChange={(event) => isUiLanguage(event.currentTarget.value) && openHashRoute('/print/equipment-due', { lang: event.currentTarget.value })}
            data={uiLanguages.map((code) => ({ value: code, label: ui(`common:language.${code}`) }))}
          />
          <Button onClick={print} disabled={!due.data} loading={recordPrint.isPending}>{ui('equipmentMaintenance:due.print')}</Button>
        </Group>
        <ErrorAlert error={due.error ?? recordPrint.error} />
      </Paper>
      {due.data && (
        <article className="equipment-due-print" lang={language}>
          <Title order={1} size="h3">{title}</Title>
          <p>
            {centre ? `${t('equipmentMaintenance:due.centre', { name: centre.name })} · ` : ''}
            {t('equipmentMaintenance:due.asOf', { date: formatDate(due.data.asOf, language) })}
          </p>
          {(['overdue', 'dueSoon', 'upcoming'] as const).map((section) => (
            <section key={section}>
              <Title order={2} size="h5" mt="sm">{`${t(`equipmentMaintenance:due.${section}`)} (${due.data.totals[section]})`}</Title>
              <DueTable rows={due.data[section]} language={language} printed caption={t(`equipmentMaintenance:due.${section}`)} />
            </section>
          ))}
        </article>
      )}
    </div>
  );
}
