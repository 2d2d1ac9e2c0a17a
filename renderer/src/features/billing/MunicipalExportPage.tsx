import { useMemo, useState } from 'react';
import { Alert, Anchor, Button, Checkbox, Group, List, Loader, NativeSelect, Paper, Stack, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { ReconcileWarning } from '#shared/contract/billing';
import { previousMonth } from '#shared/domain/month';
import { useCall, useCallMutation } from '../../api/use-call';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useLanguage } from '../../i18n/use-language';
import { useToday } from '../clock/TodayProvider';
import { downloadBase64 } from '../equipment/download';
import { openHashRoute } from '../print/use-hash-query';
import { MonthlyPackButton } from '../yearly-statistics/MonthlyPackButton';
import { InvoiceDetailsPanel } from '../yearly-statistics/InvoiceDetailsPanel';
import { euros, monthLabel, recentMonths, warningText } from './billing-format';

/**
 * `#/municipal-export`: pick a month and a payer, see what does not add up first (each warning with a
 * link to fix it, or a box to confirm it), then download the statement as XLSX or CSV or print it as PDF.
 */
export function MunicipalExportPage() {
  const { t } = useTranslation('billing');
  const language = useLanguage();
  const today = useToday();
  const queryClient = useQueryClient();
  const [month, setMonth] = useState(previousMonth(today.slice(0, 7)));
  const [chosenPayer, setPayer] = useState('');
  const [pseudonymised, setPseudonymised] = useState(false);
  const [confirmed, setConfirmed] = useState<string[]>([]);
  const payers = useCall('billing.payers', { month });
  const reconcile = useCall('billing.reconcile', { month });
  const exporter = useCallMutation('exports.statement');

  const payerList = payers.data?.payers ?? [];
  // The chosen payer while it has clients this month, else the first one that has.
  const payer = payerList.some((p) => p.payer === chosenPayer) ? chosenPayer : (payerList[0]?.payer ?? '');

  const warnings = useMemo(() => (reconcile.data?.warnings ?? []).filter((w) => w.payer === null || w.payer === payer), [reconcile.data, payer]);
  const open = warnings.filter((w) => !confirmed.includes(w.key));
  const ready = payer !== '' && open.length === 0 && !reconcile.isFetching;

  const unitName = (unit: string) => (unit.startsWith('own:') ? unit.slice(4) : t(`units.${unit}` as 'units.care-day-8h'));
  const serviceName = (service: string) => t(`service.${service}` as 'service.day-care');
  const toggle = (w: ReconcileWarning, on: boolean) => setConfirmed((list) => (on ? [...list, w.key] : list.filter((k) => k !== w.key)));
  const refresh = () => void queryClient.invalidateQueries({ queryKey: ['billing.reconcile'] });

  const download = (format: 'xlsx' | 'csv') =>
    exporter.mutate(
      { month, payer, format, pseudonymised, language, confirmed },
      { onSuccess: (out) => out.file && downloadBase64({ fileName: out.file.fileName, mime: out.file.mediaType, dataBase64: out.file.base64 }) },
    );
  const printPdf = () =>
    openHashRoute(`/print/statement/${month}`, { payer, lang: language, pseudo: pseudonymised ? '1' : '0', confirmed: confirmed.join(',') });

  const totals = exporter.data?.statement.totals;
  return (
    <Stack maw={1100}>
      <Title order={1} size="h2">
        {t('page.title')}
      </Title>
      <Group align="flex-end">
        <NativeSelect
          label={t('page.month')}
          value={month}
          onChange={(e) => {
            setMonth(e.currentTarget.value);
            setConfirmed([]);
          }}
          data={recentMonths(today).map((m) => ({ value: m, label: monthLabel(m, language) }))}
        />
        <NativeSelect
          label={t('page.payer')}
          value={payer}
          onChange={(e) => setPayer(e.currentTarget.value)}
          data={payerList.map((p) => ({ value: p.payer, label: p.name }))}
          disabled={payerList.length === 0}
        />
        <Checkbox label={t('page.pseudonymised')} checked={pseudonymised} onChange={(e) => setPseudonymised(e.currentTarget.checked)} />
      </Group>
      <ErrorAlert error={payers.error ?? reconcile.error} />
      {payers.data && payerList.length === 0 && <Alert color="yellow">{t('page.noPayers')}</Alert>}

      <Paper withBorder p="md" component="section" aria-labelledby="reconcile-title">
        <Group justify="space-between">
          <Title order={2} size="h4" id="reconcile-title">
            {t('page.reconcile')}
          </Title>
          <Button variant="subtle" onClick={refresh}>
            {t('page.refresh')}
          </Button>
        </Group>
        <Text size="sm" mb="sm">
          {t('page.reconcileIntro')}
        </Text>
        {reconcile.isLoading && <Loader size="sm" />}
        {reconcile.data && warnings.length === 0 && (
          <Alert color="teal" role="status">
            {t('page.noWarnings')}
          </Alert>
        )}
        <List spacing="xs" listStyleType="none" data-testid="reconcile-warnings">
          {warnings.map((w) => (
            <List.Item key={w.key} data-warning={w.key} data-kind={w.kind}>
              <Group gap="sm" wrap="nowrap">
                <Checkbox
                  aria-label={`${t('page.confirm')}: ${warningText(t as never, w, language, unitName, serviceName)}`}
                  checked={confirmed.includes(w.key)}
                  onChange={(e) => toggle(w, e.currentTarget.checked)}
                />
                <Text size="sm" style={{ flex: 1 }}>
                  {warningText(t as never, w, language, unitName, serviceName)}
                </Text>
                <Anchor href={`#${w.link}`} size="sm">
                  {t('page.fix')}
                </Anchor>
              </Group>
            </List.Item>
          ))}
        </List>
        {open.length > 0 && (
          <Group mt="sm">
            <Text size="sm" c="orange.9" role="status">
              {t('page.unconfirmed', { count: open.length })}
            </Text>
            <Button size="xs" variant="light" onClick={() => setConfirmed(warnings.map((w) => w.key))}>
              {t('page.confirmAll')}
            </Button>
          </Group>
        )}
      </Paper>

      <Paper withBorder p="md" component="section" aria-labelledby="downloads-title">
        <Title order={2} size="h4" id="downloads-title" mb="sm">
          {t('page.downloads')}
        </Title>
        <Group>
          <Button onClick={() => download('xlsx')} disabled={!ready} loading={exporter.isPending && exporter.variables?.format === 'xlsx'}>
            {t('page.downloadXlsx')}
          </Button>
          <Button onClick={() => download('csv')} disabled={!ready} loading={exporter.isPending && exporter.variables?.format === 'csv'}>
            {t('page.downloadCsv')}
          </Button>
          <Button variant="outline" onClick={printPdf} disabled={!ready}>
            {t('page.printPdf')}
          </Button>
        </Group>
        <ErrorAlert error={exporter.error} />
        {totals && (
          <Text mt="sm" role="status" data-testid="statement-totals">
            {t('page.totals', { units: totals.units, amount: euros(totals.grossCents, language), municipality: euros(totals.municipalityShareCents, language) })}
          </Text>
        )}
      </Paper>
      <Paper withBorder p="md" component="section" aria-label={t('page.downloads')}>
        <MonthlyPackButton month={month} confirmed={confirmed} />
      </Paper>
      <InvoiceDetailsPanel />
    </Stack>
  );
}
