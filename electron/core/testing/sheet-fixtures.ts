import type { Executor } from '#db/client';
import { attendance, clients, serviceDecisions } from '#db/schema/index';
import { absenceReasons, type AbsenceReason } from '#shared/domain/attendance';
import type { MealKind } from '#shared/domain/meals';
import type { ServiceKind } from '#shared/domain/services';
import { monthDates, isoWeekday } from '#shared/domain/month';
import { searchKey } from '#shared/domain/search-key';
import type { Role } from '#shared/contract/define';
import type { UiLanguage } from '#shared/contract/common';
import { insertStaff } from '#db/queries/staff';
import { hashSecret } from '../security/password';
import type { Core } from '../core';
import { callContext } from './test-core';

/**
 * Clients, decisions and attendance written straight into the tables. The client register and the
 * day board (which own these writes) live on other branches; the sheet only reads these rows.
 */

const stamp = '2026-01-01T00:00:00.000Z';

export interface ClientSpec {
  firstName: string;
  lastName: string;
  personalCode?: string | null;
  codeCountry?: 'LV' | 'LT' | null;
  language?: 'lv' | 'lt' | 'ru';
}

export function insertClient(db: Executor, spec: ClientSpec): number {
  return db
    .insert(clients)
    .values({
      firstName: spec.firstName,
      lastName: spec.lastName,
      searchKey: searchKey(spec.firstName, spec.lastName),
      personalCode: spec.personalCode ?? null,
      codeCountry: spec.codeCountry ?? (spec.personalCode ? 'LV' : null),
      language: spec.language ?? 'lv',
      createdAt: stamp,
      updatedAt: stamp,
    })
    .returning({ id: clients.id })
    .get().id;
}

export function insertDecision(db: Executor, clientId: number, service: ServiceKind, validFrom: string, validTo: string | null = null): number {
  return db
    .insert(serviceDecisions)
    .values({
      clientId,
      service,
      payingMunicipality: 'LV-aizkraukle',
      decisionNumber: `D-${clientId}-${validFrom}`,
      decisionDate: validFrom,
      validFrom,
      validTo,
      plannedWeekdays: [1, 2, 3, 4, 5],
      createdAt: stamp,
    })
    .returning({ id: serviceDecisions.id })
    .get().id;
}

export interface AttendanceSpec {
  status: 'present' | 'absent';
  reason?: AbsenceReason;
  meals?: MealKind[];
  arrivedAt?: string | null;
  leftAt?: string | null;
}

export function insertAttendance(db: Executor, clientId: number, date: string, spec: AttendanceSpec): void {
  const present = spec.status === 'present';
  db.insert(attendance)
    .values({
      clientId,
      date,
      status: spec.status,
      arrivedAt: spec.arrivedAt !== undefined ? spec.arrivedAt : present ? '08:30' : null,
      leftAt: spec.leftAt !== undefined ? spec.leftAt : present ? '15:30' : null,
      absenceReason: present ? null : (spec.reason ?? 'sick'),
      meals: spec.meals ?? (present ? ['lunch'] : []),
      updatedAt: stamp,
    })
    .run();
}

/** Deterministic pseudo-random numbers, so generated months are the same on every run. */
function generator(seed: number) {
  let state = seed >>> 0 || 1;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const firstNames = ['Anna', 'Jānis', 'Līga', 'Ōskars', 'Česlavs', 'Šarlote', 'Ģirts', 'Ieva', 'Žanis', 'Ērika'];
const lastNames = ['Bērziņš', 'Kalniņa', 'Ozols', 'Āboliņa', 'Čakste', 'Šmits', 'Zariņa', 'Liepa', 'Žagars', 'Ēķis'];

/**
 * `count` clients with a decision for `service` from the start of the month, and attendance on every
 * weekday: mostly present with lunch, sometimes absent for a reason. Returns the client ids.
 */
export function seedMonth(db: Executor, month: string, service: ServiceKind, count: number, seed = 7): number[] {
  const random = generator(seed);
  const ids: number[] = [];
  for (let i = 0; i < count; i++) {
    const id = insertClient(db, {
      firstName: firstNames[i % firstNames.length] as string,
      lastName: `${lastNames[Math.floor(i / firstNames.length) % lastNames.length] as string}${i >= 100 ? ` ${i}` : ''}`,
      personalCode: `0101${String(40 + (i % 50)).padStart(2, '0')}1${String(1000 + i).slice(-4)}`,
    });
    insertDecision(db, id, service, `${month}-01`);
    ids.push(id);
  }
  for (const date of monthDates(month).filter((d) => isoWeekday(d) <= 5)) {
    for (const id of ids) {
      const roll = random();
      if (roll < 0.8) insertAttendance(db, id, date, { status: 'present', meals: roll < 0.3 ? ['breakfast', 'lunch'] : ['lunch'] });
      else insertAttendance(db, id, date, { status: 'absent', reason: absenceReasons[Math.floor(random() * absenceReasons.length)] });
    }
  }
  return ids;
}

/** A staff member of `role`, inserted directly and logged in on a context of their own. */
export async function loginAs(core: Core, role: Role, fullName: string, language: UiLanguage = 'en') {
  const username = `${role}.${Math.floor(Math.random() * 1e9)}`;
  const password = 'testa-parole-2026';
  insertStaff(core.db, { username, fullName, role, language, passwordHash: await hashSecret(password), createdAt: stamp });
  const ctx = callContext(core, language);
  const login = await core.dispatch('auth.login', { username, password }, ctx);
  if (!login.ok) throw new Error(`login as ${role} failed: ${login.error.code}`);
  return ctx;
}
