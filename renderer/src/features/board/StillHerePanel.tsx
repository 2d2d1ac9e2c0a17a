import { useState } from 'react';
import { Button, Group, List, Modal, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DayRow } from '#shared/contract/attendance';
import { localTimePattern } from '#shared/domain/local-date';
import { fullName } from './row-text';
import { LocalTimeInput } from '../../components/LocalTimeInput';

/** End of day: who has been checked in but not out, and one confirmed action to check them all out. */
export function StillHerePanel({ rows, onCheckOutAll }: { rows: DayRow[]; onCheckOutAll: (time: string) => void }) {
  const { t } = useTranslation('board');
  const [time, setTime] = useState('16:00');
  const [confirming, setConfirming] = useState(false);
  const here = rows.filter((row) => row.status === 'present');
  const valid = localTimePattern.test(time);
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="still-here-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="still-here-title">{t('end.title')}</Title>
        {here.length === 0 ? (
          // "Everyone has gone home" only once somebody came; before that, nobody has arrived yet.
          <Text c="dark.5">{t(rows.some((row) => row.status === 'left') ? 'end.none' : 'end.nobodyYet')}</Text>
        ) : (
          <List spacing={2} aria-labelledby="still-here-title">
            {here.map((row) => (
              <List.Item key={row.clientId}>{`${fullName(row)} · ${row.arrivedAt ?? ''}`}</List.Item>
            ))}
          </List>
        )}
        <Group align="flex-end" gap="xs">
          <LocalTimeInput label={t('end.time')} value={time} onChange={setTime} w={130} />
          <Button disabled={here.length === 0 || !valid} onClick={() => setConfirming(true)}>
            {t('end.all', { time })}
          </Button>
        </Group>
      </Stack>
      <Modal opened={confirming} onClose={() => setConfirming(false)} title={t('end.confirmTitle')}>
        <Stack>
          <Text>{t('end.confirm', { count: here.length, time })}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)}>{t('end.no')}</Button>
            <Button data-autofocus onClick={() => { setConfirming(false); onCheckOutAll(time); }}>{t('end.yes')}</Button>
          </Group>
        </Stack>
      </Modal>
    </Paper>
  );
}
