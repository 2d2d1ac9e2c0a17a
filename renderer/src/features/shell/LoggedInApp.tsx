import { useCallback, useEffect } from 'react';
import { Box } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { Route, Router, Switch } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import type { MethodOutput } from '#shared/contract/index';
import { api } from '../../api/client';
import { LockScreen } from '../auth/LockScreen';
import { lockState, useLocked } from '../auth/lock-state';
import { lockNow } from '../auth/use-session';
import { AuditPage } from '../audit/AuditPage';
import { SettingsPage } from '../settings/SettingsPage';
import { StaffPage } from '../staff/StaffPage';
import { CreateStaffPage } from '../staff/CreateStaffPage';
import { AppLayout } from './AppLayout';
import { HomePage } from './HomePage';
import { NotFoundPage } from './NotFoundPage';
import { RequireAccess } from './RequireAccess';
import { useIdleLock } from './use-idle-lock';

/**
 * The app once someone is logged in, with the shared PC's lock. While locked, the app stays mounted
 * but hidden (`display: none` keeps React state and the DOM's typed values) under the lock screen; the
 * server session is locked too (auth.lock), so nothing can be called until its owner unlocks it.
 */
export function LoggedInApp({ me }: { me: MethodOutput<'auth.me'> }) {
  const { staff, centre, settings } = me;
  const locked = useLocked();
  const queryClient = useQueryClient();
  const lock = useCallback(() => void lockNow(), []);
  useIdleLock(settings.idleLockMinutes, !locked, lock);

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
        <Router hook={useHashLocation}>
          <AppLayout staff={staff} centre={centre}>
            <Switch>
              <Route path="/">
                <HomePage staff={staff} centre={centre} />
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
