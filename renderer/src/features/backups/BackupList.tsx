import { Button, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { BackupEntry } from '#shared/contract/backups';
import { formatNumber } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';
import { formatSize, formatTaken } from './format-backup';

/** The verified backups in the folder, newest first; the administrator gets a Restore button on each. */
export function BackupList({ backups, onRestore }: { backups: BackupEntry[]; onRestore: ((backup: BackupEntry) => void) | null }) {
  const { t } = useTranslation('backups');
  const language = useLanguage();
  const count = (value: number | null) => (value === null ? t('list.unreadable') : formatNumber(value, language));
  return (
    <section aria-labelledby="backup-list-title">
      <Title order={2} size="h4" mb="xs" id="backup-list-title">
        {t('list.title')}
      </Title>
      {backups.length === 0 ? (
        <Text c="dimmed">{t('list.none')}</Text>
      ) : (
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('list.when')}</Table.Th>
              <Table.Th>{t('list.kind')}</Table.Th>
              <Table.Th>{t('list.size')}</Table.Th>
              <Table.Th>{t('list.clients')}</Table.Th>
              <Table.Th>{t('list.attendance')}</Table.Th>
              {onRestore && <Table.Th>{t('list.actions')}</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {backups.map((backup) => (
              <Table.Tr key={backup.file}>
                <Table.Td>{formatTaken(backup.at, language)}</Table.Td>
                <Table.Td>{t(`kind.${backup.kind}`)}</Table.Td>
                <Table.Td>{formatSize(backup.bytes, language)}</Table.Td>
                <Table.Td>{count(backup.clients)}</Table.Td>
                <Table.Td>{count(backup.attendance)}</Table.Td>
                {onRestore && (
                  <Table.Td>
                    <Button
                      size="xs"
                      variant="light"
                      color="red"
                      aria-label={t('restoreLabel', { date: formatTaken(backup.at, language) })}
                      onClick={() => onRestore(backup)}
                    >
                      {t('restore')}
                    </Button>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </section>
  );
}
