import { Alert, Anchor, Container, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** A print URL that cannot be shown (bad month, service or date): a translated page, never a blank one. */
export function PrintProblem({ messages }: { messages: string[] }) {
  const { t } = useTranslation('sheets');
  return (
    <Container size="sm" py="xl">
      <Stack>
        <Title order={1} size="h2">
          {t('problem.title')}
        </Title>
        {messages.map((message) => (
          <Alert key={message} color="red" role="alert" variant="light">
            {message}
          </Alert>
        ))}
        <Anchor href="#/sheets">{t('problem.back')}</Anchor>
      </Stack>
    </Container>
  );
}
