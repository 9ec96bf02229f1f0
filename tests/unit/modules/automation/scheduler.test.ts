import { describe, expect, it } from '@jest/globals';
import { isDue } from '../../../../src/modules/automation/scheduler.js';

const at = (iso: string) => new Date(iso);
const cron = (expression: string, timezone = 'UTC') => [{ type: 'schedule', cron: expression, timezone }];

describe('isDue: which minutes a SCHEDULE automation runs in', () => {
  it('a cron expression in its time zone (standard and daylight time)', () => {
    const mondayEight = cron('0 8 * * 1', 'America/Los_Angeles');
    // 2026-12-07 is a Monday; 08:00 PST is 16:00 UTC.
    expect(isDue(mondayEight, at('2026-12-07T16:00:00Z'))).toBe(true);
    expect(isDue(mondayEight, at('2026-12-07T15:00:00Z'))).toBe(false);
    expect(isDue(mondayEight, at('2026-12-07T16:01:00Z'))).toBe(false);
    expect(isDue(mondayEight, at('2026-12-08T16:00:00Z'))).toBe(false);
    // 2026-06-01 is a Monday; 08:00 PDT is 15:00 UTC.
    expect(isDue(mondayEight, at('2026-06-01T15:00:00Z'))).toBe(true);
    expect(isDue(mondayEight, at('2026-06-01T16:00:00Z'))).toBe(false);
  });

  it('shorthands, and everyMinutes counted from the Unix epoch', () => {
    expect(isDue(cron('@daily'), at('2026-12-07T00:00:00Z'))).toBe(true);
    expect(isDue(cron('@daily'), at('2026-12-07T00:01:00Z'))).toBe(false);
    const every15 = [{ type: 'schedule', everyMinutes: 15, timezone: 'UTC' }];
    expect(isDue(every15, at('2026-12-07T10:30:00Z'))).toBe(true);
    expect(isDue(every15, at('2026-12-07T10:31:00Z'))).toBe(false);
  });

  it('no schedule condition, nothing due', () => {
    expect(isDue([], at('2026-12-07T00:00:00Z'))).toBe(false);
    expect(isDue(null, at('2026-12-07T00:00:00Z'))).toBe(false);
  });
});
