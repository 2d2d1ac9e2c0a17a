import { Button, Code, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * Shows a new recovery code, the one time it leaves the core (after set-up and after each recovery):
 * the database keeps only its hash, so once this is gone nobody can show it again.
 */
export function RecoveryCodeNotice({ code, intro, onDone }: { code: string; intro: string; onDone: () => void }) {
  const { t } = useTranslation('auth');
  return (
    <Stack>
      <Title order={1} size="h2">
        {t('recoveryTitle')}
      </Title>
      <Text>{intro}</Text>
      <Stack gap={4}>
        <Text fw={500} id="recovery-code-label">
          {t('recoveryCode')}
        </Text>
        <Code block aria-labelledby="recovery-code-label" fz="xl" ta="center" style={{ letterSpacing: '0.1em' }}>
          {code}
        </Code>
      </Stack>
      <Button onClick={onDone}>{t('recoveryWrittenDown')}</Button>
    </Stack>
  );
}
