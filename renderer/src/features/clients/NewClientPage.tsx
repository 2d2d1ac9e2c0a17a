import { Paper, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { clientCreateSchema } from '#shared/contract/clients';
import type { Centre } from '#shared/contract/auth';
import { api } from '../../api/client';
import { useLanguage } from '../../i18n/use-language';
import { ClientForm } from './ClientForm';
import { createInput, emptyClientValues } from './client-form-values';
import { invalidateClients } from './use-clients';

/** Registering a newcomer at the desk; the card opens once saved. */
export function NewClientPage({ centre }: { centre: Centre }) {
  const { t } = useTranslation('clients');
  const language = useLanguage();
  const queryClient = useQueryClient();
  const [, navigate] = useLocation();
  const clientLanguage = language === 'lt' || language === 'ru' ? language : 'lv';
  return (
    <Paper withBorder p="lg" maw={960}>
      <Title order={1} size="h2" mb="md">
        {t('new.title')}
      </Title>
      <ClientForm
        initial={emptyClientValues(centre.country, clientLanguage)}
        schema={clientCreateSchema}
        toInput={createInput}
        withStatus={false}
        submitLabel={t('actions.register')}
        draft={{ form: 'client-new' }}
        save={async (values) => {
          const { client } = await api.call('clients.create', createInput(values));
          await invalidateClients(queryClient);
          navigate(`/clients/${client.id}`);
        }}
      />
    </Paper>
  );
}
