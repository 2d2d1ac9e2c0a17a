import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { passwordSchema } from '#shared/contract/auth';
import { staffPinFormSchema, type StaffAccount } from '#shared/contract/staff';
import { minPasswordLength } from '#shared/contract/auth';
import { ErrorAlert } from '../../components/ErrorAlert';
import { zodValidate } from '../../forms/zod-validate';
import { useStaffWrite } from './use-staff';
import { SecretInput } from '../../components/SecretInput';

const passwordFormSchema = z.object({ password: passwordSchema });

/** A new password for someone who forgot theirs; their open sessions end (see staff.resetPassword). */
export function ResetPasswordModal({ account, onClose }: { account: StaffAccount; onClose: () => void }) {
  const { t } = useTranslation(['staff', 'setup']);
  const reset = useStaffWrite('staff.resetPassword');
  const form = useForm({ initialValues: { password: '' }, validate: zodValidate(passwordFormSchema) });
  const submit = form.onSubmit(({ password }) => reset.send({ id: account.id, password }).then(onClose, () => undefined));
  return (
    <Modal opened onClose={onClose} title={t('resetPasswordTitle', { name: account.fullName })} withinPortal={false}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <SecretInput
            label={t('newPassword')}
            description={t('setup:passwordHint', { count: minPasswordLength })}
            autoComplete="new-password"
            data-autofocus
            {...form.getInputProps('password')}
          />
          <ErrorAlert error={reset.error} />
          <Button type="submit" loading={reset.isPending}>
            {t('resetPassword')}
          </Button>
        </Stack>
      </form>
    </Modal>
  );
}

/** Sets, changes or removes the PIN; setting one also lifts a PIN lockout. */
export function PinModal({ account, onClose }: { account: StaffAccount; onClose: () => void }) {
  const { t } = useTranslation(['staff', 'setup']);
  const setPin = useStaffWrite('staff.setPin');
  const form = useForm({ initialValues: { pin: '' }, validate: zodValidate(staffPinFormSchema.refine((v) => v.pin !== '', { path: ['pin'], error: 'pinFormat' })) });
  const submit = form.onSubmit(({ pin }) => setPin.send({ id: account.id, pin }).then(onClose, () => undefined));
  return (
    <Modal opened onClose={onClose} title={t('pinTitle', { name: account.fullName })} withinPortal={false}>
      <form onSubmit={submit} noValidate>
        <Stack>
          {account.pinLocked && <Text c="orange.8">{t('pinLockedHint')}</Text>}
          <SecretInput label={t('newPin')} description={t('pinHint')} inputMode="numeric" autoComplete="off" data-autofocus {...form.getInputProps('pin')} />
          <ErrorAlert error={setPin.error} />
          <Group>
            <Button type="submit" loading={setPin.isPending}>
              {t('setPin')}
            </Button>
            {account.hasPin && (
              <Button variant="default" color="red" onClick={() => void setPin.send({ id: account.id, pin: null }).then(onClose, () => undefined)}>
                {t('clearPin')}
              </Button>
            )}
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
