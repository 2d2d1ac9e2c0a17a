import { Anchor, Table, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ageGroups, statisticsFigures } from '#shared/domain/yearly-statistics';
import type { Figure, YearlyStatistics } from '#shared/contract/municipal-reports';

export interface ShownFigure {
  label: string;
  figure: Figure;
}

/**
 * The form's figures as three tables; with `onOpen` each number is a button that lists the clients
 * behind it (the page), without it plain text (the print preview).
 */
export function StatisticsTables({ stats, onOpen, t: docT }: { stats: YearlyStatistics; onOpen?: (shown: ShownFigure) => void; t?: (key: string, options?: object) => string }) {
  const { t: uiT } = useTranslation('reports');
  const t = docT ?? (uiT as unknown as (key: string, options?: object) => string);
  const number = (label: string, figure: Figure) =>
    onOpen ? (
      <Anchor component="button" type="button" onClick={() => onOpen({ label, figure })} aria-label={t('showClients', { figure: label, count: figure.count })}>
        {figure.count}
      </Anchor>
    ) : (
      figure.count
    );
  const sexes = ['male', 'female', 'unknown'] as const;
  return (
    <>
      <Title order={2} size="h4">
        {t('section.totals')}
      </Title>
      <Table withTableBorder striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('column.figure')}</Table.Th>
            <Table.Th ta="right">{t('column.value')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {statisticsFigures.map((key) => (
            <Table.Tr key={key}>
              <Table.Td>{t(`figure.${key}`)}</Table.Td>
              <Table.Td ta="right">{number(t(`figure.${key}`), stats.figures[key])}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Title order={2} size="h4">
        {t('section.sexAge')}
      </Title>
      <Table withTableBorder striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('column.sex')}</Table.Th>
            {ageGroups.map((g) => (
              <Table.Th key={g} ta="right">
                {t(`ageGroup.${g}`)}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sexes.map((sex) => (
            <Table.Tr key={sex}>
              <Table.Td>{t(`sex.${sex}`)}</Table.Td>
              {ageGroups.map((g) => {
                const row = stats.bySexAndAge.find((r) => r.sex === sex && r.ageGroup === g);
                return (
                  <Table.Td key={g} ta="right">
                    {row ? number(`${t(`sex.${sex}`)}, ${t(`ageGroup.${g}`)}`, row.figure) : 0}
                  </Table.Td>
                );
              })}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Title order={2} size="h4">
        {t('section.service')}
      </Title>
      <Table withTableBorder striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('column.service')}</Table.Th>
            <Table.Th ta="right">{t('column.served')}</Table.Th>
            <Table.Th ta="right">{t('column.admissions')}</Table.Th>
            <Table.Th ta="right">{t('column.discharges')}</Table.Th>
            <Table.Th ta="right">{t('column.clientDays')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {stats.byService.map((row) => {
            const service = t(`service.${row.service}`);
            return (
              <Table.Tr key={row.service}>
                <Table.Td>{service}</Table.Td>
                <Table.Td ta="right">{number(`${service}: ${t('column.served')}`, row.served)}</Table.Td>
                <Table.Td ta="right">{number(`${service}: ${t('column.admissions')}`, row.admissions)}</Table.Td>
                <Table.Td ta="right">{number(`${service}: ${t('column.discharges')}`, row.discharges)}</Table.Td>
                <Table.Td ta="right">{number(`${service}: ${t('column.clientDays')}`, row.clientDays)}</Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </>
  );
}
