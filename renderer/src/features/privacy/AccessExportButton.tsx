import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Role } from '#shared/contract/define';
import { canCall } from '#shared/contract/access';

/** On the client card: the access request, opened in the client's own language, for those who may make it. */
export function AccessExportButton({ clientId, language, role }: { clientId: number; language: string; role: Role }) {
  const { t } = useTranslation('privacy');
  if (!canCall(role, 'clients.accessExport')) return null;
  return (
    <Button component="a" href={`#/print/access/${clientId}?lang=${language}`} variant="default">
      {t('access.button')}
    </Button>
  );
}
