/** Looking at the database behind the API (as its owner: RLS does not apply), to prove what was written. */
import type { TestApp } from './app.js';

/** Runs `run` over `items` with at most `concurrency` in flight (the test server's pool has 5 connections). */
export async function inParallel<T>(items: T[], concurrency: number, run: (item: T) => Promise<void>) {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await run(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
}

/** Row count and a hash of every row of every table: any write shows up. */
export async function databaseFingerprint(app: TestApp) {
  const tables = await app.owner.query<{ tablename: string }>(
    "SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename NOT LIKE '\\_prisma%' ORDER BY tablename",
  );
  const fingerprint: Record<string, string> = {};
  for (const { tablename } of tables.rows) {
    const result = await app.owner.query(
      `SELECT count(*)::int AS n, coalesce(md5(string_agg(t::text, E'\\n' ORDER BY t::text)), '') AS h FROM "${tablename}" t`,
    );
    fingerprint[tablename] = `${result.rows[0].n}:${result.rows[0].h}`;
  }
  return fingerprint;
}
