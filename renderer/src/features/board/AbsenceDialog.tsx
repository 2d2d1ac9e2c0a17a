import { useState, type KeyboardEvent } from 'react';
import { Button, Kbd, Modal, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { absenceReasons, type AbsenceReason } from '#shared/domain/attendance';
import { reasonNumber } from './use-board-keys';

/** Reasons on the number keys 1–6, so an absence is two keystrokes: A, then the reason. */
export function AbsenceDialog({ name, onChoose, onClose }: { name: string | null; onChoose: (reason: AbsenceReason, note: string) => void; onClose: () => void }) {
  const { t } = useTranslation('board');
  const [note, setNote] = useState('');
  const close = () => {
    setNote('');
    onClose();
  };
  const choose = (reason: AbsenceReason) => {
    onChoose(reason, note.trim());
    setNote('');
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.target instanceof HTMLInputElement) return;
    // The number keys by position: on a Lithuanian layout the top row types ą, č, ę…
    const number = reasonNumber(event.code);
    const reason = number === null ? undefined : absenceReasons[number - 1];
    if (reason) {
      event.preventDefault();
      choose(reason);
    }
  };
  return (
    <Modal opened={name !== null} onClose={close} title={t('absence.title', { name: name ?? '' })} size="lg">
      <Stack onKeyDown={onKeyDown}>
        <Text size="sm" c="dimmed">{t('absence.hint')}</Text>
        <SimpleGrid cols={2}>
          {absenceReasons.map((reason, index) => (
            <Button key={reason} size="md" variant="light" justify="flex-start" data-autofocus={index === 0 ? true : undefined} leftSection={<Kbd>{index + 1}</Kbd>} onClick={() => choose(reason)}>
              {t(`reason.${reason}`)}
            </Button>
          ))}
        </SimpleGrid>
        <TextInput label={t('absence.note')} value={note} onChange={(event) => setNote(event.currentTarget.value)} maxLength={500} />
        <Button variant="default" onClick={close}>{t('absence.cancel')}</Button>
      </Stack>
    </Modal>
  );
}
