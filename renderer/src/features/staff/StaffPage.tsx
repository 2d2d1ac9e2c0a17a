import { useMemo, useState } from 'react';
import { Badge, Button, Group, Loader, Menu, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { Staff } from '#shared/contract/auth';
import type { StaffAccount } from '#shared/contract/staff';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useLanguage } from '../../i18n/use-language';
import { EditStaffModal } from './EditStaffModal';
import { PinModal, ResetPasswordModal } from './SecretsModal';
import { useStaffList, useStaffWrite } from './use-staff';

type Dialog = { kind: 'edit' | 'password' | 'pin'; account: StaffAccount } | null;

function PinBadge({ account }: { account: StaffAccount }) {
  const { t } = useTranslation('staff');
  if (!account.hasPin) return <Text c="dimmed" size="sm">{t('pinNone')}</Text>;
  return account.pinLocked ? <Badge color="orange">{t('pinLocked')}</Badge> : <Badge color="teal" variant="light">{t('pinSet')}</Badge>;
}

/** Failed logins: locked (until lifted here) or slowed down for some address (see README, "Login throttle"). */
function LoginBadge({ account }: { account: StaffAccount }) {
  const { t } = useTranslation('staff');
  if (account.loginLocked) return <Badge color="red">{t('loginLocked')}</Badge>;
  if (account.loginThrottled) return <Badge color="yellow">{t('loginThrottled')}</Badge>;
  return <Text c="dimmed" size="sm">{t('loginAllowed')}</Text>;
}

/** Staff accounts (administrators only): never deleted, only deactivated, since the audit trail names them. */
export function StaffPage({ me }: { me: Staff }) {
  const { t } = useTranslation(['staff', 'common']);
  const language = useLanguage();
  const list = useStaffList();
  const unlock = useStaffWrite('staff.unlockLogin');
  const [dialog, setDialog] = useState<Dialog>(null);
  const rows = useMemo(() => {
    const collator = new Intl.Collator(language);
    return [...(list.data?.staff ?? [])].sort((a, b) => Number(b.active) - Number(a.active) || collator.compare(a.fullName, b.fullName));
  }, [list.data, language]);
  const close = () => setDialog(null);

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1} size="h2">
          {t('staff:title')}
        </Title>
        <Button component={Link} href="/staff/new">
          {t('staff:add')}
        </Button>
      </Group>
      <ErrorAlert error={list.error ?? unlock.error} />
      {list.isPending && <Loader aria-label={t('common:status.loading')} />}
      <Table striped highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('staff:fullName')}</Table.Th>
            <Table.Th>{t('staff:username')}</Table.Th>
            <Table.Th>{t('staff:role')}</Table.Th>
            <Table.Th>{t('staff:language')}</Table.Th>
            <Table.Th>{t('staff:pin')}</Table.Th>
            <Table.Th>{t('staff:login')}</Table.Th>
            <Table.Th>{t('staff:status')}</Table.Th>
            <Table.Th>{t('staff:actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((account) => (
            <Table.Tr key={account.id} c={account.active ? undefined : 'dimmed'}>
              <Table.Td>{account.fullName}{account.id === me.id ? ` ${t('staff:you')}` : ''}</Table.Td>
              <Table.Td>{account.username}</Table.Td>
              <Table.Td>{t(`common:role.${account.role}`)}</Table.Td>
              <Table.Td>{t(`common:language.${account.language}`)}</Table.Td>
              <Table.Td><PinBadge account={account} /></Table.Td>
              <Table.Td><LoginBadge account={account} /></Table.Td>
              <Table.Td>{account.active ? t('staff:activeYes') : t('staff:activeNo')}</Table.Td>
              <Table.Td>
                <Menu position="bottom-end" withinPortal={false}>
                  <Menu.Target>
                    <Button variant="subtle" size="xs" aria-label={t('staff:actionsFor', { name: account.fullName })}>
                      {t('staff:actions')}
                    </Button>
                  </Menu.Target>
                  <Menu.Dropdown>
                    <Menu.Item onClick={() => setDialog({ kind: 'edit', account })}>{t('staff:edit')}</Menu.Item>
                    <Menu.Item onClick={() => setDialog({ kind: 'password', account })}>{t('staff:resetPassword')}</Menu.Item>
                    <Menu.Item onClick={() => setDialog({ kind: 'pin', account })}>{t('staff:managePin')}</Menu.Item>
                    {(account.loginLocked || account.loginThrottled) && (
                      <Menu.Item onClick={() => void unlock.send({ id: account.id }).catch(() => undefined)}>{t('staff:unlockLogin')}</Menu.Item>
                    )}
                  </Menu.Dropdown>
                </Menu>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {dialog?.kind === 'edit' && <EditStaffModal account={dialog.account} onClose={close} />}
      {dialog?.kind === 'password' && <ResetPasswordModal account={dialog.account} onClose={close} />}
      {dialog?.kind === 'pin' && <PinModal account={dialog.account} onClose={close} />}
    </Stack>
  );
}
