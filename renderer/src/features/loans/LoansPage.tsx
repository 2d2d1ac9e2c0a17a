import { useState } from 'react';
import { Alert, Button, Group, SegmentedControl, Stack, Tabs, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { canCall } from '#shared/contract/access';
import type { Role } from '#shared/contract/define';
import { loanFilters, type Loan } from '#shared/contract/loans';
import { useCall } from '../../api/use-call';
import { ErrorAlert } from '../../components/ErrorAlert';
import { CleanModal, type CleanTarget } from './CleanModal';
import { ExtendModal } from './ExtendModal';
import { LendModal } from './LendModal';
import { LoansTable } from './LoansTable';
import { ReturnModal } from './ReturnModal';
import { WaitlistPanel } from './WaitlistPanel';

/** Assistive devices lent to clients at home, their return and cleaning, and the waiting list. */
export function LoansPage({ role }: { role: Role }) {
  const { t } = useTranslation('loans');
  const canWrite = canCall(role, 'loans.lend');
  const [filter, setFilter] = useState<(typeof loanFilters)[number]>('open');
  const [lending, setLending] = useState(false);
  const [returning, setReturning] = useState<Loan | null>(null);
  const [extending, setExtending] = useState<Loan | null>(null);
  const [cleaning, setCleaning] = useState<CleanTarget | null>(null);
  const [notice, setNotice] = useState('');
  const loans = useCall('loans.list', { filter });
  const actions = canWrite
    ? {
        onReturn: setReturning,
        onExtend: setExtending,
        onClean: (loan: Loan) => setCleaning({ itemId: loan.itemId, label: `${loan.inventoryNumber} · ${loan.itemName}` }),
      }
    : undefined;

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1} size="h2">{t('title')}</Title>
        {canWrite && <Button onClick={() => setLending(true)}>{t('lend.button')}</Button>}
      </Group>
      {notice && (
        <Alert color="teal" variant="light" role="status" withCloseButton onClose={() => setNotice('')}>
          {notice}
        </Alert>
      )}
      <Tabs defaultValue="loans" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="loans">{t('tabs.loans')}</Tabs.Tab>
          <Tabs.Tab value="waitlist">{t('tabs.waitlist')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="loans" pt="sm">
          <Stack>
            <SegmentedControl
              aria-label={t('filter.label')}
              style={{ alignSelf: 'flex-start' }}
              value={filter}
              onChange={(value) => setFilter(value)}
              data={loanFilters.map((f) => ({ value: f, label: t(`filter.${f}`) }))}
            />
            <ErrorAlert error={loans.error} />
            {loans.data && <LoansTable loans={loans.data.loans} actions={actions} />}
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="waitlist" pt="sm">
          <WaitlistPanel canWrite={canWrite} />
        </Tabs.Panel>
      </Tabs>
      <LendModal opened={lending} onClose={() => setLending(false)} />
      <ReturnModal loan={returning} onClose={() => setReturning(null)} />
      <ExtendModal loan={extending} onClose={() => setExtending(null)} />
      <CleanModal
        target={cleaning}
        onClose={(message) => {
          setCleaning(null);
          if (message) setNotice(message);
        }}
      />
    </Stack>
  );
}
