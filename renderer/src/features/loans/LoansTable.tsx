import { Anchor, Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { Loan } from '#shared/contract/loans';
import { formatDate } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';
import { ItemOptionLabel } from '../equipment-maintenance/item-option';

export interface LoanActions {
  onReturn: (loan: Loan) => void;
  onExtend: (loan: Loan) => void;
  onClean: (loan: Loan) => void;
}

/**
 * A state badge that wraps instead of clipping: Lithuanian and Russian states ("Reikia išvalyti",
 * "Требуется чистка") are longer than the narrow column at 1366×768, and a badge's label is
 * one ellipsised line by default.
 */
const wrappingBadge = {
  root: { height: 'auto', minHeight: 'var(--badge-height)', maxWidth: '100%', paddingBlock: 2, textTransform: 'none' as const },
  label: { whiteSpace: 'normal' as const, overflow: 'visible', textOverflow: 'clip', overflowWrap: 'anywhere' as const, lineHeight: 1.25, textAlign: 'center' as const },
};

function StateBadge({ color, text, dark }: { color: string; text: string; dark?: boolean }) {
  return <Badge color={color} styles={wrappingBadge} data-loan-state {...(dark ? { c: 'dark' } : {})}>{text}</Badge>;
}

function LoanState({ loan }: { loan: Loan }) {
  const { t } = useTranslation('loans');
  if (loan.returnedOn === null) return <StateBadge color={loan.overdue ? 'red' : 'blue'} text={t(loan.overdue ? 'state.overdue' : 'state.open')} />;
  return (
    <Stack gap={4} align="flex-start">
      <StateBadge color="gray" text={t('state.returned')} />
      {loan.damage && loan.damage !== 'none' && <StateBadge color="orange" text={t(`state.${loan.damage}`)} />}
      {loan.itemStatus === 'needs-cleaning' && <StateBadge color="yellow" dark text={t('state.needsCleaning')} />}
    </Stack>
  );
}

/** Loans with their state and the next step each allows; `showClient` off on the client card. */
export function LoansTable({ loans, actions, showClient = true }: { loans: Loan[]; actions?: LoanActions; showClient?: boolean }) {
  const { t } = useTranslation('loans');
  const language = useLanguage();
  if (loans.length === 0) return <Text c="dimmed" size="sm">{t('none')}</Text>;
  // A device cleaned since is lendable again: only the latest return of an item offers the cleaning step.
  const latestReturn = new Map<number, number>();
  for (const loan of loans) if (loan.returnedOn && !latestReturn.has(loan.itemId)) latestReturn.set(loan.itemId, loan.id);
  return (
    <Table striped aria-label={t('tabs.loans')}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('column.item')}</Table.Th>
          {showClient && <Table.Th>{t('column.client')}</Table.Th>}
          <Table.Th>{t('column.handedOver')}</Table.Th>
          <Table.Th>{t('column.expectedReturn')}</Table.Th>
          <Table.Th>{t('column.returned')}</Table.Th>
          <Table.Th miw={120}>{t('column.state')}</Table.Th>
          {actions && <Table.Th>{t('column.actions')}</Table.Th>}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {loans.map((loan) => (
          <Table.Tr key={loan.id}>
            <Table.Td><ItemOptionLabel label={`${loan.inventoryNumber} · ${loan.itemName}`} itemId={loan.itemId} /></Table.Td>
            {showClient && (
              <Table.Td>
                <Anchor component={Link} href={`/clients/${loan.clientId}`}>{`${loan.clientLastName} ${loan.clientFirstName}`}</Anchor>
              </Table.Td>
            )}
            <Table.Td>{formatDate(loan.handedOverOn, language)}</Table.Td>
            <Table.Td>
              {formatDate(loan.expectedReturnOn, language)}
              {loan.extensions.map((e) => (
                <Text key={e.createdAt} size="xs" c="dimmed">
                  {t('extend.history', { from: formatDate(e.previousReturnOn, language) || '—', to: formatDate(e.newReturnOn, language) })}
                </Text>
              ))}
            </Table.Td>
            <Table.Td>{formatDate(loan.returnedOn, language)}</Table.Td>
            <Table.Td>
              <LoanState loan={loan} />
            </Table.Td>
            {actions && (
              <Table.Td>
                <Group gap={4}>
                  <Button size="compact-xs" variant="subtle" component="a" href={`#/print/loan-act/${loan.id}`}>
                    {t('act.button')}
                  </Button>
                  {loan.returnedOn === null && (
                    <>
                      <Button size="compact-xs" onClick={() => actions.onReturn(loan)}>{t('return.button')}</Button>
                      <Button size="compact-xs" variant="light" onClick={() => actions.onExtend(loan)}>{t('extend.button')}</Button>
                    </>
                  )}
                  {loan.itemStatus === 'needs-cleaning' && latestReturn.get(loan.itemId) === loan.id && (
                    <Button size="compact-xs" color="yellow" c="dark" onClick={() => actions.onClean(loan)}>{t('clean.button')}</Button>
                  )}
                </Group>
              </Table.Td>
            )}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
