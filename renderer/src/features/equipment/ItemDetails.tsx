import { Alert, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { EquipmentItem } from '#shared/contract/equipment';
import { formatDate, formatMoney } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';
import { useCategories } from './use-category-label';

function Field({ label, value }: { label: string; value: string | null }) {
  return (
    <div>
      <Text size="xs" c="dark.4">{label}</Text>
      <Text size="sm">{value || '—'}</Text>
    </div>
  );
}

/** Everything the register knows about an item, read only. */
export function ItemDetails({ item }: { item: EquipmentItem }) {
  const { t } = useTranslation('equipment');
  const language = useLanguage();
  const categories = useCategories();
  const early = item.status === 'written-off' && item.durabilityUntil && (item.writtenOffOn ?? '') < item.durabilityUntil;
  return (
    <Stack>
      {early && <Alert color="orange" variant="light">{t('writeOff.early', { until: formatDate(item.durabilityUntil, language) })}</Alert>}
      <SimpleGrid cols={{ base: 2, md: 4 }}>
        <Field label={t('field.inventoryNumber')} value={item.inventoryNumber} />
        <Field label={t('field.category')} value={categories.label(item.category)} />
        <Field label={t('field.status')} value={t(`status.${item.status}`)} />
        <Field label={t('field.location')} value={item.location} />
        <Field label={t('field.manufacturer')} value={item.manufacturer} />
        <Field label={t('field.model')} value={item.model} />
        <Field label={t('field.serialNumber')} value={item.serialNumber} />
        <Field label={t('field.condition')} value={item.condition} />
        <Field label={t('field.purchaseDate')} value={formatDate(item.purchaseDate, language)} />
        <Field label={t('field.price')} value={item.priceCents === null ? null : formatMoney(item.priceCents, language)} />
        <Field label={t('field.supplier')} value={item.supplier} />
        <Field label={t('field.invoiceNumber')} value={item.invoiceNumber} />
        <Field label={t('field.warrantyEnd')} value={formatDate(item.warrantyEnd, language)} />
        <Field label={t('field.fundingSource')} value={t(`funding.${item.fundingSource}`)} />
        {item.fundingSource === 'eu-project' && (
          <>
            <Field label={t('field.projectCode')} value={item.projectCode} />
            <Field label={t('field.projectName')} value={item.projectName} />
            <Field label={t('field.durabilityUntil')} value={formatDate(item.durabilityUntil, language)} />
          </>
        )}
        {item.status === 'written-off' && (
          <>
            <Field label={t('field.writtenOffOn')} value={formatDate(item.writtenOffOn, language)} />
            <Field label={t('field.writeOffReason')} value={item.writeOffReason} />
          </>
        )}
      </SimpleGrid>
    </Stack>
  );
}
