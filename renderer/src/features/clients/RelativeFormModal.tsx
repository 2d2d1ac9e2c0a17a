import { Checkbox, Group, Modal, NativeSelect, NumberInput, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { relativeCreateSchema, type Relative } from '#shared/contract/relatives';
import type { MethodInput } from '#shared/contract/index';
import { relationKinds } from '#shared/domain/client-parts';
import { clientLanguages } from '#shared/domain/services';
import { api } from '../../api/client';
import { RecordFormFooter } from './RecordFormFooter';
import { DraftOffer } from '../../forms/DraftOffer';
import { useRecordForm } from './use-record-form';

type Values = {
  name: string; relation: Relative['relation']; phone: string; phoneAlt: string; address: string; language: string;
  canCollect: boolean; emergencyContact: boolean; priority: number; note: string; idHint: string; mainCarer: boolean;
};

const valuesOf = (r: Relative | null, priority: number): Values => ({
  name: r?.name ?? '', relation: r?.relation ?? 'child', phone: r?.phone ?? '', phoneAlt: r?.phoneAlt ?? '', address: r?.address ?? '',
  language: r?.language ?? '', canCollect: r?.canCollect ?? false, emergencyContact: r?.emergencyContact ?? false, priority: r?.priority ?? priority, note: r?.note ?? '',
  idHint: r?.idHint ?? '', mainCarer: r?.mainCarer ?? false,
});

/** Adding or editing a relative or contact person: who may collect the client, whom to call first. */
export function RelativeFormModal({ clientId, relative, nextPriority, onClose }: { clientId: number; relative: Relative | null; nextPriority: number; onClose: () => void }) {
  const { t } = useTranslation(['clients', 'common']);
  const { form, onSubmit, error, busy, draft } = useRecordForm({
    initial: valuesOf(relative, nextPriority),
    schema: relativeCreateSchema,
    toInput: (v: Values) => ({ clientId, ...v, language: v.language as '' }),
    save: ({ clientId: _c, ...fields }) =>
      relative
        ? api.call('relatives.update', { id: relative.id, ...fields } as MethodInput<'relatives.update'>)
        : api.call('relatives.create', { clientId, ...fields } as MethodInput<'relatives.create'>),
    onSaved: onClose,
    draft: relative ? { form: 'relative-edit', recordId: relative.id } : { form: 'relative-new', recordId: clientId },
  });
  return (
    <Modal opened onClose={onClose} title={t(relative ? 'clients:relatives.edit' : 'clients:relatives.add')} size="lg">
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          <DraftOffer draft={draft} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label={t('clients:relatives.name')} withAsterisk data-autofocus {...form.getInputProps('name')} />
            <NativeSelect label={t('clients:relatives.relation')} {...form.getInputProps('relation')} data={relationKinds.map((r) => ({ value: r, label: t(`clients:relation.${r}`) }))} />
            <TextInput label={t('clients:field.phone')} type="tel" {...form.getInputProps('phone')} />
            <TextInput label={t('clients:relatives.phoneAlt')} type="tel" {...form.getInputProps('phoneAlt')} />
            <TextInput label={t('clients:field.address')} {...form.getInputProps('address')} />
            <NativeSelect label={t('clients:field.language')} {...form.getInputProps('language')} data={[{ value: '', label: '—' }, ...clientLanguages.map((l) => ({ value: l, label: t(`common:language.${l}`) }))]} />
          </SimpleGrid>
          <Group>
            <Checkbox label={t('clients:relatives.canCollect')} {...form.getInputProps('canCollect', { type: 'checkbox' })} />
            <Checkbox label={t('clients:relatives.emergencyContact')} {...form.getInputProps('emergencyContact', { type: 'checkbox' })} />
            <Checkbox label={t('safety:relatives.mainCarer')} {...form.getInputProps('mainCarer', { type: 'checkbox' })} />
            <NumberInput label={t('clients:relatives.priority')} min={1} max={20} w={120} {...form.getInputProps('priority')} />
          </Group>
          <TextInput label={t('clients:relatives.note')} {...form.getInputProps('note')} />
          <TextInput label={t('safety:relatives.idHint')} {...form.getInputProps('idHint')} />
          <RecordFormFooter error={error} busy={busy} onCancel={onClose} />
        </Stack>
      </form>
    </Modal>
  );
}
