import { Button, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RestorableBackup } from '#shared/contract/recovery';
import { useLanguage } from '../../i18n/use-language';
import { formatSize, formatTaken } from '../backups/format-backup';

interface BackupTableProps {
  backups: RestorableBackup[];
  folder: string;
  busy: boolean;
  onRestore: (backup: RestorableBackup) => void;
}

/** The backups that can replace the damaged file, newest first, each with its own Restore button. */
export function BackupTable({ backups, folder, busy, onRestore }: BackupTableProps) {
  const { t } = useTranslation('recovery');
  const language = useLanguage();
  return (
    <>
      <Title order={2} size="h4">
        {t('backups.title')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('backupFolder', { folder })}
      </Text>
      {backups.length === 0 ? (
        <Text>{t('backups.none')}</Text>
      ) : (
        <Table striped aria-label={t('backups.title')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('backups.takenAt')}</Table.Th>
              <Table.Th>{t('backups.kind')}</Table.Th>
              <Table.Th>{t('backups.size')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {backups.map((backup) => (
              <Table.Tr key={backup.file}>
                <Table.Td>{formatTaken(backup.at, language)}</Table.Td>
                <Table.Td>{t(`kind.${backup.kind}`)}</Table.Td>
                <Table.Td>{formatSize(backup.bytes, language)}</Table.Td>
                <Table.Td>
                  <Button size="xs" disabled={busy} onClick={() => onRestore(backup)}>
                    {t('backups.restore')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </>
  );
}
