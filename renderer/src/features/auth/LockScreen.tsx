import { Box } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PublicLayout } from '../shell/PublicLayout';
import { SignInPanel } from './SignInPanel';

/** Covers the whole window while locked; the app underneath stays mounted but hidden (see App.tsx). */
export function LockScreen() {
  const { t } = useTranslation('auth');
  return (
    <Box pos="fixed" inset={0} bg="var(--mantine-color-body)" style={{ zIndex: 1000, overflowY: 'auto' }}>
      <PublicLayout>
        <SignInPanel title={t('lockedTitle')} notice={t('lockedHint')} />
      </PublicLayout>
    </Box>
  );
}
