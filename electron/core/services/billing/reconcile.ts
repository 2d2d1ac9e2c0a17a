/**
 * What does not add up in a month before anything goes to a municipality: attendance without a covering
 * decision, more days than a decision plans, decisions ending this or next month, units without a price,
 * and a month whose attendance sheet is not closed yet. Each warning names where to fix it.
 */
import type { Executor } from '#db/client';
import { decisionsInPeriod } from '#db/queries/billing';
import { findMonthClosure } from '#db/queries/month-closures';
import { monthBounds } from '#shared/domain/month';
import { findClient } from '#db/queries/clients';
import type { ReconcileWarning } from '#shared/contract/billing';
import type { ServiceKind } from '#shared/domain/services';
import { calendarOfMonth } from '../../calendar/working-days';
import { buildStatement, buildStatements, payerOf, type Payer, type Statement } from './statement-lines';

function nextMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

const blank = { payer: null, clientId: null, client: null, decisionNumber: null, service: null, serviceUnit: null, date: null, count: null, planned: null };

/** `prebuilt`: the month's statements of every payer, when the caller has them already (one reading of the records). */
export function reconcileMonth(db: Executor, month: string, prebuilt?: Map<Payer, Statement>): ReconcileWarning[] {
  const { first, last } = monthBounds(month);
  const decisions = decisionsInPeriod(db, first, last);
  const names = new Map(decisions.map((d) => [d.decision.clientId, `${d.lastName} ${d.firstName}`]));
  const clientName = (id: number) => {
    const known = names.get(id);
    if (known) return known;
    const client = findClient(db, id);
    return client ? `${client.lastName} ${client.firstName}` : null;
  };
  const warnings: ReconcileWarning[] = [];

  const statements = [...(prebuilt ?? buildStatements(db, month)).values()];
  // Days without a decision: the same list in every statement (their payer is unknown); once per client.
  const uncovered = new Map<number, string[]>();
  for (const u of (statements[0] ?? buildStatement(db, { month, payer: '' })).uncovered) uncovered.set(u.clientId, [...(uncovered.get(u.clientId) ?? []), u.date]);
  for (const [clientId, dates] of uncovered) {
    dates.sort();
    warnings.push({ ...blank, key: `uncovered:${clientId}`, kind: 'uncovered', clientId, client: clientName(clientId), date: dates[0]!, count: dates.length, link: `/clients/${clientId}` });
  }

  const calendar = calendarOfMonth(db, month);
  for (const s of statements) {
    const daysByDecision = new Map<number, number>();
    for (const line of s.lines) if (line.measure === 'day' && !line.free) daysByDecision.set(line.decisionId, (daysByDecision.get(line.decisionId) ?? 0) + line.units);
    for (const d of decisions.filter((x) => payerOf(x) === s.payer)) {
      const days = daysByDecision.get(d.decision.id) ?? 0;
      if (days === 0) continue;
      const from = d.decision.validFrom > first ? d.decision.validFrom : first;
      const to = d.decision.validTo !== null && d.decision.validTo < last ? d.decision.validTo : last;
      const planned =
        d.decision.unitsPerMonth ??
        calendar.filter((c) => c.working && c.date >= from && c.date <= to && d.decision.plannedWeekdays.includes(c.weekday)).length;
      if (days > planned) {
        warnings.push({
          ...blank,
          key: `over-planned:${d.decision.id}`,
          kind: 'over-planned',
          payer: s.payer,
          clientId: d.decision.clientId,
          client: clientName(d.decision.clientId),
          decisionNumber: d.decision.decisionNumber,
          service: d.decision.service,
          count: days,
          planned,
          link: `/clients/${d.decision.clientId}`,
        });
      }
    }
    const unpriced = new Map<string, { clientId: number; unit: string; date: string; count: number }>();
    for (const u of s.unpriced) {
      const key = `${u.clientId}:${u.serviceUnit}`;
      const seen = unpriced.get(key);
      if (seen) seen.count += 1;
      else unpriced.set(key, { clientId: u.clientId, unit: u.serviceUnit, date: u.date, count: 1 });
    }
    for (const [key, u] of unpriced) {
      warnings.push({ ...blank, key: `unpriced:${s.payer}:${key}`, kind: 'unpriced', payer: s.payer, clientId: u.clientId, client: clientName(u.clientId), serviceUnit: u.unit, date: u.date, count: u.count, link: '/prices' });
    }
  }

  const endOfNext = monthBounds(nextMonth(month)).last;
  for (const d of decisions) {
    const end = d.decision.validTo;
    if (end === null || end < first || end > endOfNext) continue;
    // A decision followed by the next one for the same service is not running out.
    const followed = decisions.some((o) => o.decision.clientId === d.decision.clientId && o.decision.service === d.decision.service && o.decision.validFrom > end);
    if (followed) continue;
    warnings.push({
      ...blank,
      key: `expiring:${d.decision.id}`,
      kind: 'expiring',
      payer: payerOf(d),
      clientId: d.decision.clientId,
      client: clientName(d.decision.clientId),
      decisionNumber: d.decision.decisionNumber,
      service: d.decision.service,
      date: end,
      link: `/clients/${d.decision.clientId}`,
    });
  }

  const services = new Set<ServiceKind>(decisions.map((d) => d.decision.service).filter((s) => s === 'day-care' || s === 'dementia-day-centre'));
  for (const service of [...services].sort()) {
    if (!findMonthClosure(db, month, service)?.closed) warnings.push({ ...blank, key: `not-closed:${service}`, kind: 'not-closed', service, date: first, link: `/sheets?month=${month}&service=${service}` });
  }
  return warnings;
}
