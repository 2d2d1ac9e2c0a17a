import { useCallback, useMemo } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useCall } from '../../api/use-call';

/** After any loan, cleaning or waiting-list change: every list that shows loans, items or requests. */
export function useRefreshLoans() {
  const queryClient = useQueryClient();
  return useCallback(() => {
    for (const key of ['loans.list', 'loans.overdue', 'loans.freeItems', 'waitlist.list']) void queryClient.invalidateQueries({ queryKey: [key] });
  }, [queryClient]);
}

/** Active clients as Select options, "Surname Name". */
export function useClientOptions() {
  const clients = useCall('clients.list', { status: 'active' });
  return useMemo(
    () => (clients.data?.clients ?? []).map((c) => ({ value: String(c.id), label: `${c.lastName} ${c.firstName}` })),
    [clients.data],
  );
}

/** A category code's name in the UI language; the centre's own categories show their code. */
export function useCategoryName() {
  const { t } = useTranslation('loans');
  return useCallback((code: string) => t(`category.${code}`, { defaultValue: code }), [t]);
}

/** The assistive-device categories a loan or a waiting request is usually about. */
export const loanCategories = ['wheelchair', 'walker', 'shower-chair', 'hospital-bed', 'anti-decubitus-mattress', 'hoist', 'other'] as const;

export const eurosToCents = (value: number | string) => (typeof value === 'number' && Number.isFinite(value) ? Math.round(value * 100) : undefined);
