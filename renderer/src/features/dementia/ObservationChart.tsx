import { LineChart } from '@mantine/charts';
import { useTranslation } from 'react-i18next';
import type { Observation } from '#shared/contract/dementia';
import { formatDate } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';
import { chartPoints } from './observation-chart';

/** Mood and engagement over time as lines; days with any behaviour as red marks along the bottom. */
export function ObservationChart({ observations }: { observations: readonly Observation[] }) {
  const { t } = useTranslation('dementia');
  const language = useLanguage();
  const data = chartPoints(observations);
  const many = data.length > 120;
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
}
