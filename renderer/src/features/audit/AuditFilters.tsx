import { useMemo } from 'react';
import { Button, Group, Select, SimpleGrid, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { auditFilterSchema } from '#shared/contract/audit';
import { zodValidate } from '../../forms/zod-validate';
import { useLanguage } from '../../i18n/use-language';
import { entityLabel, methodLabel } from './audit-labels';
import { noFilters, toAuditFilter, useAuditFilterOptions, type AuditFilterValues } from './use-audit';
import { LocalDateInput } from '../../components/LocalDateInput';

/** Who, what kind of record (and which one), which action, which days. Applied on submit, so typing does not query. */
export function AuditFilters({ onApply }: { onApply: (values: AuditFilterValues) => void }) {
  const { t } = useTranslation(['audit', 'common']);
  const language = useLanguage();
  const options = useAuditFilterOptions().data;
  const form = useForm({ initialValues: noFilters });
  const collator = useMemo(() => new Intl.Collator(language), [language]);
  const byLabel = (a: { label: string }, b: { label: string }) => collator.compare(a.label, b.label);

  const staff = (options?.staff ?? []).map((s) => ({ value: String(s.id), label: s.fullName })).sort(byLabel);
  const methods = (options?.methods ?? []).map((m) => ({ value: m, label: methodLabel(t, m) })).sort(byLabel);
  const entities = (options?.entities ?? []).map((e) => ({ value: e, label: entityLabel(t, e) })).sort(byLabel);
  const any = t('audit:any');
  // Mantine's clearable Select reports null; the form keeps '' for "any".
  const select = (field: 'staffId' | 'method' | 'entity') => ({
    ...form.getInputProps(field),
    onChange: (value: string | null) => form.setFieldValue(field, value ?? ''),
  });

  // The core's own bounds (a period of at most a year, plausible years), shown on the fields they concern.
  const apply = form.onSubmit((values) => {
    const errors = zodValidate(auditFilterSchema)(toAuditFilter(values));
    form.setErrors(errors);
    if (Object.keys(errors).length === 0) onApply(values);
  });

  return (
    <form onSubmit={apply}>
      <SimpleGrid cols={{ base: 1, sm: 3, lg: 6 }}>
        <Select label={t('audit:staff')} placeholder={any} clearable searchable data={staff} {...select('staffId')} />
        <Select label={t('audit:action')} placeholder={any} clearable searchable data={methods} {...select('method')} />
        <Select label={t('audit:entityKind')} placeholder={any} clearable data={entities} {...select('entity')} />
        <TextInput label={t('audit:entityId')} {...form.getInputProps('entityId')} />
        <LocalDateInput label={t('audit:from')} {...form.getInputProps('from')} />
        <LocalDateInput label={t('audit:to')} {...form.getInputProps('to')} />
      </SimpleGrid>
      <Group mt="sm">
        <Button type="submit">{t('audit:apply')}</Button>
        <Button
          variant="default"
          onClick={() => {
            form.setValues(noFilters);
            form.clearErrors();
            onApply(noFilters);
          }}
        >
          {t('audit:reset')}
        </Button>
      </Group>
    </form>
  );
}
