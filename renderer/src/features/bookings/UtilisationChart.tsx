import { useState } from 'react';
import { Card, Group, Table, Text, TextInput, Title } from '@mantine/core';
import { BarChart } from '@mantine/charts';
import { useTranslation } from 'react-i18next';
import { monthPattern } from '#shared/domain/month';
import { useCall } from '../../api/use-call';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatNumber } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';
import { useToday } from '../clock/TodayProvider';

/** Per resource for a month: booked, done and no-show bookings as bars, and the share of open hours used. */
export function UtilisationChart() {
  const { t } = useTranslation('bookings');
  const language = useLanguage();
  const [month, setMonth] = useState(useToday().slice(0, 7));
  const valid = monthPattern.test(month);
  const result = useCall('bookings.utilisation', { month }, { enabled: valid });
  const rows = result.data?.rows ?? [];
  const data = rows.map((r) => ({ name: r.name, booked: r.booked, done: r.done, noShow: r.noShow }));
  return (
    <Card withBorder component="section" aria-label={t('utilisation.title')}>
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h4">{t('utilisation.title')}</Title>
        <TextInput label={t('utilisation.month')} value={month} onChange={(e) => setMonth(e.currentTarget.value)} maxLength={7} w={110} />
      </Group>
      <ErrorAlert error={result.error} />
      {result.isSuccess && rows.length === 0 && <Text c="dimmed" size="sm">{t('utilisation.none')}</Text>}
      {rows.length > 0 && (
        <>
          <div role="img" aria-label={t('utilisation.chart')}>
            <BarChart
              h={220}
              data={data}
              dataKey="name"
              withLegend
              series={[
                { name: 'booked', label: t('utilisation.booked'), color: 'blue.6' },
                { name: 'done', label: t('utilisation.done'), color: 'teal.7' },
                { name: 'noShow', label: t('utilisation.noShow'), color: 'orange.7' },
              ]}
            />
          </div>
          <Table mt="sm" aria-label={t('utilisation.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('book.resource')}</Table.Th>
                <Table.Th>{t('utilisation.booked')}</Table.Th>
                <Table.Th>{t('utilisation.done')}</Table.Th>
                <Table.Th>{t('utilisation.noShow')}</Table.Th>
                <Table.Th>{t('utilisation.percent')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((r) => (
                <Table.Tr key={r.resourceId}>
                  <Table.Td>{r.name}</Table.Td>
                  <Table.Td>{r.booked}</Table.Td>
                  <Table.Td>{r.done}</Table.Td>
                  <Table.Td>{r.noShow}</Table.Td>
                  <Table.Td>{`${formatNumber(r.percent, language)} %`}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </>
      )}
    </Card>
  );
}
