import { memo, useEffect, useMemo } from 'react';
import { LineChart } from '@mantine/charts';
import { useTranslation } from 'react-i18next';
import type { Observation } from '#shared/contract/dementia';
import { formatDate } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';
import { chartSeries } from './observation-chart';

/**
 * Mood and engagement over time as lines; days with any behaviour as red marks along the bottom. Long
 * periods are drawn as weekly means (chartSeries), without animation, and only again when the data change.
 */
export const ObservationChart = memo(function ObservationChart({ observations }: { observations: readonly Observation[] }) {
  const { t } = useTranslation('dementia');
  const language = useLanguage();
  const data = useMemo(() => chartSeries(observations), [observations]);
  const many = data.length > 120;
  useEffect(() => {
    // For the bench and the e2e: when the chart with this many points was committed to the page.
    performance.mark('dementia-chart-drawn', { detail: { points: data.length } });
  }, [data]);
  return (
    <LineChart
      h={300}
      data={data}
      dataKey="date"
      data-testid="observation-chart"
      series={[
        { name: 'mood', label: t('obs.mood'), color: 'teal.7' },
        { name: 'engagement', label: t('obs.engagement'), color: 'blue.7' },
        { name: 'behaviour', label: t('chart.marks'), color: 'red.7' },
      ]}
      curveType="linear"
      withLegend
      withDots={!many}
      yAxisProps={{ domain: [0, 5], ticks: [1, 2, 3, 4, 5] }}
      xAxisProps={{ tickFormatter: (value: string) => formatDate(value, language), minTickGap: 40 }}
      lineProps={(series) =>
        series.name === 'behaviour'
          ? { strokeWidth: 0, isAnimationActive: false, dot: { r: 4, fill: 'var(--mantine-color-red-7)', stroke: 'none', className: 'behaviour-mark' }, activeDot: false, connectNulls: false }
          : { isAnimationActive: false }
      }
      tooltipAnimationDuration={0}
    />
  );
});
