import { lazy, Suspense, useEffect, useState } from 'react';
import { Center, Loader, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Route, Router, Switch } from 'wouter';
import { useCall } from './api/use-call';
import { ErrorAlert } from './components/ErrorAlert';
import { SetupPage } from './features/setup/SetupPage';
import { LoginPage } from './features/auth/LoginPage';
import { useMe } from './features/auth/use-session';
import { useLocked } from './features/auth/lock-state';
import { applyLanguage, storedLanguage } from './i18n/i18n';
import { ApiError } from './api/client';
import type { MethodOutput } from '#shared/contract/index';
import { useHashPath } from './features/print/use-hash-query';
import { TodayProvider } from './features/clock/TodayProvider';
import { RecoveryPage } from './features/recovery/RecoveryPage';
import { isRecoveryActive } from './features/recovery/use-recovery';

/**
 * Everything behind the login loads on demand: the login page must be usable within moments of the
 * host starting (issue 13), and parsing the whole app first would take most of that time.
 */
const LoggedInApp = lazy(() => import('./features/shell/LoggedInApp').then((m) => ({ default: m.LoggedInApp })));
const AttendanceSheetPage = lazy(() => import('./features/sheets/AttendanceSheetPage').then((m) => ({ default: m.AttendanceSheetPage })));
const EquipmentDuePrintPage = lazy(() => import('./features/equipment-maintenance/EquipmentDuePrintPage').then((m) => ({ default: m.EquipmentDuePrintPage })));
const DayListPage = lazy(() => import('./features/sheets/DayListPage').then((m) => ({ default: m.DayListPage })));
const SessionParticipantsPage = lazy(() => import('./features/sheets/SessionParticipantsPage').then((m) => ({ default: m.SessionParticipantsPage })));
const ObservationReportPage = lazy(() => import('./features/dementia/ObservationReportPage').then((m) => ({ default: m.ObservationReportPage })));
const StatementPrintPage = lazy(() => import('./features/billing/StatementPrintPage').then((m) => ({ default: m.StatementPrintPage })));
const YearlyStatisticsPrintPage = lazy(() => import('./features/yearly-statistics/YearlyStatisticsPrintPage').then((m) => ({ default: m.YearlyStatisticsPrintPage })));
const AccessExportPage = lazy(() => import('./features/privacy/AccessExportPage').then((m) => ({ default: m.AccessExportPage })));
const LabelsPrintPage = lazy(() => import('./features/equipment/LabelsPrintPage').then((m) => ({ default: m.LabelsPrintPage })));
const DurabilityPrintPage = lazy(() => import('./features/equipment/DurabilityPrintPage').then((m) => ({ default: m.DurabilityPrintPage })));
const IncidentReportPage = lazy(() => import('./features/incidents/IncidentReportPage').then((m) => ({ default: m.IncidentReportPage })));
const RespiteStatementPage = lazy(() => import('./features/respite/RespiteStatementPage').then((m) => ({ default: m.RespiteStatementPage })));
const LoanActPage = lazy(() => import('./features/loans/LoanActPage').then((m) => ({ default: m.LoanActPage })));

function Loading() {
  const { t } = useTranslation();
  return (
    <Center h="100vh">
      <Loader aria-label={t('status.loading')} />
    </Center>
  );
}

/** Print previews fill the window without the app's frame, so what is seen is what is printed. */
function WithPrintRoutes({ me }: { me: MethodOutput<'auth.me'> }) {
  return (
    <TodayProvider fallback={<Loading />}>
    <Suspense fallback={<Loading />}>
    <Router hook={useHashPath}>
      <Switch>
        <Route path="/print/attendance/:month">{(params) => <AttendanceSheetPage month={params.month} />}</Route>
        <Route path="/print/equipment-due">{() => <EquipmentDuePrintPage />}</Route>
        <Route path="/print/day/:date">{(params) => <DayListPage date={params.date} />}</Route>
        <Route path="/print/session/:id">{(params) => <SessionParticipantsPage id={params.id} />}</Route>
        <Route path="/print/observations/:id">{(params) => <ObservationReportPage id={params.id} />}</Route>
        <Route path="/print/statement/:month">{(params) => <StatementPrintPage month={params.month} />}</Route>
        <Route path="/print/yearly-statistics/:year">{(params) => <YearlyStatisticsPrintPage year={params.year} />}</Route>
        <Route path="/print/access/:id">{(params) => <AccessExportPage id={params.id} />}</Route>
        <Route path="/print/equipment-labels">{() => <LabelsPrintPage />}</Route>
        <Route path="/print/equipment-durability/:code">{(params) => <DurabilityPrintPage projectCode={params.code} />}</Route>
        <Route path="/print/incident/:id">{(params) => <IncidentReportPage id={params.id} />}</Route>
        <Route path="/print/respite/:month/:carer">{(params) => <RespiteStatementPage month={params.month} carer={params.carer} />}</Route>
        <Route path="/print/loan-act/:id">{(params) => <LoanActPage id={params.id} />}</Route>
        <Route>
          <LoggedInApp me={me} />
        </Route>
      </Switch>
    </Router>
    </Suspense>
    </TodayProvider>
  );
}

/** Decides what the user sees: setup on an empty centre, login without a session, else the app. */
export function App() {
  const { t } = useTranslation('setup');
  // A host that could not open its database answers `recovery.active` at once: no point retrying that.
  const status = useCall('setup.status', {}, { retry: (count, error) => !isRecoveryActive(error) && count < 3 });
  const initialised = status.data?.initialised === true;
  const me = useMe();
  const locked = useLocked();
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
  if (status.isError && isRecoveryActive(status.error)) return <RecoveryPage />;
  if (status.isError) return <Stack p="xl"><ErrorAlert error={status.error} /></Stack>;
  if (!initialised) return <SetupPage onDone={() => setNotice(t('done'))} />;
  if (me.isPending) return <Loading />;
  // A refetch that fails while the screen is locked must not unmount the app and its half-filled forms.
  if (me.data && locked) return <WithPrintRoutes me={me.data} />;
  if (me.isError) {
    // Also a session locked before a reload: its owner resumes it from here like from the lock screen.
    if (me.error instanceof ApiError && me.error.error.kind === 'unauthenticated') return <LoginPage notice={notice} />;
    return <Stack p="xl"><ErrorAlert error={me.error} /></Stack>;
  }
  return <WithPrintRoutes me={me.data} />;
}
