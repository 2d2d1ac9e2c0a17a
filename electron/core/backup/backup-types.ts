import type { backupFolderProblems } from '#shared/contract/backups';

export type BackupFolderProblem = (typeof backupFolderProblems)[number];

/** Who a backup write is recorded against: a staff member's call, or the scheduler (nobody). */
export interface BackupActor {
  staffId: number | null;
  method: string;
}
