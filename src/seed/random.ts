/** mulberry32: a tiny seeded PRNG, so every fresh database gets the same demo data. */
export function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    chance: (probability: number) => next() < probability,
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!,
    /** `count` distinct items in a stable order (a partial Fisher–Yates shuffle of a copy). */
    sample: <T>(items: readonly T[], count: number): T[] => {
      const copy = [...items];
      const n = Math.min(count, copy.length);
      for (let i = 0; i < n; i++) {
        const j = int(i, copy.length - 1);
        [copy[i], copy[j]] = [copy[j]!, copy[i]!];
      }
      return copy.slice(0, n);
    },
  };
}

export type Random = ReturnType<typeof random>;

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

/**
 * The demo brokerage works on Pacific time; its clock is fixed at UTC-8 (PST), so that a
 * showing is at 10:00 whatever the season. Daylight saving is ignored on purpose.
 */
export const DEMO_UTC_OFFSET_HOURS = -8;

/**
 * Dates of the demo relative to the start of the seed day on the brokerage's clock: the data
 * looks the same on any day it is seeded (a deal closed "12 days ago" is always 12 days before
 * the seed), and two databases seeded on the same day are identical. Hours are local.
 */
export function seedCalendar(now: Date, utcOffsetHours = DEMO_UTC_OFFSET_HOURS) {
  const local = new Date(now.getTime() + utcOffsetHours * HOUR_MS);
  const midnight = Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate()) - utcOffsetHours * HOUR_MS;
  const at = (dayOffset: number, hour = 0, minute = 0) => new Date(midnight + dayOffset * DAY_MS + (hour * 60 + minute) * 60_000);
  return {
    /** The instant the seed day began (local midnight). */
    today: new Date(midnight),
    /** The seed day as a calendar date (UTC midnight of the same date), for date columns. */
    day: (dayOffset = 0) => new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate() + dayOffset)),
    /** `days` before the seed day, at hour:minute local time. */
    daysAgo: (days: number, hour = 0, minute = 0) => at(-days, hour, minute),
    /** `days` after the seed day, at hour:minute local time. */
    daysAhead: (days: number, hour = 0, minute = 0) => at(days, hour, minute),
    /** A working-hours time (08:00-18:59 local) `days` before the seed day. */
    pastWorkTime: (rng: Random, days: number) => at(-days, rng.int(8, 18), rng.pick([0, 10, 15, 20, 30, 40, 45, 50])),
    /** Whole days from the seed day's start to `date` (negative: before). */
    dayOf: (date: Date) => Math.floor((date.getTime() - midnight) / DAY_MS),
    /** The local hour of `date`. */
    hourOf: (date: Date) => new Date(date.getTime() + utcOffsetHours * HOUR_MS).getUTCHours(),
    addDays: (date: Date, days: number) => new Date(date.getTime() + days * DAY_MS),
    addMinutes: (date: Date, minutes: number) => new Date(date.getTime() + minutes * 60_000),
  };
}

export type SeedCalendar = ReturnType<typeof seedCalendar>;
