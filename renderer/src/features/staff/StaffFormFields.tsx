import { Select } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { roles } from '#shared/contract/define';
import { uiLanguages } from '#shared/contract/common';

interface RoleAndLanguage {
  role: string;
  language: string;
}

/** The role and language selects both staff forms share. */
export function RoleAndLanguageFields<T extends RoleAndLanguage>({ form }: { form: UseFormReturnType<T> }) {
  const { t } = useTranslation(['staff', 'common']);
  return (
    <>
      <Select
        label={t('staff:role')}
        withAsterisk
        allowDeselect={false}
        data={roles.map((role) => ({ value: role, label: t(`common:role.${role}`) }))}
        {...form.getInputProps('role')}
      />
      <Select
        label={t('staff:language')}
        withAsterisk
        allowDeselect={false}
        data={uiLanguages.map((code) => ({ value: code, label: t(`common:language.${code}`) }))}
        {...form.getInputProps('language')}
      />
    </>
  );
}
