import { useState } from 'react';
import { Anchor, Button, Checkbox, Group, NativeSelect, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { keepPreviousData } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { dueStates, equipmentStatuses, listSorts, type RegisterFilter } from '#shared/contract/equipment';
import { api } from '../../api/client';
import { useCall } from '../../api/use-call';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDate, formatMoney } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';
import { useMayCall } from '../print/use-may-call';
import { openHashRoute } from '../print/use-hash-query';
import { downloadBase64 } from './download';
import { useCategories } from './use-category-label';
import { SafetyOverdueBadge } from '../equipment-maintenance/SafetyOverdueBadge';

const pageSize = 50;
const sortKeys: Record<(typeof listSorts)[number], string> = {
  inventoryNumber: 'field.inventoryNumber', name: 'field.name', category: 'field.category', status: 'field.status',
  location: 'field.location', purchaseDate: 'field.purchaseDate', price: 'field.price',
};

/** `#/equipment`: the register with filters, sort, totals, XLSX, labels for the chosen items, and the durability report. */
export function EquipmentListPage() {
  const { t } = useTranslation('equipment');
  const tr = t as unknown as (key: string) => string;
  const language = useLanguage();
  const categories = useCategories();
  const mayCreate = useMayCall('equipment.items.create');
  const mayReport = useMayCall('equipment.durability');
  const [filter, setFilter] = useState<RegisterFilter>({ sort: 'inventoryNumber', direction: 'asc' });
  const [page, setPage] = useState(1);
  const [chosen, setChosen] = useState<Set<number>>(new Set());
  const [project, setProject] = useState('');
  const [error, setError] = useState<unknown>(null);
  const list = useCall('equipment.items.list', { ...filter, page, pageSize }, { placeholderData: keepPreviousData });
  const items = list.data?.items ?? [];
  const pages = Math.max(1, Math.ceil((list.data?.total ?? 0) / pageSize));
  const projects = list.data?.projects ?? [];
  const set = (patch: Partial<RegisterFilter>) => {
    setFilter((f) => {
      const next: Record<string, unknown> = { ...f, ...patch };
      for (const key of Object.keys(next)) if (next[key] === '') delete next[key];
      return next;
    });
    setPage(1);
  };
  const any = { value: '', label: t('register.any') };
  const toggle = (id: number) => setChosen((c) => { const n = new Set(c); if (n.has(id)) n.delete(id); else n.add(id); return n; });
  const exportXlsx = () => void api.call('equipment.register.export', { filter, language }).then(downloadBase64, setError);
  const chosenProject = project || projects[0]?.code || '';

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1} size="h2">{t('register.heading')}</Title>
        {mayCreate && <Button component={Link} href="/equipment/new">{t('register.newItem')}</Button>}
      </Group>
      <Paper withBorder p="sm" role="search" aria-label={t('register.filters')}>
        <Group align="flex-end" gap="sm">
          <TextInput label={t('register.search')} w={260} value={filter.search ?? ''} onChange={(e) => set({ search: e.currentTarget.value })} />
          <NativeSelect label={t('field.category')} value={filter.category ?? ''} onChange={(e) => set({ category: e.currentTarget.value })} data={[any, ...categories.options]} />
          <NativeSelect label={t('field.status')} value={filter.status ?? ''} onChange={(e) => set({ status: e.currentTarget.value as RegisterFilter['status'] })}
            data={[any, ...equipmentStatuses.map((s) => ({ value: s, label: t(`status.${s}`) }))]} />
          <NativeSelect label={t('field.location')} value={filter.location ?? ''} onChange={(e) => set({ location: e.currentTarget.value })}
            data={[any, ...(list.data?.locations ?? []).map((l) => ({ value: l, label: l }))]} />
          <NativeSelect label={t('register.project')} value={filter.projectCode ?? ''} onChange={(e) => set({ projectCode: e.currentTarget.value })}
            data={[any, ...projects.map((p) => ({ value: p.code, label: p.name ? `${p.code} ${p.name}` : p.code }))]} />
          <NativeSelect label={t('register.due')} value={filter.due ?? ''} onChange={(e) => set({ due: e.currentTarget.value as RegisterFilter['due'] })}
            data={[any, ...dueStates.map((d) => ({ value: d, label: t(`register.dueState.${d}`) }))]} />
          <NativeSelect label={t('register.sort')} value={filter.sort ?? 'inventoryNumber'} onChange={(e) => set({ sort: e.currentTarget.value as RegisterFilter['sort'] })}
            data={listSorts.map((s) => ({ value: s, label: tr(sortKeys[s]) }))} />
          <NativeSelect label={t('register.directionLabel')} value={filter.direction ?? 'asc'} onChange={(e) => set({ direction: e.currentTarget.value as 'asc' | 'desc' })}
            data={(['asc', 'desc'] as const).map((d) => ({ value: d, label: t(`register.direction.${d}`) }))} />
        </Group>
      </Paper>
      <Group justify="space-between">
        <Text fw={500} data-testid="register-totals">
          {t('register.totals', { count: list.data?.total ?? 0, value: formatMoney(list.data?.totalPriceCents ?? 0, language) })}
        </Text>
        <Group gap="xs">
          {mayReport && <Button variant="default" onClick={exportXlsx}>{t('register.exportXlsx')}</Button>}
          {mayReport && (
            <Button variant="default" disabled={chosen.size === 0}
              onClick={() => openHashRoute('/print/equipment-labels', { ids: [...chosen].join(','), layout: '3x8', start: '1', lang: language })}>
              {`${t('register.printLabels')} (${chosen.size})`}
            </Button>
          )}
        </Group>
      </Group>
      {mayReport && projects.length > 0 && (
        <Group align="flex-end" gap="xs">
          <NativeSelect label={t('register.durability')} value={chosenProject} onChange={(e) => setProject(e.currentTarget.value)}
            data={projects.map((p) => ({ value: p.code, label: p.name ? `${p.code} ${p.name}` : p.code }))} />
          <Button variant="default" onClick={() => openHashRoute(`/print/equipment-durability/${encodeURIComponent(chosenProject)}`, { lang: language })}>{t('durability.open')}</Button>
        </Group>
      )}
      <ErrorAlert error={list.error ?? error} />
      {list.data && items.length === 0 && <Text c="dark.4">{t('register.empty')}</Text>}
      {items.length > 0 && (
        <Table striped verticalSpacing={4} aria-label={t('register.heading')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>
                <Checkbox aria-label={t('register.selectAll')} checked={items.every((i) => chosen.has(i.id))}
                  onChange={(e) => { const on = e.currentTarget.checked; setChosen((c) => { const n = new Set(c); for (const i of items) { if (on) n.add(i.id); else n.delete(i.id); } return n; }); }} />
              </Table.Th>
              <Table.Th>{t('field.inventoryNumber')}</Table.Th>
              <Table.Th>{t('field.name')}</Table.Th>
              <Table.Th>{t('field.category')}</Table.Th>
              <Table.Th>{t('field.location')}</Table.Th>
              <Table.Th>{t('field.status')}</Table.Th>
              <Table.Th>{t('field.purchaseDate')}</Table.Th>
              <Table.Th style={{ textAlign: 'right' }}>{t('field.price')}</Table.Th>
              <Table.Th>{t('register.project')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((item) => (
              <Table.Tr key={item.id}>
                <Table.Td><Checkbox aria-label={t('register.select', { number: item.inventoryNumber })} checked={chosen.has(item.id)} onChange={() => toggle(item.id)} /></Table.Td>
                <Table.Td><Anchor component={Link} href={`/equipment/${item.id}`}>{item.inventoryNumber}</Anchor></Table.Td>
                <Table.Td><Group gap={6} wrap="nowrap">{item.name}<SafetyOverdueBadge itemId={item.id} /></Group></Table.Td>
                <Table.Td>{categories.label(item.category)}</Table.Td>
                <Table.Td>{item.location ?? ''}</Table.Td>
                <Table.Td>{t(`status.${item.status}`)}</Table.Td>
                <Table.Td>{formatDate(item.purchaseDate, language)}</Table.Td>
                <Table.Td style={{ textAlign: 'right' }}>{item.priceCents === null ? '' : formatMoney(item.priceCents, language)}</Table.Td>
                <Table.Td>{item.projectCode ?? ''}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {pages > 1 && (
        <Group>
          <Button variant="default" size="xs" disabled={page <= 1} onClick={() => setPage(page - 1)}>{t('register.previous')}</Button>
          <Text size="sm">{t('register.pageOf', { page, pages })}</Text>
          <Button variant="default" size="xs" disabled={page >= pages} onClick={() => setPage(page + 1)}>{t('register.next')}</Button>
        </Group>
      )}
    </Stack>
  );
}

