import { Anchor, Button, Group, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import { Link, useLocation } from 'wouter';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { staffCreateFormSchema } from '#shared/contract/staff';
import { minPasswordLength } from '#shared/contract/auth';
import type { Role } from '#shared/contract/define';
import { ErrorAlert } from '../../components/ErrorAlert';
import { serverFieldErrors, zodValidate } from '../../forms/zod-validate';
import { useLanguage } from '../../i18n/use-language';
import { RoleAndLanguageFields } from './StaffFormFields';
import { useStaffWrite } from './use-staff';
import { SecretInput } from '../../components/SecretInput';

/** A page, not a dialog: a half-filled form must survive the shared PC's lock screen, like any page. */
export function CreateStaffPage() {
  const { t } = useTranslation(['staff', 'common', 'setup']);
  const language = useLanguage();
  const create = useStaffWrite('staff.create');
  const [, navigate] = useLocation();
  const form = useForm({
    initialValues: { fullName: '', username: '', role: 'reception' as Role, language, password: '', pin: '' },
    validate: zodValidate(staffCreateFormSchema),
  });
  const submit = form.onSubmit(async (values) => {
    try {
      await create.send({ ...values, pin: values.pin === '' ? null : values.pin });
      navigate('/staff');
    } catch (error) {
      form.setErrors(serverFieldErrors((error as { error?: { issues?: [] } }).error?.issues));
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack maw={720}>
        <Title order={1} size="h2">
          {t('staff:createTitle')}
        </Title>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label={t('staff:fullName')} withAsterisk autoFocus {...form.getInputProps('fullName')} />
            <TextInput label={t('staff:username')} description={t('staff:usernameHint')} withAsterisk autoComplete="off" {...form.getInputProps('username')} />
            <RoleAndLanguageFields form={form} />
            <SecretInput
              label={t('staff:password')}
              description={t('setup:passwordHint', { count: minPasswordLength })}
              withAsterisk
              autoComplete="new-password"
              {...form.getInputProps('password')}
            />
            <SecretInput label={t('staff:pin')} description={t('staff:pinHint')} inputMode="numeric" autoComplete="off" {...form.getInputProps('pin')} />
          </SimpleGrid>
          <ErrorAlert error={create.error} />
          <Group>
            <Button type="submit" loading={create.isPending}>
              {t('staff:create')}
            </Button>
            <Anchor component={Link} href="/staff">
              {t('staff:cancel')}
            </Anchor>
          </Group>
      </Stack>
    </form>
  );
}
