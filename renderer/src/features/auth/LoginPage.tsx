import { useTranslation } from 'react-i18next';
import { PublicLayout } from '../shell/PublicLayout';
import { SignInPanel } from './SignInPanel';

export function LoginPage({ notice }: { notice?: string }) {
  const { t } = useTranslation('auth');
  return (
    <PublicLayout>
      <SignInPanel title={t('title')} notice={notice} allowRecovery />
    </PublicLayout>
  );
}
