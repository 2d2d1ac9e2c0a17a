import { useCallback, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { MethodInput, MethodName } from '#shared/contract/index';
import { api } from '../../api/client';

export interface Toast {
  id: number;
  message: string;
  /** Offer "Undo": only for the caller's own attendance action, which the core keeps for 10 s. */
  undoable: boolean;
}

type BoardMethod = Extract<MethodName, `attendance.${string}`>;

/** Runs board actions; each success shows a toast with Undo, each failure an error. */
export function useBoardActions(date: string) {
  const { t } = useTranslation('board');
  const queryClient = useQueryClient();
  const [toast, setToast] = useState<Toast | null>(null);
  const [error, setError] = useState<unknown>(null);
  const refresh = useCallback(() => queryClient.invalidateQueries({ queryKey: ['attendance.day', { date }] }), [queryClient, date]);

  const run = useCallback(
    async <M extends BoardMethod>(method: M, input: MethodInput<M>, name = '') => {
      try {
        const result: unknown = await api.call(method, input);
        setError(null);
        let message = t(`done.${method}` as 'done.attendance.checkIn', { name });
        // "Everyone still here" leaves dementia-group clients for a hand-over to a named collector: say so.
        const waiting = method === 'attendance.checkOutAll' ? (result as { awaitingHandOver?: number }).awaitingHandOver ?? 0 : 0;
        if (waiting > 0) message = `${message}. ${t('done.awaitingHandOver', { count: waiting })}`;
        setToast({ id: Date.now(), message, undoable: true });
        await refresh();
      } catch (failure) {
        setError(failure);
      }
    },
    [t, refresh],
  );

  const undo = useCallback(async () => {
    try {
      await api.call('attendance.undo', {});
      setError(null);
      setToast({ id: Date.now(), message: t('done.undone'), undoable: false });
      await refresh();
    } catch (failure) {
      setToast(null);
      setError(failure);
    }
  }, [t, refresh]);

  return { run, undo, toast, dismissToast: () => setToast(null), error };
}
