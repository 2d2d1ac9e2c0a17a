import { useEffect, useState } from 'react';
import { Button, Group, NativeSelect, NumberInput, Paper, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { editableStatuses, fundingSources, itemCreateSchema, type EquipmentItem } from '#shared/contract/equipment';
import { api } from '../../api/client';
import { useCall } from '../../api/use-call';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LocalDateInput } from '../../components/LocalDateInput';
import { zodValidate } from '../../forms/zod-validate';
import { useCategories } from './use-category-label';

type Values = {
  inventoryNumber: string; category: string; name: string; manufacturer: string; model: string; serialNumber: string; location: string;
  status: (typeof editableStatuses)[number]; condition: string; purchaseDate: string; price: number | string; supplier: string; invoiceNumber: string;
  warrantyEnd: string; fundingSource: (typeof fundingSources)[number]; projectCode: string; projectName: string; durabilityUntil: string;
};

const fromItem = (item: EquipmentItem | undefined): Values => ({
  inventoryNumber: item?.inventoryNumber ?? '', category: item?.category ?? 'other', name: item?.name ?? '', manufacturer: item?.manufacturer ?? '',
  model: item?.model ?? '', serialNumber: item?.serialNumber ?? '', location: item?.location ?? '',
  status: item && item.status !== 'written-off' ? item.status : 'in-use', condition: item?.condition ?? '', purchaseDate: item?.purchaseDate ?? '',
  price: item?.priceCents == null ? '' : item.priceCents / 100, supplier: item?.supplier ?? '', invoiceNumber: item?.invoiceNumber ?? '',
  warrantyEnd: item?.warrantyEnd ?? '', fundingSource: item?.fundingSource ?? 'own-budget', projectCode: item?.projectCode ?? '',
  projectName: item?.projectName ?? '', durabilityUntil: item?.durabilityUntil ?? '',
});

/** Registers a new item (its number suggested from the centre's numbering) or edits one. */
export function EquipmentForm({ item }: { item?: EquipmentItem }) {
  const { t } = useTranslation('equipment');
  const [, navigate] = useLocation();
  const queryClient = useQueryClient();
  const categories = useCategories();
  const suggestion = useCall('equipment.items.suggestNumber', {}, { enabled: !item, gcTime: 0 });
  const [error, setError] = useState<unknown>(null);
  const form = useForm<Values>({ initialValues: fromItem(item) });
  const suggested = suggestion.data?.inventoryNumber;
  useEffect(() => {
    if (!item && suggested && !form.isDirty('inventoryNumber')) form.setFieldValue('inventoryNumber', suggested);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only when the suggestion arrives
  }, [suggested]);

  const submit = form.onSubmit(async (v) => {
    const input = { ...v, price: undefined, priceCents: typeof v.price === 'number' ? Math.round(v.price * 100) : null };
    delete input.price;
    const errors = zodValidate(itemCreateSchema)(input);
    form.setErrors(errors);
    if (Object.keys(errors).length > 0) return;
    try {
      setError(null);
      const saved = item
        ? await api.call('equipment.items.update', { ...input, id: item.id })
        : await api.call('equipment.items.create', input);
      await queryClient.invalidateQueries({ queryKey: ['equipment.items.list'] });
      await queryClient.invalidateQueries({ queryKey: ['equipment.items.get'] });
      navigate(`/equipment/${(saved).id}`);
    } catch (failure) {
      setError(failure);
    }
  });
  const project = form.values.fundingSource === 'eu-project';

  return (
    <Paper withBorder p="md" radius="md">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Title order={1} size="h2">{item ? t('form.editTitle') : t('form.createTitle')}</Title>
          <SimpleGrid cols={{ base: 1, md: 3 }}>
            <TextInput label={t('field.inventoryNumber')} description={item ? undefined : t('form.suggested')} required={Boolean(item)} {...form.getInputProps('inventoryNumber')} />
            <NativeSelect label={t('field.category')} data={categories.options} {...form.getInputProps('category')} />
            <TextInput label={t('field.name')} required {...form.getInputProps('name')} />
            <TextInput label={t('field.manufacturer')} {...form.getInputProps('manufacturer')} />
            <TextInput label={t('field.model')} {...form.getInputProps('model')} />
            <TextInput label={t('field.serialNumber')} {...form.getInputProps('serialNumber')} />
            <TextInput label={t('field.location')} {...form.getInputProps('location')} />
            <NativeSelect label={t('field.status')} data={editableStatuses.map((s) => ({ value: s, label: t(`status.${s}`) }))} {...form.getInputProps('status')} />
            <TextInput label={t('field.condition')} {...form.getInputProps('condition')} />
            <LocalDateInput label={t('field.purchaseDate')} {...form.getInputProps('purchaseDate')} />
            <NumberInput label={t('field.price')} min={0} decimalScale={2} fixedDecimalScale hideControls {...form.getInputProps('price')} />
            <TextInput label={t('field.supplier')} {...form.getInputProps('supplier')} />
            <TextInput label={t('field.invoiceNumber')} {...form.getInputProps('invoiceNumber')} />
            <LocalDateInput label={t('field.warrantyEnd')} {...form.getInputProps('warrantyEnd')} />
            <NativeSelect label={t('field.fundingSource')} data={fundingSources.map((f) => ({ value: f, label: t(`funding.${f}`) }))} {...form.getInputProps('fundingSource')} />
          </SimpleGrid>
          {project && (
            <SimpleGrid cols={{ base: 1, md: 3 }}>
              <TextInput label={t('field.projectCode')} required {...form.getInputProps('projectCode')} />
              <TextInput label={t('field.projectName')} {...form.getInputProps('projectName')} />
              <LocalDateInput label={t('field.durabilityUntil')} {...form.getInputProps('durabilityUntil')} />
            </SimpleGrid>
          )}
          <ErrorAlert error={error} />
          <Group>
            <Button type="submit">{item ? t('form.save') : t('form.create')}</Button>
            <Button variant="default" onClick={() => navigate(item ? `/equipment/${item.id}` : '/equipment')}>{t('form.cancel')}</Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
