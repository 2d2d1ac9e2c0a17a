import { useState } from 'react';
import { Anchor, Button, Group, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { useCall } from '../../api/use-call';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatNumber } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';
import { useToday } from '../clock/TodayProvider';

export const hoursOf = (minutes: number) => Math.round((minutes / 60) * 100) / 100;

/** Saves bytes the core sent as base64 under a file name, through the browser's download. */
function download(fileName: string, base64: string): void {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** `#/respite`: respite hours of every family carer in a month, a statement per carer and the list as XLSX. */
export function RespitePage() {
  const { t } = useTranslation('safety');
  const language = useLanguage();
  const today = useToday();
  const [month, setMonth] = useState(today.slice(0, 7));
  const valid = /^\d{4}-\d{2}$/.test(month);
  const list = useCall('respite.month', { month }, { enabled: valid });
  const [error, setError] = useState<unknown>(null);
  const exportXlsx = async () => {
    try {
      const file = await api.call('respite.exportXlsx', { month, language });
      download(file.fileName, file.base64);
    } catch (failure) {
      setError(failure);
    }
  };
  return (
    <Stack>
      <Title order={1} size="h2">{t('respite.title')}</Title>
      <Group align="flex-end">
        <TextInput label={t('respite.monthLabel')} value={month} onChange={(e) => setMonth(e.currentTarget.value)} w={140} placeholder="YYYY-MM" />
        <Button onClick={() => void exportXlsx()} disabled={!list.data}>{t('respite.downloadXlsx')}</Button>
      </Group>
      <ErrorAlert error={list.error ?? error} />
      {list.isSuccess && list.data.rows.length === 0 && <Text c="dimmed">{t('respite.none')}</Text>}
      {list.data && list.data.rows.length > 0 && (
        <Table striped aria-label={t('respite.title')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('respite.carer')}</Table.Th>
              <Table.Th>{t('respite.client')}</Table.Th>
              <Table.Th>{t('respite.days')}</Table.Th>
              <Table.Th>{t('respite.hours')}</Table.Th>
              <Table.Th>{t('respite.print')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.data.rows.map((row) => (
              <Table.Tr key={row.carerId}>
                <Table.Td>{row.carerName}</Table.Td>
                <Table.Td>{row.clientName}</Table.Td>
                <Table.Td>{row.days.length}</Table.Td>
                <Table.Td>{formatNumber(hoursOf(row.totalMinutes), language)}</Table.Td>
                <Table.Td><Anchor href={`#/print/respite/${month}/${row.carerId}`}>{t('respite.print')}</Anchor></Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
