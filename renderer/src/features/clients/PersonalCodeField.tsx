import { Alert, NativeSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { UseFormReturnType } from '@mantine/form';
import { translateErrorKey } from '../../forms/translate-error';
import type { MethodOutput } from '#shared/contract/index';
import type { ClientFormValues } from './client-form-values';

type Check = MethodOutput<'clients.checkPersonalCode'> | undefined;

/** Country and code, checked live: errors under the field, a check-digit problem or another holder of the code beside it. */
export function PersonalCodeField({ form, check }: { form: UseFormReturnType<ClientFormValues>; check: Check }) {
  const { t } = useTranslation(['clients', 'errors']);
  const values = form.getValues();
  const blocking = check?.errors.filter((e) => !e.overridable) ?? [];
  const overridable = check?.errors.filter((e) => e.overridable) ?? [];
  const liveError = blocking.map((e) => translateErrorKey(t, `personalCode.${e.code}`)).join(' ');

  return (
    <Stack gap="xs">
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <NativeSelect
          label={t('clients:field.codeCountry')}
          data={[{ value: '', label: t('clients:field.noCode') }, { value: 'LV', label: t('common:country.LV') }, { value: 'LT', label: t('common:country.LT') }]}
          {...form.getInputProps('codeCountry')}
        />
        <TextInput
          label={t('clients:field.personalCode')}
          description={t(values.codeCountry === 'LT' ? 'clients:field.codeHintLT' : 'clients:field.codeHintLV')}
          autoComplete="off"
          {...form.getInputProps('personalCode')}
          error={form.errors.personalCode ?? (liveError || undefined)}
        />
        <TextInput label={t('clients:field.codeKind')} readOnly variant="filled" value={check?.kind ? t(`clients:codeKind.${check.kind}`) : ''} />
      </SimpleGrid>
      {check?.holder && (
        <Alert color="red" variant="light" role="alert">
          {translateErrorKey(t, 'clients.duplicateCode', { name: check.holder.name })}
        </Alert>
      )}
      {[...overridable, ...(check?.warnings ?? [])].map((problem, i) => (
        <Alert key={i} color="yellow" variant="light" role="status">
          {translateErrorKey(t, `personalCode.${problem.code}${problem.overridable ? '' : 'Warning'}`)}
        </Alert>
      ))}
    </Stack>
  );
}
