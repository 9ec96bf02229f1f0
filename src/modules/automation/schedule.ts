/**
 * Checks for SCHEDULE automations: a standard five-field cron expression (minute hour
 * day-of-month month day-of-week; `*`, lists, ranges, steps and JAN-DEC / SUN-SAT names) or one
 * of the @hourly/@daily/@weekly/@monthly/@yearly shorthands, and an IANA time zone.
 */

const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
const WEEKDAYS = ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'];

const CRON_FIELDS = [
  { name: 'minute', min: 0, max: 59 },
  { name: 'hour', min: 0, max: 23 },
  { name: 'day of month', min: 1, max: 31 },
  { name: 'month', min: 1, max: 12, names: MONTHS, firstName: 1 },
  // 0 and 7 are both Sunday.
  { name: 'day of week', min: 0, max: 7, names: WEEKDAYS, firstName: 0 },
] as const;
type CronField = (typeof CRON_FIELDS)[number];

const SHORTHANDS = new Set(['@hourly', '@daily', '@midnight', '@weekly', '@monthly', '@yearly', '@annually']);

function cronNumber(field: CronField, token: string): number | null {
  const upper = token.toUpperCase();
  if ('names' in field) {
    const index = (field.names as readonly string[]).indexOf(upper);
    if (index >= 0) return index + field.firstName;
  }
  if (!/^\d{1,2}$/.test(token)) return null;
  const value = Number(token);
  return value >= field.min && value <= field.max ? value : null;
}

function cronFieldProblem(field: CronField, text: string): string | null {
  for (const item of text.split(',')) {
    const [range, step, extra] = item.split('/');
    if (extra !== undefined || range === undefined || range === '') return `the ${field.name} field "${text}" is malformed`;
    if (step !== undefined && !(/^\d{1,2}$/.test(step) && Number(step) >= 1 && Number(step) <= field.max)) {
      return `the ${field.name} step "/${step}" must be a number from 1 to ${field.max}`;
    }
    if (range === '*') continue;
    const [low, high, more] = range.split('-');
    const from = cronNumber(field, low ?? '');
    const to = high === undefined ? from : cronNumber(field, high);
    if (more !== undefined || from === null || to === null) {
      return `the ${field.name} field "${text}" must use values from ${field.min} to ${field.max}${'names' in field ? ' or names' : ''}`;
    }
    if (from > to) return `the ${field.name} range "${range}" runs backwards`;
  }
  return null;
}

/** Why `expression` is not a valid cron expression, or null when it is. */
export function cronProblem(expression: string): string | null {
  if (SHORTHANDS.has(expression.toLowerCase())) return null;
  const parts = expression.split(/\s+/).filter(Boolean);
  if (parts.length !== CRON_FIELDS.length) {
    return 'must have five fields: minute hour day-of-month month day-of-week (e.g. "0 9 * * 1-5"), or @hourly/@daily/@weekly/@monthly/@yearly';
  }
  for (const [index, field] of CRON_FIELDS.entries()) {
    const problem = cronFieldProblem(field, parts[index]!);
    if (problem) return problem;
  }
  return null;
}

/** Why `zone` is not an IANA time zone name, or null when it is. */
export function timeZoneProblem(zone: string): string | null {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return null;
  } catch {
    return `"${zone}" is not an IANA time zone such as Europe/Berlin or UTC`;
  }
}
