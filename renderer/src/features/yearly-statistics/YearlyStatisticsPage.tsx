import { useState } from 'react';
import { Anchor, Button, Group, List, Modal, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCallMutation } from '../../api/use-call';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useLanguage } from '../../i18n/use-language';
import { useToday } from '../clock/TodayProvider';
import { downloadBase64 } from '../equipment/download';
import { openHashRoute } from '../print/use-hash-query';
import { StatisticsTables, type ShownFigure } from './StatisticsTables';

/** Years a centre reports for: the regulation's first year up to the running one. */
function yearsUntil(current: number): number[] {
  const years: number[] = [];
  for (let y = current; y >= 2017; y--) years.push(y);
  return years;
}

/** `#/yearly-statistics`: the year's figures for the municipality's form; click a number → its clients. */
export function YearlyStatisticsPage() {
  const { t } = useTranslation('reports');
  const language = useLanguage();
  const current = Number(useToday().slice(0, 4));
  const [year, setYear] = useState(current - 1);
  const [shown, setShown] = useState<ShownFigure | null>(null);
  const figures = useCallMutation('exports.yearlyStatistics');
  const workbook = useCallMutation('exports.yearlyStatistics');
  const stats = figures.data?.statistics ?? null;
  const names = new Map((stats?.clients ?? []).map((c) => [c.id, c]));

  const show = () => figures.mutate({ year, language, format: 'data' });
  const download = () =>
    workbook.mutate({ year, language, format: 'xlsx' }, { onSuccess: (out) => out.file && downloadBase64({ fileName: out.file.fileName, mime: out.file.mediaType, dataBase64: out.file.base64 }) });

  return (
    <Stack maw={1100}>
      <Title order={1} size="h2">
        {t('menuTitle')}
      </Title>
      <Group align="flex-end">
        <NativeSelect label={t('year')} value={String(year)} onChange={(e) => setYear(Number(e.currentTarget.value))} data={yearsUntil(current).map(String)} />
        <Button onClick={show} loading={figures.isPending}>
          {t('load')}
        </Button>
        <Button variant="default" onClick={download} loading={workbook.isPending}>
          {t('downloadXlsx')}
        </Button>
        <Button variant="default" onClick={() => openHashRoute(`/print/yearly-statistics/${year}`, { lang: language })}>
          {t('printPdf')}
        </Button>
      </Group>
      <ErrorAlert error={figures.error ?? workbook.error} />
      {stats && (
        <>
          <Title order={2} size="h3">
            {t('title', { year: stats.year })}
          </Title>
          <Text size="sm">{t('formNote', { until: stats.until })}</Text>
          <StatisticsTables stats={stats} onOpen={setShown} />
        </>
      )}
      <Modal opened={shown !== null} onClose={() => setShown(null)} title={shown ? t('clientsOf', { figure: shown.label }) : ''}>
        {shown && shown.figure.clientIds.length === 0 && <Text>{t('noClients')}</Text>}
        <List>
          {(stats?.clients ?? [])
            .filter((c) => shown?.figure.clientIds.includes(c.id))
            .map((c) => (
              <List.Item key={c.id}>
                <Anchor href={`#/clients/${c.id}`}>{names.get(c.id)?.name}</Anchor>
              </List.Item>
            ))}
        </List>
      </Modal>
    </Stack>
  );
}
