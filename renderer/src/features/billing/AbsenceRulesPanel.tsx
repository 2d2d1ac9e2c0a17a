import { NativeSelect, Stack, Table, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { absenceReasons } from '#shared/domain/attendance';
import { billingEffects, payerCategories, type BillingEffect } from '#shared/domain/service-units';
import { useCall, useCallMutation } from '../../api/use-call';
import { ErrorAlert } from '../../components/ErrorAlert';

/** What each absence reason puts on the bill, per payer category; the built-in rule unless the centre chose another. */
export function AbsenceRulesPanel() {
  const { t } = useTranslation('billing');
  const queryClient = useQueryClient();
  const list = useCall('billing.absenceRules.list', {});
  const set = useCallMutation('billing.absenceRules.set');
  const rules = new Map((list.data?.rules ?? []).map((r) => [`${r.absenceReason}|${r.payerCategory}`, r]));
  return (
    <Stack>
      <Text size="sm">{t('absenceRules.intro')}</Text>
      <ErrorAlert error={list.error ?? set.error} />
      {list.data && (
        <Table withTableBorder aria-label={t('absenceRules.title')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('absenceRules.reason')}</Table.Th>
              {payerCategories.map((c) => <Table.Th key={c}>{t(`payerCategory.${c}`)}</Table.Th>)}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {absenceReasons.map((reason) => (
              <Table.Tr key={reason}>
                <Table.Td>{t(`absenceRules.reasons.${reason}`)}</Table.Td>
                {payerCategories.map((category) => {
                  const rule = rules.get(`${reason}|${category}`)!;
                  return (
                    <Table.Td key={category}>
                      <NativeSelect
                        aria-label={`${t(`absenceRules.reasons.${reason}`)} — ${t(`payerCategory.${category}`)}`}
                        value={rule.effect}
                        fw={rule.overridden ? 700 : undefined}
                        onChange={(e) =>
                          set.mutate(
                            { absenceReason: reason, payerCategory: category, effect: e.currentTarget.value as BillingEffect },
                            { onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['billing.absenceRules.list'] }) },
                          )
                        }
                        data={billingEffects.map((effect) => ({
                          value: effect,
                          label: effect === rule.defaultEffect ? t('absenceRules.builtIn', { effect: t(`absenceRules.effects.${effect}`) }) : t(`absenceRules.effects.${effect}`),
                        }))}
                      />
                    </Table.Td>
                  );
                })}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
