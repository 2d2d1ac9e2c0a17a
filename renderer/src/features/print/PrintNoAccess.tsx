import { Anchor, Container, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * A print address the user's role may not open (a carer on the monthly sheet, a bookmark of a former
 * manager): the app's "no access" words in the UI language, and the way home, instead of a toolbar
 * over an error. The core refuses the read anyway; this only says so at once.
 */
export function PrintNoAccess() {
  const { t } = useTranslation();
  return (
    <Container size="sm" py="xl">
      <Stack>
        <Title order={1} size="h2">
          {t('noAccess.title')}
        </Title>
        <Text role="alert">{t('noAccess.text')}</Text>
        <Anchor href="#/">{t('notFound.back')}</Anchor>
      </Stack>
    </Container>
  );
}
