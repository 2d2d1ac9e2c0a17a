import { Alert, Anchor, Container, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface PrintProblemProps {
  messages: string[];
  /** Where to go instead; the attendance sheets unless given (a carer may not see those). */
  back?: { href: string; label: string };
}

/** A print URL that cannot be shown (bad month, service, date or session): a translated page, never a blank one. */
export function PrintProblem({ messages, back }: PrintProblemProps) {
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
        <Anchor href={back?.href ?? '#/sheets'}>{back?.label ?? t('problem.back')}</Anchor>
      </Stack>
    </Container>
  );
}
