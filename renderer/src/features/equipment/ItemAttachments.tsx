import { useState } from 'react';
import { Alert, Button, FileInput, Group, NativeSelect, Stack, Table, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { attachmentKinds, maxAttachmentBytes, type EquipmentItem } from '#shared/contract/equipment';
import { api } from '../../api/client';
import { useCall } from '../../api/use-call';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useMayCall } from '../print/use-may-call';
import { useLanguage } from '../../i18n/use-language';
import { downloadBase64, readAsBase64 } from './download';

/** Photos, invoices, manuals and certificates kept with the item in the database. */
export function ItemAttachments({ item }: { item: EquipmentItem }) {
  const { t } = useTranslation(['equipment', 'errors']);
  const queryClient = useQueryClient();
  const language = useLanguage();
  const detail = useCall('equipment.items.get', { id: item.id });
  const mayAdd = useMayCall('equipment.attachments.add');
  const [kind, setKind] = useState<(typeof attachmentKinds)[number]>('invoice');
  const [file, setFile] = useState<File | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [tooBig, setTooBig] = useState(false);
  const [busy, setBusy] = useState(false);
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['equipment.items.get'] });

  const upload = async () => {
    if (!file) return;
    setError(null);
    // Checked here too, so a 200 MB video is not read and sent only to be refused.
    setTooBig(file.size > maxAttachmentBytes);
    if (file.size > maxAttachmentBytes) return;
    setBusy(true);
    try {
      await api.call('equipment.attachments.add', { itemId: item.id, kind, fileName: file.name, dataBase64: await readAsBase64(file) });
      setFile(null);
      await refresh();
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  const attachments = detail.data?.attachments ?? [];
  return (
    <Stack>
      <Text fw={600}>{t('attachments.heading')}</Text>
      {attachments.length === 0 && <Text c="dark.4">{t('attachments.empty')}</Text>}
      {attachments.length > 0 && (
        <Table aria-label={t('attachments.heading')}>
          <Table.Tbody>
            {attachments.map((a) => (
              <Table.Tr key={a.id}>
                <Table.Td>{t(`attachmentKind.${a.kind}`)}</Table.Td>
                <Table.Td>{a.fileName}</Table.Td>
                <Table.Td>{new Intl.NumberFormat(language, { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 0 }).format(Math.max(1, a.size / 1024))}</Table.Td>
                <Table.Td>
                  <Group gap="xs">
                    <Button size="xs" variant="default" onClick={() => void api.call('equipment.attachments.get', { id: a.id }).then(downloadBase64, setError)}>
                      {t('attachments.download')}
                    </Button>
                    {mayAdd && (
                      <Button size="xs" variant="subtle" color="red" onClick={() => void api.call('equipment.attachments.remove', { id: a.id }).then(refresh, setError)}>
                        {t('attachments.remove')}
                      </Button>
                    )}
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {mayAdd && (
        <Group align="flex-end">
          <NativeSelect
            label={t('attachments.kind')}
            value={kind}
            onChange={(e) => setKind(e.currentTarget.value as typeof kind)}
            data={attachmentKinds.map((k) => ({ value: k, label: t(`attachmentKind.${k}`) }))}
          />
          <FileInput label={t('attachments.file')} accept="application/pdf,image/*" value={file} onChange={setFile} w={320} clearable />
          <Button onClick={() => void upload()} disabled={!file} loading={busy}>{t('attachments.upload')}</Button>
        </Group>
      )}
      {tooBig && <Alert color="red" role="alert" variant="light">{t('errors:equipment.attachmentTooLarge', { max: maxAttachmentBytes / 1024 / 1024 })}</Alert>}
      <ErrorAlert error={error} />
    </Stack>
  );
}
