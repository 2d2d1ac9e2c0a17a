import { useCallback, useEffect } from 'react';
import { Box } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { Route, Router, Switch } from 'wouter';
import { useHashPath } from '../print/use-hash-query';
import type { MethodOutput } from '#shared/contract/index';
import { api } from '../../api/client';
import { LockScreen } from '../auth/LockScreen';
import { lockState, useLocked } from '../auth/lock-state';
import { lockNow } from '../auth/use-session';
import { AuditPage } from '../audit/AuditPage';
import { SettingsPage } from '../settings/SettingsPage';
import { EquipmentDuePage } from '../equipment-maintenance/EquipmentDuePage';
import { BackupsPage } from '../backups/BackupsPage';
import { RetentionPage } from '../privacy/RetentionPage';
import { MunicipalExportPage } from '../billing/MunicipalExportPage';
import { YearlyStatisticsPage } from '../yearly-statistics/YearlyStatisticsPage';
import { PricesPage } from '../billing/PricesPage';
import { StaffPage } from '../staff/StaffPage';
import { CreateStaffPage } from '../staff/CreateStaffPage';
import { AppLayout } from './AppLayout';
import { HomePage } from './HomePage';
import { NotFoundPage } from './NotFoundPage';
import { RequireAccess } from './RequireAccess';
import { useIdleLock } from './use-idle-lock';
import { useServerLock } from './use-server-lock';
import { ClientListPage } from '../clients/ClientListPage';
import { NewClientPage } from '../clients/NewClientPage';
import { EditClientPage } from '../clients/EditClientPage';
import { ClientCardPage } from '../clients/ClientCardPage';
import { SheetsPage } from '../sheets/SheetsPage';
import { CalendarPage } from '../calendar/CalendarPage';
import { DayBoardPage } from '../board/DayBoardPage';
import { SessionsPage } from '../sessions/SessionsPage';
import { SessionDetailPage } from '../sessions/SessionDetailPage';
import { ClientSessionsPage } from '../sessions/ClientSessionsPage';
import { EquipmentRoutes } from '../equipment/EquipmentRoutes';
import { LoansPage } from '../loans/LoansPage';
import { BookingsPage } from '../bookings/BookingsPage';
import { canCall } from '#shared/contract/access';
import { DementiaGroupsPage } from '../dementia/DementiaGroupsPage';
import { DementiaGroupPage } from '../dementia/DementiaGroupPage';
import { ObservationGridPage } from '../dementia/ObservationGridPage';
import { ParticipantObservationsPage } from '../dementia/ParticipantObservationsPage';
import { IncidentsPage } from '../incidents/IncidentsPage';
import { IncidentDetailPage } from '../incidents/IncidentDetailPage';
import { RespitePage } from '../respite/RespitePage';

/**
 * The app once someone is logged in, with the shared PC's lock. While locked, the app stays mounted
 * but hidden (`display: none` keeps React state and the DOM's typed values) under the lock screen; the
 * server session is locked too (auth.lock), so nothing can be called until its owner unlocks it.
 */
/**
 * Where each role starts: reception on the day board (issue 5: its home page), carers on their sessions,
 * managers and administrators on the overview with the decisions about to expire.
 */
function LandingPage({ staff, centre }: Pick<MethodOutput<'auth.me'>, 'staff' | 'centre'>) {
  if (canCall(staff.role, 'audit.list')) return <HomePage staff={staff} centre={centre} />;
  if (canCall(staff.role, 'attendance.day')) return <DayBoardPage />;
  return <SessionsPage />;
}

