import { Card, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Client } from '#shared/contract/clients';
import type { Assessment } from '#shared/contract/assessments';
import { barthelMaxTotal } from '#shared/domain/barthel';
import { formatPersonalCode } from '#shared/domain/personal-code';
import { formatDate } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';

interface CodeHistory {
  code: string;
  country: 'LV' | 'LT';
  validFrom: string;
  validTo: string | null;
}

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" fw={500}>
        {value || '—'}
      </Text>
    </div>
  );
}

const roman = ['I', 'II', 'III', 'IV'];

/** The card's facts: code (and earlier codes), birth date, sex, language, contacts, status, latest assessments. */
export function ClientFacts({ client, codes, latest }: { client: Client; codes: CodeHistory[]; latest: Assessment[] }) {
  const { t } = useTranslation(['clients', 'common']);
  const language = useLanguage();
  const earlier = codes.filter((c) => c.validTo !== null);
  const barthel = latest.find((a) => a.instrument === 'barthel');
  const level = latest.find((a) => a.instrument === 'lv-care-level');
  return (
    <Card withBorder>
      <SimpleGrid cols={{ base: 2, sm: 4 }}>
        <Fact label={t('clients:field.personalCode')} value={client.personalCode && client.codeCountry ? `${formatPersonalCode(client.codeCountry, client.personalCode)} (${client.codeCountry})` : ''} />
        <Fact label={t('clients:field.birthDate')} value={formatDate(client.birthDate, language)} />
        <Fact label={t('clients:field.sex')} value={client.sex ? t(`clients:sex.${client.sex}`) : ''} />
        <Fact label={t('clients:field.language')} value={t(`common:language.${client.language}`)} />
        <Fact label={t('clients:field.phone')} value={client.phone ?? ''} />
        <Fact label={t('clients:field.address')} value={client.address ?? ''} />
        <Fact label={t('clients:field.status')} value={[t(`clients:status.${client.status}`), formatDate(client.statusSince, language), client.statusReason ?? ''].filter(Boolean).join(' · ')} />
        <Fact label={t('clients:card.earlierCodes')} value={earlier.map((c) => `${formatPersonalCode(c.country, c.code)} (${formatDate(c.validTo, language)})`).join(', ')} />
        <Fact label={t('clients:instrument.barthel')} value={barthel ? t('clients:assessments.total', { total: barthel.barthelTotal ?? 0, max: barthelMaxTotal }) : ''} />
        <Fact label={t('clients:assessments.careLevel')} value={level ? (roman[(level.careLevel ?? 1) - 1] ?? '') : ''} />
      </SimpleGrid>
    </Card>
  );
}
