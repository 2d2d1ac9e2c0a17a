import { useState } from 'react';
import { Badge, Button, Group, NativeSelect, Paper, Stack, Table, Text, TextInput } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { unitMeasures, type UnitMeasure } from '#shared/domain/service-units';
import { useCall, useCallMutation } from '../../api/use-call';
import { ErrorAlert } from '../../components/ErrorAlert';
import { serverFieldErrors } from '../../forms/zod-validate';

/** The centre's own service units (`own:<code>`), named in Latvian, Lithuanian and Russian. */
export function OwnUnitsPanel() {
  const { t } = useTranslation('billing');
  const queryClient = useQueryClient();
  const list = useCall('prices.units.list', {});
  const save = useCallMutation('prices.units.save');
  const deactivate = useCallMutation('prices.units.deactivate');
  const [code, setCode] = useState('');
  const [nameLv, setNameLv] = useState('');
  const [nameLt, setNameLt] = useState('');
  const [nameRu, setNameRu] = useState('');
  const [measure, setMeasure] = useState<UnitMeasure>('item');
  const errors = serverFieldErrors(save.error?.error.issues);
  const refresh = () => void queryClient.invalidateQueries({ queryKey: ['prices.units.list'] });
  const add = () =>
    save.mutate({ code, nameLv, nameLt, nameRu, measure }, {
      onSuccess: () => {
        refresh();
        setCode('');
        setNameLv('');
        setNameLt('');
        setNameRu('');
      },
    });
  return (
    <Stack>
      <Text size="sm">{t('ownUnits.intro')}</Text>
      <Paper withBorder p="md">
        <Group align="flex-start" wrap="wrap">
          <TextInput label={t('ownUnits.code')} value={code} onChange={(e) => setCode(e.currentTarget.value)} maxLength={40} w={140} error={errors.code} withAsterisk />
          <TextInput label={t('ownUnits.nameLv')} value={nameLv} onChange={(e) => setNameLv(e.currentTarget.value)} maxLength={80} error={errors.nameLv} withAsterisk />
          <TextInput label={t('ownUnits.nameLt')} value={nameLt} onChange={(e) => setNameLt(e.currentTarget.value)} maxLength={80} error={errors.nameLt} withAsterisk />
          <TextInput label={t('ownUnits.nameRu')} value={nameRu} onChange={(e) => setNameRu(e.currentTarget.value)} maxLength={80} error={errors.nameRu} withAsterisk />
          <NativeSelect label={t('ownUnits.measure')} value={measure} onChange={(e) => setMeasure(e.currentTarget.value as UnitMeasure)} data={unitMeasures.map((m) => ({ value: m, label: t(`ownUnits.measures.${m}`) }))} />
          <Button mt={24} onClick={add} loading={save.isPending}>{t('ownUnits.add')}</Button>
        </Group>
        <ErrorAlert error={save.error ?? deactivate.error} />
      </Paper>
      <ErrorAlert error={list.error} />
      {list.data && list.data.units.length === 0 && <Text c="dimmed" size="sm">{t('ownUnits.none')}</Text>}
      {list.data && list.data.units.length > 0 && (
        <Table striped withTableBorder aria-label={t('ownUnits.title')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('ownUnits.code')}</Table.Th>
              <Table.Th>{t('ownUnits.nameLv')}</Table.Th>
              <Table.Th>{t('ownUnits.nameLt')}</Table.Th>
              <Table.Th>{t('ownUnits.nameRu')}</Table.Th>
              <Table.Th>{t('ownUnits.measure')}</Table.Th>
              <Table.Th>{t('ownUnits.state')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.data.units.map((u) => (
              <Table.Tr key={u.id}>
                <Table.Td>{u.code}</Table.Td>
                <Table.Td>{u.nameLv}</Table.Td>
                <Table.Td>{u.nameLt}</Table.Td>
                <Table.Td>{u.nameRu}</Table.Td>
                <Table.Td>{t(`ownUnits.measures.${u.measure}`)}</Table.Td>
                <Table.Td>
                  {u.active ? (
                    <Button size="compact-xs" variant="subtle" color="red" onClick={() => deactivate.mutate({ id: u.id }, { onSuccess: refresh })}>
                      {t('ownUnits.deactivate')}
                    </Button>
                  ) : (
                    <Badge color="gray">{t('ownUnits.inactive')}</Badge>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
