import { useEffect } from 'react';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData } from '@tanstack/react-query';
import type { Country } from '#shared/domain/personal-code';
import { useCall } from '../../api/use-call';

type Facts = { birthDate: string | null; sex: 'male' | 'female' | null };

/**
 * The core's personal-code check as the user types, a moment after the last keystroke; it also names
 * another client holding the code. `clientId`: the card being edited, whose own codes are no duplicate.
 */
export function useCodeCheck(country: Country | '', code: string, onFacts: (facts: Facts) => void, clientId?: number) {
  const [debounced] = useDebouncedValue(code.trim(), 150);
  const enabled = Boolean(country) && debounced.length > 0;
  const check = useCall('clients.checkPersonalCode', { country: country || 'LV', code: debounced, ...(clientId && { clientId }) }, { enabled, placeholderData: keepPreviousData });
  const data = enabled ? check.data : undefined;
  const birthDate = data?.birthDate ?? null;
  const sex = data?.sex ?? null;
  useEffect(() => {
    if (birthDate || sex) onFacts({ birthDate, sex });
    // onFacts is a fresh closure each render; only new facts from the code should fire it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [birthDate, sex]);
  return { check: data, pending: enabled && (check.isFetching || debounced !== code.trim()) };
}
