import { useEffect, useState } from 'react';
import { Center, Loader, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Route, Router, Switch } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { useCall } from './api/use-call';
import { ErrorAlert } from './components/ErrorAlert';
import { SetupPage } from './features/setup/SetupPage';
import { LoginPage } from './features/auth/LoginPage';
import { useMe } from './features/auth/use-session';
import { AppLayout } from './features/shell/AppLayout';
import { HomePage } from './features/shell/HomePage';
import { DayBoardPage } from './features/board/DayBoardPage';
import { SessionsPage } from './features/sessions/SessionsPage';
import { SessionDetailPage } from './features/sessions/SessionDetailPage';
import { ClientSessionsPage } from './features/sessions/ClientSessionsPage';
import { NotFoundPage } from './features/shell/NotFoundPage';
import { applyLanguage, storedLanguage } from './i18n/i18n';
import { ApiError } from './api/client';

function Loading() {
  const { t } = useTranslation();
  return (
    <Center h="100vh">
      <Loader aria-label={t('status.loading')} />
    </Center>
  );
}

/** Decides what the user sees: setup on an empty centre, login without a session, else the app. */
export function App() {
  const { t } = useTranslation('setup');
  const status = useCall('setup.status', {});
  const initialised = status.data?.initialised === true;
  const me = useMe();
  const [notice, setNotice] = useState<string | undefined>();

  // A browser that never chose a language starts in the centre's default one.
  const centreLanguage = status.data?.language;
  useEffect(() => {
    if (centreLanguage && !storedLanguage()) applyLanguage(centreLanguage);
  }, [centreLanguage]);
  const staffLanguage = me.data?.staff.language;
  useEffect(() => {
    if (staffLanguage) applyLanguage(staffLanguage);
  }, [staffLanguage]);

  if (status.isPending) return <Loading />;
  if (status.isError) return <Stack p="xl"><ErrorAlert error={status.error} /></Stack>;
  if (!initialised) return <SetupPage onDone={() => setNotice(t('done'))} />;
  if (me.isPending) return <Loading />;
  if (me.isError) {
    if (me.error instanceof ApiError && me.error.error.kind === 'unauthenticated') return <LoginPage notice={notice} />;
    return <Stack p="xl"><ErrorAlert error={me.error} /></Stack>;
  }
  const { staff, centre } = me.data;
  return (
    <Router hook={useHashLocation}>
      <AppLayout staff={staff} centre={centre}>
        <Switch>
          <Route path="/">{staff.role === 'carer' ? <SessionsPage /> : <DayBoardPage />}</Route>
          <Route path="/home">
            <HomePage staff={staff} centre={centre} />
          </Route>
          <Route path="/sessions">
            <SessionsPage />
          </Route>
          <Route path="/sessions/:id">{(params) => <SessionDetailPage id={Number(params.id)} />}</Route>
          <Route path="/clients/:id/sessions">{(params) => <ClientSessionsPage clientId={Number(params.id)} />}</Route>
          <Route>
            <NotFoundPage />
          </Route>
        </Switch>
      </AppLayout>
    </Router>
  );
}
