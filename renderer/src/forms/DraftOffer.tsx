import { Alert, Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../i18n/use-language';
import { draftTimeLabel } from './form-drafts';
import type { FormDraft } from './use-form-draft';

/** The offer of a draft left by a crash, a reload or a closed form: Restore or Discard, above the fields. */
export function DraftOffer({ draft }: { draft: FormDraft }) {
  const { t } = useTranslation('common');
  const language = useLanguage();
  if (!draft.offer) return null;
  return (
    <Alert color="blue" variant="light" title={t('draft.title')} role="region" aria-label={t('draft.title')}>
      <Group justify="space-between" gap="xs">
        <Text size="sm">{t('draft.offer', { time: draftTimeLabel(draft.offer.savedAt, draft.offer.foundAt, language) })}</Text>
        <Group gap="xs">
          <Button size="xs" onClick={draft.restore}>
            {t('draft.restore')}
          </Button>
          <Button size="xs" variant="default" onClick={draft.discard}>
            {t('draft.discard')}
          </Button>
        </Group>
      </Group>
    </Alert>
  );
}
