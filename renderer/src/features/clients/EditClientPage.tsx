import { Loader, Paper, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { clientUpdateSchema } from '#shared/contract/clients';
import { api } from '../../api/client';
import { useCall } from '../../api/use-call';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ClientForm } from './ClientForm';
import { clientValues, type ClientFormValues } from './client-form-values';
import { fullName, invalidateClients } from './use-clients';

/** Editing the card, incl. a change of status (with its date and reason) or of the personal code. */
export function EditClientPage({ id }: { id: number }) {
  const { t } = useTranslation('clients');
  const queryClient = useQueryClient();
  const [, navigate] = useLocation();
  const card = useCall('clients.get', { id });
  if (card.isPending) return <Loader aria-label={t('common:status.loading')} />;
  if (card.isError) return <ErrorAlert error={card.error} />;
  const toInput = (values: ClientFormValues) => ({ id, ...values });
  return (
    <Paper withBorder p="lg" maw={960}>
      <Title order={1} size="h2" mb="md">
        {t('edit.title', { name: fullName(card.data.client) })}
      </Title>
      <ClientForm
        initial={clientValues(card.data.client)}
        schema={clientUpdateSchema}
        toInput={toInput}
        withStatus
        submitLabel={t('actions.save')}
        draft={{ form: 'client-edit', recordId: id }}
        clientId={id}
        save={async (values) => {
          await api.call('clients.update', toInput(values));
          await invalidateClients(queryClient);
          navigate(`/clients/${id}`);
        }}
      />
    </Paper>
  );
}
