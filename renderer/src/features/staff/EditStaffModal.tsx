import { Button, Modal, Stack, Switch, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { staffUpdateSchema, type StaffAccount } from '#shared/contract/staff';
import { ErrorAlert } from '../../components/ErrorAlert';
import { zodValidate } from '../../forms/zod-validate';
import { RoleAndLanguageFields } from './StaffFormFields';
import { useStaffWrite } from './use-staff';

/** Name, role, language and the active flag; usernames stay as created (they are in people's heads). */
export function EditStaffModal({ account, onClose }: { account: StaffAccount; onClose: () => void }) {
  const { t } = useTranslation(['staff', 'common']);
  const update = useStaffWrite('staff.update');
  const form = useForm({
    initialValues: { id: account.id, fullName: account.fullName, role: account.role, language: account.language, active: account.active },
    validate: zodValidate(staffUpdateSchema),
  });
  const submit = form.onSubmit((values) => update.send(values).then(onClose, () => undefined));
  return (
    // Inside the app's tree (no portal), so the lock screen hides it with the rest of the app.
    <Modal opened onClose={onClose} title={t('staff:editTitle', { name: account.fullName })} withinPortal={false}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <TextInput label={t('staff:fullName')} withAsterisk {...form.getInputProps('fullName')} />
          <RoleAndLanguageFields form={form} />
          <Switch label={t('staff:active')} description={t('staff:activeHint')} {...form.getInputProps('active', { type: 'checkbox' })} />
          <ErrorAlert error={update.error} />
          <Button type="submit" loading={update.isPending}>
            {t('staff:save')}
          </Button>
        </Stack>
      </form>
    </Modal>
  );
}
