import type { Scenario } from '../scenario';
import httpCall from './http-call';
import dispatchCall from './dispatch-call';
import writeDispatch from './set-language';
import writeAudit from './audit-write';
import { cardOpen, searchCodes, searchCrossScript, searchFolded, searchPrefixes } from './client-search';
import monthSheetPdf from './month-sheet-pdf';
import { equipmentDurability, equipmentLabels } from './equipment-labels';
import attendanceDay from './attendance-day';
import equipmentDue from './equipment-due';
import checkIn from './check-in';
import checkInTransaction, { checkInFloor } from './check-in-transaction';
import liveBoard from './live-board';
import hostStart from './host-start';
import crashSoak from './crash-soak';
import statementXlsx from './statement';
import { monthlyPack, yearlyStatistics } from './municipal-pack';
import monthlyPackPdf from './municipal-pack-pdf';
import { bookingsBook, bookingsWeek } from './bookings';
import { dementiaHistory, dementiaSave, dementiaSaveAudited } from './dementia-observations';
import dementiaChart from './dementia-chart';

/**
 * Every row of `npm run bench`, in the order printed. To add one, write a file in this folder that
 * default-exports `defineScenario({...})`, and list it here. Shared data (a seeded centre, generated
 * clients) belongs in `../fixtures/`, built once per run through `env.shared`.
 */
export const scenarios: Scenario[] = [
  httpCall,
  dispatchCall,
  writeDispatch,
  writeAudit,
  checkIn,
  checkInTransaction,
  checkInFloor,
  liveBoard,
  attendanceDay,
  equipmentDue,
  searchPrefixes,
  searchFolded,
  searchCrossScript,
  searchCodes,
  cardOpen,
  monthSheetPdf,
  equipmentLabels,
  equipmentDurability,
  statementXlsx,
  yearlyStatistics,
  monthlyPack,
  monthlyPackPdf,
  bookingsWeek,
  bookingsBook,
  dementiaSave,
  dementiaSaveAudited,
  dementiaHistory,
  dementiaChart,
  crashSoak,
  hostStart,
];
