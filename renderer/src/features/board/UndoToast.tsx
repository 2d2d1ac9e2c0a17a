import { useEffect } from 'react';
import { Button, Group, Notification, Portal, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { undoWindowMs } from '#shared/domain/attendance';
import type { Toast } from './use-board-actions';

/** What just happened, with Undo for as long as the core keeps the action (10 s). */
export function UndoToast({ toast, onUndo, onClose }: { toast: Toast | null; onUndo: () => void; onClose: () => void }) {
  const { t } = useTranslation('board');
  useEffect(() => {
    if (!toast) return;
    const timer = setTimeout(onClose, toast.undoable ? undoWindowMs : 4000);
    return () => clearTimeout(timer);
  }, [toast, onClose]);
  if (!toast) return null;
  return (
    <Portal>
      <Notification role="status" withCloseButton onClose={onClose} color="teal" style={{ position: 'fixed', bottom: 24, right: 24, zIndex: 300, minWidth: 360 }}>
        <Group justify="space-between" wrap="nowrap">
          <Text size="md">{toast.message}</Text>
          {toast.undoable && (
            <Button size="xs" variant="light" onClick={onUndo}>
              {t('action.undo')}
            </Button>
          )}
        </Group>
      </Notification>
    </Portal>
  );
}
