import { useState } from 'react';
import { Button, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { minPasswordLength, recoverFormSchema } from '#shared/contract/auth';
import { useCallMutation } from '../../api/use-call';
import { ErrorAlert } from '../../components/ErrorAlert';
import { SecretInput } from '../../components/SecretInput';
import { serverFieldErrors, zodValidate } from '../../forms/zod-validate';
import { RecoveryCodeNotice } from './RecoveryCodeNotice';

/**
 * The administrator's way back in with the recovery code written down at set-up: a new password, the
 * login lock lifted, and a new code to write down (the old one is used up).
 */
export function RecoverForm({ onBack, onDone }: { onBack: () => void; onDone: () => void }) {
  const { t } = useTranslation(['auth', 'setup']);
  const recover = useCallMutation('auth.recover');
  const [newCode, setNewCode] = useState<string | null>(null);
  const form = useForm({
    initialValues: { username: '', recoveryCode: '', newPassword: '', passwordRepeat: '' },
    validate: zodValidate(recoverFormSchema),
  });
  const submit = form.onSubmit(async ({ passwordRepeat: _repeat, ...input }) => {
    try {
      setNewCode((await recover.mutateAsync(input)).recoveryCode);
    } catch (error) {
      form.setErrors(serverFieldErrors((error as { error?: { issues?: [] } }).error?.issues));
    }
  });

  if (newCode) return <RecoveryCodeNotice code={newCode} intro={t('auth:recoveredIntro')} onDone={onDone} />;
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Title order={2} size="h3">
          {t('auth:recoverTitle')}
        </Title>
        <Text>{t('auth:recoverHint')}</Text>
        <TextInput label={t('auth:username')} autoComplete="username" {...form.getInputProps('username')} />
        <TextInput label={t('auth:recoveryCode')} autoComplete="off" spellCheck={false} {...form.getInputProps('recoveryCode')} />
        <SecretInput
          label={t('auth:newPassword')}
          description={t('setup:passwordHint', { count: minPasswordLength })}
          autoComplete="new-password"
          {...form.getInputProps('newPassword')}
        />
        <SecretInput label={t('auth:newPasswordRepeat')} autoComplete="new-password" {...form.getInputProps('passwordRepeat')} />
        <ErrorAlert error={recover.error} />
        <Button type="submit" loading={recover.isPending}>
          {t('auth:recoverSubmit')}
        </Button>
        <Button variant="subtle" onClick={onBack}>
          {t('auth:backToLogin')}
        </Button>
      </Stack>
    </form>
  );
}
