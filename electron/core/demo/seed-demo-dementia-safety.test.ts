import { afterEach, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../core';
import { seedDemo } from './seed-demo';
import { countRows } from '../testing/client-fixtures';

let core: Core | undefined;
afterEach(() => core?.close());

describe('demo centre: dementia-group safety', () => {
  it('has main carers, two months of hand-overs (a few approved overrides) and two incidents, one closed', async () => {
    core = createCore();
    await seedDemo(core);
    expect(countRows(core, 'client_relatives WHERE main_carer = 1 AND can_collect = 1')).toBeGreaterThanOrEqual(8);
    expect(countRows(core, 'hand_overs')).toBeGreaterThan(50);
    expect(countRows(core, 'hand_overs WHERE override_reason IS NOT NULL AND approved_by IS NOT NULL')).toBeGreaterThan(0);
    expect(countRows(core, "hand_overs h JOIN attendance a ON a.client_id = h.client_id AND a.date = h.date AND a.left_at = h.time")).toBe(countRows(core, 'hand_overs'));
    const months = core.db.$client.prepare('SELECT DISTINCT substr(date, 1, 7) FROM hand_overs').pluck().all();
    expect(months.length).toBeGreaterThanOrEqual(2);
    expect(countRows(core, 'incidents')).toBe(2);
    expect(countRows(core, 'incidents WHERE closed_at IS NOT NULL')).toBe(1);
    expect(countRows(core, 'incident_follow_ups WHERE done_at IS NULL')).toBe(2);
  }, 120_000);
});
