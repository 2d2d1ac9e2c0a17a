import { useState } from 'react';
import { useToday } from '../clock/TodayProvider';
import { Button, Card, Group, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Staff } from '#shared/contract/auth';
import { monthSchema, dateSchema } from '#shared/contract/period';
import { serviceKinds, type ServiceKind } from '#shared/domain/services';
import { monthOf, previousMonth } from '#shared/domain/month';
import { useLanguage } from '../../i18n/use-language';
import { fieldError } from '../../forms/zod-validate';
import { openHashRoute } from '../print/use-hash-query';
import { LocalDateInput } from '../../components/LocalDateInput';

/** Where printing starts: the monthly sheet (managers) and the day's list (reception too). */
export function SheetsPage({ staff }: { staff: Staff }) {
  const { t } = useTranslation(['sheets', 'errors']);
  const language = useLanguage();
  const today = useToday();
  // Sheets are signed after the month ends, so the last month is the usual choice.
  const [month, setMonth] = useState(previousMonth(monthOf(today)));
  const [service, setService] = useState<ServiceKind>('day-care');
  const [date, setDate] = useState(today);
  // The schema's own first message: a malformed month, or one outside the years the core accepts.
  const monthError = fieldError(monthSchema, month);
  const dateError = fieldError(dateSchema, date);
  const managesSheets = staff.role === 'administrator' || staff.role === 'manager';

  return (
    <Stack>
      <Title order={1} size="h2">
        {t('sheets:index.title')}
      </Title>
      {managesSheets && (
        <Card withBorder>
          <form onSubmit={(e) => { e.preventDefault(); if (!monthError) openHashRoute(`/print/attendance/${month}`, { service, lang: language }); }}>
            <Stack>
              <Text>{t('sheets:index.intro')}</Text>
              <Group align="flex-start">
                <TextInput type="month" label={t('sheets:index.month')} value={month} onChange={(e) => setMonth(e.currentTarget.value)} error={monthError} />
                <Select
                  label={t('sheets:header.service')}
                  value={service}
                  allowDeselect={false}
                  onChange={(value) => value && setService(value)}
                  data={serviceKinds.map((s) => ({ value: s, label: t(`sheets:service.${s}`) }))}
                  w={320}
                />
              </Group>
              <Group>
                <Button type="submit">{t('sheets:index.open')}</Button>
              </Group>
            </Stack>
          </form>
        </Card>
      )}
      <Card withBorder>
        <form onSubmit={(e) => { e.preventDefault(); if (!dateError) openHashRoute(`/print/day/${date}`, { lang: language }); }}>
          <Stack>
            <Title order={2} size="h4">
              {t('sheets:index.dayListTitle')}
            </Title>
            <Text>{t('sheets:index.dayListIntro')}</Text>
            <LocalDateInput label={t('sheets:index.date')} value={date} onChange={setDate} error={dateError} w={220} />
            <Group>
              <Button type="submit" variant="default">
                {t('sheets:index.openDayList')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Card>
    </Stack>
  );
}
