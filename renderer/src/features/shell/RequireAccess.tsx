import type { ReactNode } from 'react';
import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MethodName } from '#shared/contract/index';
import type { Role } from '#shared/contract/define';
import { canCall } from '#shared/contract/access';

/**
 * A page the role may not use says so instead of rendering (the menu already hides it; this covers a
 * typed or bookmarked address). The server refuses the calls anyway: this is courtesy, not the guard.
 */
export function RequireAccess({ role, method, children }: { role: Role; method: MethodName; children: ReactNode }) {
  const { t } = useTranslation();
  if (canCall(role, method)) return children;
  return (
    <Stack>
      <Title order={1} size="h2">
        {t('noAccess.title')}
      </Title>
      <Text>{t('noAccess.text')}</Text>
    </Stack>
  );
}
