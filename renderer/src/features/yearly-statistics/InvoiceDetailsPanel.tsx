import { useState, type FormEvent } from 'react';
import { Alert, Button, Group, NativeSelect, NumberInput, Paper, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { BuyerDetails, SellerDetails } from '#shared/contract/municipal-reports';
import { isVatScheme, partyCountries, partySchemes, type PartyCountry } from '#shared/domain/einvoice-parties';
import { useCall, useCallMutation } from '../../api/use-call';
import { ErrorAlert } from '../../components/ErrorAlert';
import { serverFieldErrors, type FormErrors } from '../../forms/zod-validate';
import { useMayCall } from '../print/use-may-call';

type Party = Omit<SellerDetails, 'iban' | 'paymentDays'>;
/** A new party is in the centre's country, addressed by its registration number (LV 0218, LT 0200). */
const emptyParty = (country: PartyCountry): Party => ({ legalName: '', registrationNumber: '', vatNumber: null, endpointScheme: partySchemes[country].registration, street: '', city: '', postalCode: '', country });

function PartyFields({ value, onChange, errors }: { value: Party; onChange: (next: Party) => void; errors: FormErrors }) {
  const { t } = useTranslation('reports');
  const text = (key: 'legalName' | 'registrationNumber' | 'street' | 'city' | 'postalCode') => (
    <TextInput label={t(`invoice.${key}`)} value={value[key]} onChange={(e) => onChange({ ...value, [key]: e.currentTarget.value })} error={errors[key]} required />
  );
  const schemes = partySchemes[value.country];
  // Another country keeps the kind of address (registration number or VAT number) in that country's scheme.
  const pickCountry = (country: PartyCountry) => onChange({ ...value, country, endpointScheme: isVatScheme(value.endpointScheme) ? partySchemes[country].vat : partySchemes[country].registration });
  return (
    <>
      {text('legalName')}
      <NativeSelect
        label={t('invoice.country')}
        value={value.country}
        onChange={(e) => pickCountry(e.currentTarget.value === 'LT' ? 'LT' : 'LV')}
        data={partyCountries.map((c) => ({ value: c, label: t(`common:country.${c}`) }))}
        error={errors.country}
      />
      {text('registrationNumber')}
      <TextInput label={t('invoice.vatNumber')} value={value.vatNumber ?? ''} onChange={(e) => onChange({ ...value, vatNumber: e.currentTarget.value.trim() === '' ? null : e.currentTarget.value })} error={errors.vatNumber} />
      <NativeSelect
        label={t('invoice.endpointScheme')}
        value={value.endpointScheme}
        onChange={(e) => onChange({ ...value, endpointScheme: e.currentTarget.value === schemes.vat ? schemes.vat : schemes.registration })}
        data={[schemes.registration, schemes.vat].map((scheme) => ({ value: scheme, label: t(`invoice.scheme${scheme}`) }))}
        error={errors.endpointScheme}
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
  const centreCountry = useCall('auth.me', {}, { staleTime: Infinity }).data?.centre.country ?? 'LV';
  const saveSeller = useCallMutation('exports.setSeller');
  const saveBuyer = useCallMutation('exports.setBuyer');
  const [seller, setSeller] = useState<SellerDetails | null>(null);
  const [buyerEdit, setBuyer] = useState<BuyerDetails | null>(null);
  const buyer = buyerEdit ?? { ...emptyParty(centreCountry), payer: '', institutionCode: '' };
  const shownSeller = seller ?? parties.data?.seller ?? { ...emptyParty(centreCountry), iban: '', paymentDays: 30 };
  const sellerErrors = serverFieldErrors(saveSeller.error?.error.issues);
  const buyerErrors = serverFieldErrors(saveBuyer.error?.error.issues);
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
            <PartyFields value={shownSeller} onChange={(next) => setSeller({ ...shownSeller, ...next })} errors={sellerErrors} />
            <TextInput label={t('invoice.iban')} value={shownSeller.iban} onChange={(e) => setSeller({ ...shownSeller, iban: e.currentTarget.value })} error={sellerErrors.iban} required />
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
            <PartyFields value={buyer} onChange={(next) => setBuyer({ ...buyer, ...next })} errors={buyerErrors} />
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
