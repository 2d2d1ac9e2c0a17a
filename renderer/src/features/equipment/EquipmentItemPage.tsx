import { useState } from 'react';
import { Anchor, Badge, Button, Group, Stack, Tabs, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { canCall } from '#shared/contract/access';
import { useCall } from '../../api/use-call';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useLanguage } from '../../i18n/use-language';
import { useMe } from '../auth/use-session';
import { useMayCall } from '../print/use-may-call';
import { itemTabs } from './item-tabs';
import { useCategories } from './use-category-label';
import { WriteOffForm } from './WriteOffForm';
import { EquipmentForm } from './EquipmentForm';
import { SafetyOverdueBadge } from '../equipment-maintenance/SafetyOverdueBadge';

/** `#/equipment/:id[/:tab]`: one item with its tabs (details, files, and what other parts add). */
export function EquipmentItemPage({ id, tab }: { id: number; tab?: string }) {
  const { t } = useTranslation('equipment');
  const language = useLanguage();
  const [, navigate] = useLocation();
  const role = useMe().data?.staff.role;
  const item = useCall('equipment.items.get', { id });
  const categories = useCategories();
  const mayEdit = useMayCall('equipment.items.update');
  const [writingOff, setWritingOff] = useState(false);
  const tabs = itemTabs.filter((entry) => !entry.method || (role !== undefined && canCall(role, entry.method)));
  const current = tabs.find((entry) => entry.value === tab)?.value ?? tabs[0]?.value ?? 'details';
  const data = item.data?.item;
  const tr = t as unknown as (key: string) => string;

  return (
    <Stack>
      <Anchor component={Link} href="/equipment">{t('item.back')}</Anchor>
      <ErrorAlert error={item.error} />
      {data && (
        <>
          <Group justify="space-between" align="flex-start">
            <div>
              <Title order={1} size="h2">{data.name}</Title>
              <Group gap="xs">
                <Text fw={600}>{data.inventoryNumber}</Text>
                <Text c="dark.4">{categories.label(data.category)}</Text>
                <Badge variant="light" color={data.status === 'written-off' ? 'gray' : data.status === 'in-use' ? 'teal' : 'orange'}>{t(`status.${data.status}`)}</Badge>
                <SafetyOverdueBadge itemId={data.id} />
              </Group>
            </div>
            {mayEdit && (
              <Group>
                <Button variant="default" component="a" href={`#/print/equipment-labels?ids=${data.id}&layout=3x8&start=1&lang=${language}`}>{t('item.printLabel')}</Button>
                {data.status !== 'written-off' && (
                  <>
                    <Button variant="default" onClick={() => navigate(`/equipment/${data.id}/edit`)}>{t('item.edit')}</Button>
                    <Button variant="light" color="red" onClick={() => setWritingOff(true)}>{t('item.writeOff')}</Button>
                  </>
                )}
              </Group>
            )}
          </Group>
          {writingOff && <WriteOffForm item={data} onDone={() => setWritingOff(false)} />}
          <Tabs value={current} onChange={(value) => value && navigate(`/equipment/${data.id}/${value}`)} keepMounted={false}>
            <Tabs.List aria-label={t('item.tabs')}>
              {tabs.map((entry) => (
                <Tabs.Tab key={entry.value} value={entry.value}>
                  {entry.labelKey.includes(':') ? tr(entry.labelKey) : tr(`equipment:${entry.labelKey}`)}
                </Tabs.Tab>
              ))}
            </Tabs.List>
            {tabs.map(({ value, Panel }) => (
              <Tabs.Panel key={value} value={value} pt="md">
                <Panel item={data} />
              </Tabs.Panel>
            ))}
          </Tabs>
        </>
      )}
    </Stack>
  );
}

/** `#/equipment/:id/edit`. */
export function EditEquipmentPage({ id }: { id: number }) {
  const item = useCall('equipment.items.get', { id });
  return (
    <Stack>
      <ErrorAlert error={item.error} />
      {item.data && <EquipmentForm item={item.data.item} />}
    </Stack>
  );
}
