import { useState } from 'react';
import { Alert, Button, Group, NativeSelect, NumberInput, Paper, Stack, Table, Tabs, Text, Title, VisuallyHidden } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { payerCategories, vatCategories, type PayerCategory, type VatCategory } from '#shared/domain/service-units';
import { useCall, useCallMutation } from '../../api/use-call';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LocalDateInput } from '../../components/LocalDateInput';
import { serverFieldErrors } from '../../forms/zod-validate';
import { formatDate } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';
import { euros } from './billing-format';
import { OwnUnitsPanel } from './OwnUnitsPanel';
import { AbsenceRulesPanel } from './AbsenceRulesPanel';

/** `#/prices`: the price list per service unit and payer category, each price valid from a date. */
export function PricesPage() {
  const { t } = useTranslation('billing');
  const language = useLanguage();
  const queryClient = useQueryClient();
  const list = useCall('prices.list', {});
  const own = useCall('prices.units.list', {});
  const save = useCallMutation('prices.save');
  const remove = useCallMutation('prices.remove');
  const [unit, setUnit] = useState('care-day-8h');
  const [category, setCategory] = useState<PayerCategory>('own-municipality');
  const [validFrom, setValidFrom] = useState('');
  const [validTo, setValidTo] = useState('');
  const [price, setPrice] = useState<number | string>('');
  const [vatRate, setVatRate] = useState<number | string>(0);
  const [vatCategory, setVatCategory] = useState<VatCategory>('E');
  // The contract's field errors (a standard rate of 0 %, a negative price) shown at the field they concern.
  const errors = serverFieldErrors(save.error?.error.issues);

  const ownName = (code: string) => {
    const u = own.data?.units.find((x) => x.code === code);
    if (!u) return code;
    return language === 'lt' ? u.nameLt : language === 'ru' ? u.nameRu : u.nameLv;
  };
  const unitName = (u: string) => (u.startsWith('own:') ? ownName(u.slice(4)) : t(`units.${u}` as 'units.care-day-8h'));
  const unitChoices = [...(list.data?.units ?? []), ...(own.data?.units ?? []).filter((u) => u.active).map((u) => `own:${u.code}`)];
  const refresh = () => void queryClient.invalidateQueries({ queryKey: ['prices.list'] });
  const add = () =>
    save.mutate(
      {
        serviceUnit: unit,
        payerCategory: category,
        validFrom,
        validTo: validTo || null,
        priceCents: Math.round(Number(price) * 100),
        vatRateBp: Math.round(Number(vatRate) * 100),
        vatCategory,
      },
      { onSuccess: refresh },
    );

  return (
    <Stack maw={1100}>
      <Title order={1} size="h2">
        {t('prices.title')}
      </Title>
      <Tabs defaultValue="prices" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="prices">{t('prices.tabPrices')}</Tabs.Tab>
          <Tabs.Tab value="units">{t('ownUnits.title')}</Tabs.Tab>
          <Tabs.Tab value="absences">{t('absenceRules.title')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="units" pt="md"><OwnUnitsPanel /></Tabs.Panel>
        <Tabs.Panel value="absences" pt="md"><AbsenceRulesPanel /></Tabs.Panel>
        <Tabs.Panel value="prices" pt="md">
      <Stack>
      <Text size="sm">{t('prices.intro')}</Text>
      <Paper withBorder p="md">
        <Group align="flex-end" wrap="wrap">
          <NativeSelect label={t('prices.unit')} value={unit} onChange={(e) => setUnit(e.currentTarget.value)} data={unitChoices.map((u) => ({ value: u, label: unitName(u) }))} />
          <NativeSelect
            label={t('prices.payerCategory')}
            value={category}
            onChange={(e) => setCategory(e.currentTarget.value as PayerCategory)}
            data={payerCategories.map((c) => ({ value: c, label: t(`payerCategory.${c}`) }))}
          />
          <LocalDateInput label={t('prices.validFrom')} value={validFrom} onChange={setValidFrom} w={150} />
          <LocalDateInput label={t('prices.validTo')} value={validTo} onChange={setValidTo} w={150} clearable />
          <NumberInput label={t('prices.price')} value={price} onChange={setPrice} decimalScale={2} fixedDecimalScale decimalSeparator={language === 'en' ? '.' : ','} w={120} error={Boolean(errors.priceCents)} aria-describedby={errors.priceCents ? 'price-field-errors' : undefined} />
          <NumberInput label={t('prices.vatRate')} value={vatRate} onChange={setVatRate} min={0} max={100} w={110} error={Boolean(errors.vatRateBp)} aria-describedby={errors.vatRateBp ? 'price-field-errors' : undefined} />
          <NativeSelect
            label={t('prices.vatCategory')}
            value={vatCategory}
            onChange={(e) => setVatCategory(e.currentTarget.value as VatCategory)}
            data={vatCategories.map((c) => ({ value: c, label: t(`prices.vatCategories.${c}`) }))}
          />
          <Button onClick={add} loading={save.isPending} disabled={!validFrom || price === ''}>
            {t('prices.add')}
          </Button>
        </Group>
        {/* The fields are narrow: their messages go under the row, each field marked and pointing here. */}
        {(errors.priceCents || errors.vatRateBp) && (
          <Text id="price-field-errors" c="red.9" size="sm" mt="xs">
            {errors.priceCents} {errors.vatRateBp}
          </Text>
        )}
        <ErrorAlert error={save.error ?? remove.error} />
      </Paper>
      <ErrorAlert error={list.error} />
      {list.data && list.data.prices.length === 0 && <Alert color="gray">{t('prices.none')}</Alert>}
      {list.data && list.data.prices.length > 0 && (
        <Table striped withTableBorder aria-label={t('prices.title')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('prices.unit')}</Table.Th>
              <Table.Th>{t('prices.payerCategory')}</Table.Th>
              <Table.Th>{t('prices.validFrom')}</Table.Th>
              <Table.Th>{t('prices.validTo')}</Table.Th>
              <Table.Th ta="right">{t('prices.price')}</Table.Th>
              <Table.Th ta="right">{t('prices.vatRate')}</Table.Th>
              <Table.Th>
                <VisuallyHidden>{t('prices.remove')}</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.data.prices.map((p) => (
              <Table.Tr key={p.id}>
                <Table.Td>{unitName(p.serviceUnit)}</Table.Td>
                <Table.Td>{t(`payerCategory.${p.payerCategory}`)}</Table.Td>
                <Table.Td>{formatDate(p.validFrom, language)}</Table.Td>
                <Table.Td>{p.validTo ? formatDate(p.validTo, language) : t('prices.openEnded')}</Table.Td>
                <Table.Td ta="right">{euros(p.priceCents, language)}</Table.Td>
                <Table.Td ta="right">{p.vatRateBp / 100}</Table.Td>
                <Table.Td>
                  <Button size="xs" variant="subtle" color="red" onClick={() => remove.mutate({ id: p.id }, { onSuccess: refresh })}>
                    {t('prices.remove')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      </Stack>
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
