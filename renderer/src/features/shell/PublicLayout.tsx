import type { ReactNode } from 'react';
import { Box, Container, Group, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LanguageSwitcher } from './LanguageSwitcher';
import { useChangeLanguage } from '../auth/use-session';
import { useDocumentTitle } from './use-document-title';

/** Frame of the pages seen before login: the name, the language switcher, the page. */
export function PublicLayout({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const changeLanguage = useChangeLanguage(false);
  useDocumentTitle(null);
  return (
    <Container size="md" py="md">
      <Group justify="space-between" mb="md" component="header">
        <div>
          <Title order={2} size="h3">
            {t('appName')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('tagline')}
          </Text>
        </div>
        <LanguageSwitcher onChange={(language) => void changeLanguage(language)} />
      </Group>
      {/* The page's landmark, as on the logged-in pages (screen readers jump to it). */}
      <Box component="main">{children}</Box>
    </Container>
  );
}
