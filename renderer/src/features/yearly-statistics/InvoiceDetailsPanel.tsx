import { useState, type FormEvent } from 'react';
import { Alert, Button, Group, NativeSelect, NumberInput, Paper, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { BuyerDetails, SellerDetails } from '#shared/contract/municipal-reports';
import { useCall, useCallMutation } from '../../api/use-call';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useMayCall } from '../print/use-may-call';

type Party = Omit<SellerDetails, 'iban' | 'paymentDays'>;
const emptyParty: Party = { legalName: '', registrationNumber: '', vatNumber: null, endpointScheme: '0218', street: '', city: '', postalCode: '', country: 'LV' };

function PartyFields({ value, onChange }: { value: Party; onChange: (next: Party) => void }) {
  const { t } = useTranslation('reports');
  const text = (key: 'legalName' | 'registrationNumber' | 'street' | 'city' | 'postalCode') => (
    <TextInput label={t(`invoice.${key}`)} value={value[key]} onChange={(e) => onChange({ ...value, [key]: e.currentTarget.value })} required />
  );
  return (
    <>
      {text('legalName')}
      {text('registrationNumber')}
      <TextInput label={t('invoice.vatNumber')} value={value.vatNumber ?? ''} onChange={(e) => onChange({ ...value, vatNumber: e.currentTarget.value.trim() === '' ? null : e.currentTarget.value })} />
      <NativeSelect
        label={t('invoice.endpointScheme')}
        value={value.endpointScheme}
        onChange={(e) => onChange({ ...value, endpointScheme: e.currentTarget.value === '9939' ? '9939' : '0218' })}
        data={[
          { value: '0218', label: t('invoice.scheme0218') },
          { value: '9939', label: t('invoice.scheme9939') },
        ]}
      />
      {text('street')}
      {text('city')}
      {text('postalCode')}
    </>
  );
}

/** The e-invoice's seller (the centre) and a paying municipality as buyer: kept by the administrator. */
export function InvoiceDetailsPanel() {
  return useMayCall('exports.setSeller') ? <InvoiceDetailsForms /> : null;
}

function InvoiceDetailsForms() {
  const { t } = useTranslation('reports');
  const parties = useCall('exports.invoiceParties', {});
  const saveSeller = useCallMutation('exports.setSeller');
  const saveBuyer = useCallMutation('exports.setBuyer');
  const [seller, setSeller] = useState<SellerDetails | null>(null);
  const [buyer, setBuyer] = useState<BuyerDetails>({ ...emptyParty, payer: '', institutionCode: '' });
  const shownSeller = seller ?? parties.data?.seller ?? { ...emptyParty, iban: '', paymentDays: 30 };
  const submitSeller = (e: FormEvent) => {
    e.preventDefault();
    saveSeller.mutate(shownSeller, { onSuccess: () => void parties.refetch() });
  };
  const submitBuyer = (e: FormEvent) => {
    e.preventDefault();
    saveBuyer.mutate(buyer, { onSuccess: () => void parties.refetch() });
  };
  const pickBuyer = (payer: string) => setBuyer(parties.data?.buyers.find((b) => b.payer === payer) ?? { ...buyer, payer });
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="invoice-details-title">
      <Title order={2} size="h4" id="invoice-details-title" mb="sm">
        {t('invoice.title')}
      </Title>
      <SimpleGrid cols={2}>
        <form onSubmit={submitSeller} aria-label={t('invoice.seller')}>
          <Stack gap="xs">
            <Title order={3} size="h5">
              {t('invoice.seller')}
            </Title>
            <PartyFields value={shownSeller} onChange={(next) => setSeller({ ...shownSeller, ...next })} />
            <TextInput label={t('invoice.iban')} value={shownSeller.iban} onChange={(e) => setSeller({ ...shownSeller, iban: e.currentTarget.value })} required />
            <NumberInput label={t('invoice.paymentDays')} value={shownSeller.paymentDays} min={0} max={120} onChange={(v) => setSeller({ ...shownSeller, paymentDays: typeof v === 'number' ? v : 0 })} />
            <Group>
              <Button type="submit" loading={saveSeller.isPending}>
                {t('invoice.save')}
              </Button>
            </Group>
            {saveSeller.isSuccess && <Alert color="teal" variant="light" role="status">{t('invoice.saved')}</Alert>}
            <ErrorAlert error={saveSeller.error} />
          </Stack>
        </form>
        <form onSubmit={submitBuyer} aria-label={t('invoice.buyer')}>
          <Stack gap="xs">
            <Title order={3} size="h5">
              {t('invoice.buyer')}
            </Title>
            <TextInput label={t('invoice.payer')} value={buyer.payer} onChange={(e) => pickBuyer(e.currentTarget.value)} required />
            <TextInput label={t('invoice.institutionCode')} value={buyer.institutionCode} onChange={(e) => setBuyer({ ...buyer, institutionCode: e.currentTarget.value })} required />
            <PartyFields value={buyer} onChange={(next) => setBuyer({ ...buyer, ...next })} />
            <Group>
              <Button type="submit" loading={saveBuyer.isPending}>
                {t('invoice.save')}
              </Button>
            </Group>
            {saveBuyer.isSuccess && <Alert color="teal" variant="light" role="status">{t('invoice.saved')}</Alert>}
            <ErrorAlert error={saveBuyer.error} />
          </Stack>
        </form>
      </SimpleGrid>
    </Paper>
  );
}
