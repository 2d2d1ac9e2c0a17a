import { useEffect, useState } from 'react';
import { Center, Loader, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Route, Router, Switch } from 'wouter';
import { useCall } from './api/use-call';
import { ErrorAlert } from './components/ErrorAlert';
import { SetupPage } from './features/setup/SetupPage';
import { LoginPage } from './features/auth/LoginPage';
import { useMe } from './features/auth/use-session';
import { AppLayout } from './features/shell/AppLayout';
import { HomePage } from './features/shell/HomePage';
import { NotFoundPage } from './features/shell/NotFoundPage';
import { ClientListPage } from './features/clients/ClientListPage';
import { NewClientPage } from './features/clients/NewClientPage';
import { EditClientPage } from './features/clients/EditClientPage';
import { ClientCardPage } from './features/clients/ClientCardPage';
import { applyLanguage, storedLanguage } from './i18n/i18n';
import { ApiError } from './api/client';
import { useHashPath } from './features/print/use-hash-query';
import { AttendanceSheetPage } from './features/sheets/AttendanceSheetPage';
import { DayListPage } from './features/sheets/DayListPage';
import { SheetsPage } from './features/sheets/SheetsPage';
import { CalendarPage } from './features/calendar/CalendarPage';

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
    if (centreLanguage && !storedLanguage()) applyLanguage(centreLanguage, { remember: false });
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
    <Router hook={useHashPath}>
      <Switch>
        {/* Print previews fill the window without the app's frame, so what is seen is what is printed. */}
        <Route path="/print/attendance/:month">{(params) => <AttendanceSheetPage month={params.month} />}</Route>
        <Route path="/print/day/:date">{(params) => <DayListPage date={params.date} />}</Route>
        <Route>
          <AppLayout staff={staff} centre={centre}>
            <Switch>
              <Route path="/">
                <HomePage staff={staff} centre={centre} />
              </Route>
              <Route path="/clients">
                <ClientListPage />
              </Route>
              <Route path="/clients/new">
                <NewClientPage centre={centre} />
              </Route>
              <Route path="/clients/:id/edit">{(params) => <EditClientPage key={params.id} id={Number(params.id)} />}</Route>
              <Route path="/clients/:id">
                {(params) => <ClientCardPage key={params.id} id={Number(params.id)} staff={staff} centre={centre} />}
              </Route>
              <Route path="/sheets">
                <SheetsPage staff={staff} />
              </Route>
              <Route path="/calendar">
                <CalendarPage />
              </Route>
              <Route>
                <NotFoundPage />
              </Route>
            </Switch>
          </AppLayout>
        </Route>
      </Switch>
    </Router>
  );
}
