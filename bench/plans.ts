export interface PlanViolation {
  operation: string;
  table: string;
  query: string;
}

const ENTRY_START = /\n(?=\d{4}-\d{2}-\d{2} [\d:.]+ \w+ \[\d+\] )/;

/**
 * Reads auto_explain output (text format, one log entry per executed statement) and returns
 * every sequential scan on one of `bigTables`, with the statement that caused it.
 */
export function checkPlans(operation: string, log: string, bigTables: string[]): PlanViolation[] {
  const violations: PlanViolation[] = [];
  for (const entry of `\n${log}`.split(ENTRY_START)) {
    if (!entry.includes('plan:')) continue;
    const query = /Query Text: ([\s\S]*?)(?:\n\s*(?:[A-Z][A-Za-z ]+(?: on | using |\s+\()|->))/.exec(entry)?.[1] ?? entry.slice(0, 300);
    for (const match of entry.matchAll(/Seq Scan on (\w+)/g)) {
      const table = match[1]!;
      if (bigTables.includes(table)) violations.push({ operation, table, query: query.replace(/\s+/g, ' ').slice(0, 400) });
    }
  }
  return violations;
}

/** How many statements the log shows plans for (a sanity check that auto_explain was on). */
export function countPlans(log: string): number {
  return (log.match(/plan:/g) ?? []).length;
}
