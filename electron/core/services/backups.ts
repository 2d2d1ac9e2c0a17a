import type { Handlers } from '../dispatcher';
import type { HandlerCall } from '../call-context';
import type { ServiceDeps } from './service-deps';

type BackupHandlers = Pick<
  Handlers,
  'backups.status' | 'backups.list' | 'backups.create' | 'backups.restore' | 'backups.settings' | 'backups.updateSettings'
>;

const actorOf = (call: HandlerCall) => ({ staffId: call.actor().id, method: call.method });

/** Backups on demand, the list, the folder and rotation settings, and restore (administrators only, by the contract). */
export function backupHandlers({ backups, restoreBackup }: ServiceDeps): BackupHandlers {
  return {
    'backups.status': () => backups.status(),
    'backups.list': ({ limit }) => backups.list(limit ?? 100),
    'backups.create': async (_input, call) => ({ backup: await backups.create(actorOf(call)) }),
    'backups.restore': ({ file }, call) => {
      const result = restoreBackup(file, actorOf(call));
      // The restored database has no sessions; the caller's own handle forgets its token too.
      call.session.end();
      return result;
    },
    'backups.settings': () => ({ settings: backups.settings() }),
    'backups.updateSettings': (settings, call) => ({ settings: backups.updateSettings(settings, actorOf(call)) }),
  };
}
