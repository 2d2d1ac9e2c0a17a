import { useState } from 'react';
import { Badge, Button, Group, Paper, Table, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { catalogueNames, type ProgrammeItem } from '#shared/contract/dementia';
import { ApiError, api } from '../../api/client';
import { useCall } from '../../api/use-call';
import { ErrorAlert } from '../../components/ErrorAlert';
import { serverFieldErrors, zodValidate } from '../../forms/zod-validate';
import { useLanguage } from '../../i18n/use-language';
import { itemName } from './names';

const namesSchema = z.object(catalogueNames);
type Names = z.infer<typeof namesSchema>;
const empty: Names = { nameLv: '', nameLt: '', nameRu: '' };

/**
 * The programme catalogue on the groups page: the built-in items and the centre's own, each named in
 * Latvian, Lithuanian and Russian. Staff who plan the programme add an item, rename it or take it out of
 * use (it stays on the days that had it); field errors come from the same schema the core checks.
 */
export function CatalogueEditor() {
  const { t } = useTranslation('dementia');
  const language = useLanguage();
  const catalogue = useCall('dementia.catalogue.list', {});
  const [editing, setEditing] = useState<ProgrammeItem | null>(null);
  const [error, setError] = useState<unknown>(null);
  const form = useForm<Names>({ initialValues: empty, validate: zodValidate(namesSchema) });
  const items = catalogue.data?.items ?? [];

  const save = async (values: Names) => {
    setError(null);
    try {
      if (editing) await api.call('dementia.catalogue.update', { id: editing.id, ...values, active: editing.active });
      else await api.call('dementia.catalogue.create', values);
      setEditing(null);
      form.setValues(empty);
      form.resetDirty(empty);
      await catalogue.refetch();
    } catch (failure) {
      if (failure instanceof ApiError && failure.error.kind === 'validation') form.setErrors(serverFieldErrors(failure.error.issues));
      else setError(failure);
    }
  };
  const toggle = async (item: ProgrammeItem) => {
    setError(null);
    try {
      await api.call('dementia.catalogue.update', { id: item.id, nameLv: item.nameLv, nameLt: item.nameLt, nameRu: item.nameRu, active: !item.active });
      await catalogue.refetch();
    } catch (failure) {
      setError(failure);
    }
  };
  const edit = (item: ProgrammeItem) => {
    setEditing(item);
    form.setValues({ nameLv: item.nameLv, nameLt: item.nameLt, nameRu: item.nameRu });
    form.clearErrors();
  };

  return (
    <Paper withBorder p="md" role="region" aria-label={t('catalogue.title')}>
      <Title order={2} size="h4" mb="sm">{t('catalogue.title')}</Title>
      <Table aria-label={t('catalogue.title')} verticalSpacing={4}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('catalogue.nameLv')}</Table.Th>
            <Table.Th>{t('catalogue.nameLt')}</Table.Th>
            <Table.Th>{t('catalogue.nameRu')}</Table.Th>
            <Table.Th>{t('catalogue.state')}</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item) => (
            <Table.Tr key={item.id}>
              <Table.Td>{item.nameLv}</Table.Td>
              <Table.Td>{item.nameLt}</Table.Td>
              <Table.Td>{item.nameRu}</Table.Td>
              <Table.Td>
                <Badge variant="light" color={item.active ? 'teal' : 'gray'}>{item.active ? t('catalogue.active') : t('catalogue.inactive')}</Badge>
              </Table.Td>
              <Table.Td>
                <Group gap={4} wrap="nowrap">
                  <Button size="compact-sm" variant="subtle" onClick={() => edit(item)} aria-label={`${t('catalogue.rename')}: ${itemName(items, item.id, language)}`}>
                    {t('catalogue.rename')}
                  </Button>
                  <Button size="compact-sm" variant="subtle" onClick={() => void toggle(item)} aria-label={`${item.active ? t('catalogue.deactivate') : t('catalogue.activate')}: ${itemName(items, item.id, language)}`}>
                    {item.active ? t('catalogue.deactivate') : t('catalogue.activate')}
                  </Button>
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <form onSubmit={form.onSubmit((values) => void save(values))} noValidate>
        <Title order={3} size="h5" mt="md" mb="xs">{editing ? `${t('catalogue.rename')}: ${itemName(items, editing.id, language)}` : t('catalogue.new')}</Title>
        <Group align="flex-start">
          <TextInput label={t('catalogue.nameLv')} required w={220} {...form.getInputProps('nameLv')} />
          <TextInput label={t('catalogue.nameLt')} required w={220} {...form.getInputProps('nameLt')} />
          <TextInput label={t('catalogue.nameRu')} required w={220} {...form.getInputProps('nameRu')} />
        </Group>
        <ErrorAlert error={error} />
        <Group mt="sm">
          <Button type="submit">{editing ? t('catalogue.save') : t('catalogue.add')}</Button>
          {editing && (
            <Button variant="default" onClick={() => { setEditing(null); form.setValues(empty); form.clearErrors(); }}>
              {t('catalogue.cancel')}
            </Button>
          )}
        </Group>
      </form>
    </Paper>
  );
}
