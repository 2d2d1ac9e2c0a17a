import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { Box, Kbd, Paper, Text, TextInput, UnstyledButton } from '@mantine/core';
import { keepPreviousData } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { formatPersonalCode } from '#shared/domain/personal-code';
import { useLanguageCall } from '../../api/use-call';
import { useLanguage } from '../../i18n/use-language';
import { formatDate } from '../../i18n/format';
import { fullName } from '../clients/use-clients';
import { useSearchShortcut } from './use-search-shortcut';
import { mayBeInventoryNumber } from '../equipment/inventory-number-text';
import { findItemByNumber, useScannerWedge } from '../equipment/use-scanner-wedge';

/** Key names, the same on every keyboard layout the centres use. */
const shortcutKeys = 'Ctrl K';

/** The one search box of the header: names in any script and spelling, code digits, phones. */
export function GlobalSearch() {
  const { t } = useTranslation('clients');
  const language = useLanguage();
  const [, navigate] = useLocation();
  const input = useRef<HTMLInputElement>(null);
  const listId = useId();
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  useSearchShortcut(input);
  // A scanned equipment label (or its number typed here and Enter) opens the item.
  useScannerWedge();
  const trimmed = query.trim();
  const search = useLanguageCall('clients.search', { query: trimmed, limit: 12 }, language, { enabled: trimmed.length > 0, placeholderData: keepPreviousData });
  const results = trimmed ? (search.data?.clients ?? []) : [];
  const shown = open && trimmed.length > 0;

  const openClient = (id: number) => {
    setOpen(false);
    setQuery('');
    input.current?.blur();
    navigate(`/clients/${id}`);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((i) => (results.length ? (i + step + results.length) % results.length : 0));
    } else if (event.key === 'Enter' && trimmed && mayBeInventoryNumber(trimmed)) {
      // Only text that could be an inventory number asks the core first; a name opens the client at once.
      event.preventDefault();
      const client = results[active];
      void findItemByNumber(trimmed).then((itemId) => {
        if (itemId !== null) {
          setOpen(false);
          setQuery('');
          input.current?.blur();
          navigate(`/equipment/${itemId}`);
        } else if (client) {
          openClient(client.id);
        }
      });
    } else if (event.key === 'Enter' && results[active]) {
      event.preventDefault();
      openClient(results[active].id);
    } else if (event.key === 'Escape') {
      setOpen(false);
    }
  };

  return (
    <Box pos="relative" w={{ base: 180, sm: 280 }} miw={160} style={{ flexShrink: 1 }}>
      <TextInput
        ref={input}
        size="xs"
        value={query}
        placeholder={t('search.placeholder')}
        aria-label={t('search.label')}
        role="combobox"
        aria-expanded={shown}
        aria-controls={listId}
        aria-activedescendant={shown && results[active] ? `${listId}-${active}` : undefined}
        rightSection={<Kbd size="xs">{shortcutKeys}</Kbd>}
        rightSectionWidth={52}
        onChange={(event) => {
          setQuery(event.currentTarget.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={onKeyDown}
      />
      {shown && (
        <Paper withBorder shadow="md" pos="absolute" top={34} left={0} right={0} style={{ zIndex: 300 }} p={4}>
          <Box component="ul" id={listId} role="listbox" aria-label={t('search.results')} m={0} p={0} style={{ listStyle: 'none' }}>
            {results.map((client, i) => (
              <li key={client.id} id={`${listId}-${i}`} role="option" aria-selected={i === active}>
                <UnstyledButton
                  w="100%"
                  px="xs"
                  py={4}
                  tabIndex={-1}
                  bg={i === active ? 'var(--mantine-color-teal-light)' : undefined}
                  onMouseDown={(event) => event.preventDefault()}
                  onClick={() => openClient(client.id)}
                >
                  <Text size="sm" fw={500}>
                    {fullName(client)}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {[client.personalCode && client.codeCountry ? formatPersonalCode(client.codeCountry, client.personalCode) : '', formatDate(client.birthDate, language), client.status !== 'active' ? t(`status.${client.status}`) : '']
                      .filter(Boolean)
                      .join(' · ')}
                  </Text>
                </UnstyledButton>
              </li>
            ))}
          </Box>
          {results.length === 0 && !search.isFetching && (
            <Text size="sm" c="dimmed" p="xs">
              {t('search.nothing')}
            </Text>
          )}
        </Paper>
      )}
    </Box>
  );
}