export function LoggedInApp({ me }: { me: MethodOutput<'auth.me'> }) {
  const { staff, centre, settings } = me;
  const locked = useLocked();
  const queryClient = useQueryClient();
  const lock = useCallback(() => void lockNow(), []);
  useIdleLock(settings.idleLockMinutes, !locked, lock);
  useServerLock(settings.idleLockMinutes, !locked);

  // An administrator changing the idle time elsewhere applies here without a reload.
  useEffect(
    () =>
      api.on('settings.changed', () => {
        if (!lockState.isLocked()) void queryClient.invalidateQueries({ queryKey: ['auth.me'] });
      }),
    [queryClient],
  );

  return (
    <>
      <Box style={{ display: locked ? 'none' : undefined }} aria-hidden={locked} inert={locked}>
        <Router hook={useHashPath}>
          <AppLayout staff={staff} centre={centre}>
            <Switch>
              <Route path="/">
                <LandingPage staff={staff} centre={centre} />
              </Route>
              <Route path="/board">
                <DayBoardPage />
              </Route>
              <Route path="/home">
                <HomePage staff={staff} centre={centre} />
              </Route>
              <Route path="/sessions">
                <SessionsPage />
              </Route>
              <Route path="/sessions/:id">{(params) => <SessionDetailPage id={Number(params.id)} />}</Route>
              <Route path="/incidents"><RequireAccess role={staff.role} method="incidents.list"><IncidentsPage /></RequireAccess></Route>
              <Route path="/incidents/:id">{(params) => <RequireAccess role={staff.role} method="incidents.get"><IncidentDetailPage key={params.id} id={Number(params.id)} mayClose={canCall(staff.role, 'incidents.close')} /></RequireAccess>}</Route>
              <Route path="/respite"><RequireAccess role={staff.role} method="respite.month"><RespitePage /></RequireAccess></Route>
              <Route path="/dementia">
                <DementiaGroupsPage />
              </Route>
              <Route path="/dementia/sessions/:id/observations">
                {(params) => (
                  <RequireAccess role={staff.role} method="dementia.observations.get">
                    <ObservationGridPage key={params.id} sessionId={Number(params.id)} />
                  </RequireAccess>
                )}
              </Route>
              <Route path="/dementia/clients/:id">
                {(params) => (
                  <RequireAccess role={staff.role} method="dementia.observations.history">
                    <ParticipantObservationsPage key={params.id} clientId={Number(params.id)} />
                  </RequireAccess>
                )}
              </Route>
              <Route path="/dementia/:id">{(params) => <DementiaGroupPage key={params.id} id={Number(params.id)} />}</Route>
              <Route path="/clients/:id/sessions">{(params) => <ClientSessionsPage clientId={Number(params.id)} />}</Route>
              <Route path="/equipment/*?">
                <RequireAccess role={staff.role} method="equipment.items.list">
                  <EquipmentRoutes />
                </RequireAccess>
              </Route>
              <Route path="/clients">
                <ClientListPage />
              </Route>
              <Route path="/clients/new">
                <RequireAccess role={staff.role} method="clients.create">
                  <NewClientPage centre={centre} />
                </RequireAccess>
              </Route>
              <Route path="/clients/:id/edit">{(params) => <EditClientPage key={params.id} id={Number(params.id)} />}</Route>
              <Route path="/clients/:id">
                {(params) => <ClientCardPage key={params.id} id={Number(params.id)} staff={staff} centre={centre} />}
              </Route>
              <Route path="/sheets">
                <RequireAccess role={staff.role} method="sheets.dayList">
                  <SheetsPage staff={staff} />
                </RequireAccess>
              </Route>
              <Route path="/calendar">
                <RequireAccess role={staff.role} method="calendar.setDay">
                  <CalendarPage />
                </RequireAccess>
              </Route>
              <Route path="/staff/new">
                <RequireAccess role={staff.role} method="staff.create">
                  <CreateStaffPage />
                </RequireAccess>
              </Route>
              <Route path="/staff">
                <RequireAccess role={staff.role} method="staff.list">
                  <StaffPage me={staff} />
                </RequireAccess>
              </Route>
              <Route path="/settings">
                <RequireAccess role={staff.role} method="settings.get">
                  <SettingsPage />
                </RequireAccess>
              </Route>
              <Route path="/municipal-export">
                <RequireAccess role={staff.role} method="billing.reconcile">
                  <MunicipalExportPage />
                </RequireAccess>
              </Route>
              <Route path="/yearly-statistics">
                <RequireAccess role={staff.role} method="exports.yearlyStatistics">
                  <YearlyStatisticsPage />
                </RequireAccess>
              </Route>
              <Route path="/prices">
                <RequireAccess role={staff.role} method="prices.list">
                  <PricesPage />
                </RequireAccess>
              </Route>
              <Route path="/equipment-due">
                <RequireAccess role={staff.role} method="equipment.due"><EquipmentDuePage /></RequireAccess>
              </Route>
              <Route path="/retention">
                <RequireAccess role={staff.role} method="retention.clients">
                  <RetentionPage />
                </RequireAccess>
              </Route>
              <Route path="/backups">
                <RequireAccess role={staff.role} method="backups.list">
                  <BackupsPage staff={staff} />
                </RequireAccess>
              </Route>
              <Route path="/loans">
                <RequireAccess role={staff.role} method="loans.list">
                  <LoansPage role={staff.role} />
                </RequireAccess>
              </Route>
              <Route path="/bookings">
                <RequireAccess role={staff.role} method="bookings.week">
                  <BookingsPage role={staff.role} />
                </RequireAccess>
              </Route>
              <Route path="/audit">
                <RequireAccess role={staff.role} method="audit.list">
                  <AuditPage />
                </RequireAccess>
              </Route>
              <Route>
                <NotFoundPage />
              </Route>
            </Switch>
          </AppLayout>
        </Router>
      </Box>
      {locked && <LockScreen />}
    </>
  );
}
