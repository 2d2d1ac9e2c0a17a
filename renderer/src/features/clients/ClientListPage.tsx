import { useRef, useState } from 'react';
import { Anchor, Badge, Box, Button, Group, NativeSelect, Text, Title } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { clientStatuses, serviceKinds, type ClientStatus, type ServiceKind } from '#shared/domain/services';
import { formatPersonalCode } from '#shared/domain/personal-code';
import { useLanguageCall } from '../../api/use-call';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useLanguage } from '../../i18n/use-language';
import { formatDate } from '../../i18n/format';
import { municipalityOptions } from '../setup/municipality-options';

const rowHeight = 44;

/** One width per column, shared by the header row and every virtual row so they line up. */
const columns = [
  { key: 'name', label: 'list.name', width: '35%' },
  { key: 'code', label: 'field.personalCode', width: '20%' },
  { key: 'birthDate', label: 'field.birthDate', width: '15%' },
  { key: 'phone', label: 'field.phone', width: '15%' },
  { key: 'status', label: 'list.status', width: '15%' },
] as const;

/** Every client, sorted by the core in the UI language's alphabet; only the visible rows are drawn. */
export function ClientListPage() {
  const { t } = useTranslation('clients');
  const language = useLanguage();
  const [status, setStatus] = useState<ClientStatus | ''>('active');
  const [service, setService] = useState<ServiceKind | ''>('');
  const [payer, setPayer] = useState('');
  const list = useLanguageCall('clients.list', { ...(status && { status }), ...(service && { service }), ...(payer && { payer }) }, language);
  const clients = list.data?.clients ?? [];
  const scroller = useRef<HTMLDivElement>(null);
  // The virtualizer is read afresh on every render by design; nothing here is memoised by a compiler.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtual = useVirtualizer({ count: clients.length, getScrollElement: () => scroller.current, estimateSize: () => rowHeight, overscan: 10 });
  const payers = [...municipalityOptions('LV', language), ...municipalityOptions('LT', language)];

  return (
    <Box>
      <Group justify="space-between" mb="sm">
        <Title order={1} size="h2">
          {t('list.title')}
        </Title>
        <Button component={Link} href="/clients/new">
          {t('actions.new')}
        </Button>
      </Group>
      <Group mb="sm" align="end">
        <NativeSelect label={t('list.status')} value={status} onChange={(e) => setStatus(e.currentTarget.value as ClientStatus | '')}
          data={[{ value: '', label: t('list.all') }, ...clientStatuses.map((s) => ({ value: s, label: t(`status.${s}`) }))]} />
        <NativeSelect label={t('list.service')} value={service} onChange={(e) => setService(e.currentTarget.value as ServiceKind | '')}
          data={[{ value: '', label: t('list.all') }, ...serviceKinds.map((s) => ({ value: s, label: t(`service.${s}`) }))]} />
        <NativeSelect label={t('list.payer')} value={payer} onChange={(e) => setPayer(e.currentTarget.value)}
          data={[{ value: '', label: t('list.all') }, ...payers]} />
        <Text size="sm" c="dimmed" data-testid="client-count">
          {t('list.count', { count: clients.length })}
        </Text>
      </Group>
      <ErrorAlert error={list.error} />
      <Box role="table" aria-label={t('list.title')} aria-rowcount={clients.length + 1}
        style={{ border: '1px solid var(--mantine-color-gray-3)', borderRadius: 4 }}>
        <Box role="rowgroup" bg="gray.0" style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}>
          <Group role="row" aria-rowindex={1} h={rowHeight} px="sm" wrap="nowrap">
            {columns.map((column) => (
              <Text key={column.key} role="columnheader" size="sm" fw={700} w={column.width} truncate>
                {t(column.label)}
              </Text>
            ))}
          </Group>
        </Box>
        <Box ref={scroller} role="rowgroup" h="calc(100vh - 304px)" style={{ overflowY: 'auto' }}>
          <Box h={virtual.getTotalSize()} pos="relative">
            {virtual.getVirtualItems().map((item) => {
              const client = clients[item.index];
              if (!client) return null;
              return (
                <Group key={client.id} role="row" aria-rowindex={item.index + 2} pos="absolute" top={0} left={0} right={0} h={rowHeight} px="sm" wrap="nowrap"
                  style={{ transform: `translateY(${item.start}px)`, borderBottom: '1px solid var(--mantine-color-gray-2)' }}>
                  <Box role="cell" w={columns[0].width} style={{ overflow: 'hidden' }}>
                    <Anchor component={Link} href={`/clients/${client.id}`} fw={500} truncate display="block">
                      {`${client.lastName}, ${client.firstName}`}
                    </Anchor>
                  </Box>
                  {/* The core sends list codes masked (code-visibility.ts); formatting leaves a masked code as it is. */}
                  <Text role="cell" size="sm" w={columns[1].width}>
                    {client.personalCode && client.codeCountry ? formatPersonalCode(client.codeCountry, client.personalCode) : ''}
                  </Text>
                  <Text role="cell" size="sm" w={columns[2].width}>
                    {formatDate(client.birthDate, language)}
                  </Text>
                  <Text role="cell" size="sm" w={columns[3].width} truncate>
                    {client.phone}
                  </Text>
                  <Box role="cell" w={columns[4].width}>
                    {client.status !== 'active' && <Badge color="gray">{t(`status.${client.status}`)}</Badge>}
                  </Box>
                </Group>
              );
            })}
          </Box>
        </Box>
      </Box>
    </Box>
  );
}
