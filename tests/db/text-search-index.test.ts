import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type pg from 'pg';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { createOrganization } from '../helpers/organizations.js';

// ILIKE is not leakproof (sql/60_search_under_rls.sql): its errors depend on its pattern argument, which may be a
// column, so under RLS PostgreSQL must test it only on rows the policy let through. The price:
// contains/startsWith filters read the organization's rows instead of the trigram index.
// TEXT_FILTER_TIMINGS=1 prints the API role's time for a contains count with ILIKE as it is and,
// for comparison, marked leakproof (inside a rolled-back transaction); TEXT_FILTER_CONTACTS=100000
// measures a bigger organization.
const CONTACTS = Number(process.env.TEXT_FILTER_CONTACTS ?? 20_000);
const PATTERN = '%e83f0273%';

describe('ILIKE under RLS', () => {
  let app: TestApp;
  let orgId: string;
  let otherOrgId: string;
  const timings: string[] = [];

  beforeAll(async () => {
    app = await startTestApp();
    orgId = (await createOrganization(app, 'Trgm')).id;
    otherOrgId = (await createOrganization(app, 'TrgmOther')).id;
    await app.owner.query(
      `INSERT INTO contacts (org_id, first_name, last_name, updated_at)
       SELECT $1, 'First' || n, 'Last' || md5(n::text), now() FROM generate_series(1, $2::int) AS n`,
      [orgId, CONTACTS],
    );
    // The other organization's secret: a last name that ends with LIKE's escape character.
    await app.owner.query(`INSERT INTO contacts (org_id, first_name, last_name, updated_at) VALUES ($1, 'Hidden', 'Secret\\', now())`, [
      otherOrgId,
    ]);
    await app.owner.query('VACUUM ANALYZE contacts');
  });
  afterAll(async () => {
    if (process.env.TEXT_FILTER_TIMINGS) console.log(`contains count on ${CONTACTS} contacts as the API role:\n${timings.join('\n')}`);
    await app?.close();
  });

  /** Runs `sql` as the API role with the organization set, in a transaction rolled back afterwards. */
  const asApiRole = async <T>(work: (client: pg.ClientBase) => Promise<T>, options: { markLeakproof?: boolean } = {}) => {
    await app.owner.query('BEGIN');
    try {
      if (options.markLeakproof) await app.owner.query('ALTER FUNCTION pg_catalog.texticlike(text, text) LEAKPROOF');
      await app.owner.query('SET LOCAL ROLE clientflow_api');
      await app.owner.query(`SELECT set_config('app.current_org_id', $1, true)`, [orgId]);
      return await work(app.owner);
    } finally {
      await app.owner.query('ROLLBACK');
    }
  };
  const plan = async (sql: string, options: { markLeakproof?: boolean; analyze?: boolean } = {}) =>
    asApiRole(async (client) => {
      const { rows } = await client.query(`EXPLAIN (${options.analyze ? 'ANALYZE, ' : ''}FORMAT JSON) ${sql}`);
      return rows[0]['QUERY PLAN'][0] as { 'Execution Time'?: number };
    }, options);

  it('ILIKE is not leakproof in the migrated database', async () => {
    const { rows } = await app.owner.query(
      `SELECT proleakproof FROM pg_proc WHERE oid = 'pg_catalog.texticlike(text, text)'::regprocedure`,
    );
    expect(rows[0].proleakproof).toBe(false);
  });

  it("a column used as ILIKE's pattern reveals nothing about another organization's rows", async () => {
    // Reaches the trailing backslash (and would raise) only for the hidden "Secret\".
    const probe = `SELECT count(*)::int AS n FROM contacts WHERE 'secretx' ILIKE last_name`;
    const answer = await asApiRole((client) =>
      client.query(probe).then(
        (result) => result.rows[0].n,
        (error: { code?: string }) => error.code,
      ),
    );
    expect(answer).toBe(0);
    // What the leakproof mark did: the probe raised (22025) for the other organization's row.
    const marked = await asApiRole(
      (client) =>
        client.query(probe).then(
          (result) => result.rows[0].n,
          (error: { code?: string }) => error.code,
        ),
      { markLeakproof: true },
    );
    expect(marked).toBe('22025');
  });

  it('a contains filter reads the organization through its own index, not the trigram index (the price)', async () => {
    const superuser = JSON.stringify(
      (await app.owner.query(`EXPLAIN (FORMAT JSON) SELECT id FROM contacts WHERE org_id = $1 AND last_name ILIKE '${PATTERN}'`, [orgId]))
        .rows[0],
    );
    expect(superuser).toContain('contacts_last_name_trgm_idx'); // the premise: the index is the best plan
    const sql = `SELECT count(*) FROM contacts WHERE last_name ILIKE '${PATTERN}' AND deleted_at IS NULL`;
    const apiRole = JSON.stringify(await plan(sql));
    expect(apiRole).not.toContain('contacts_last_name_trgm_idx');
    expect(JSON.stringify(await plan(sql, { markLeakproof: true }))).toContain('contacts_last_name_trgm_idx');
    if (process.env.TEXT_FILTER_TIMINGS) {
      for (const markLeakproof of [false, true]) {
        const times: number[] = [];
        for (let run = 0; run < 5; run += 1) times.push((await plan(sql, { markLeakproof, analyze: true }))['Execution Time']!);
        times.sort((a, b) => a - b);
        timings.push(`  ILIKE ${markLeakproof ? 'marked leakproof' : 'as it is (not leakproof)'}: median ${times[2]!.toFixed(1)} ms`);
      }
    }
  });
});

// sql/60_search_under_rls.sql keeps pg_trgm's similarity operators leakproof (search's index). Their only errors are
// allocation limits reached by an argument of about 180 MB or more (measured on PostgreSQL 17.10:
// "out of memory" from 238,609,294 bytes, "invalid memory alloc request size" a little below;
// 100 MB works), which no tenant can store: every value reaches the database through a request
// body of at most 1 MB. This keeps that premise true.
describe('the premise of leakproof trigram operators', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(async () => app?.close());

  it('a request body over 1 MB is refused before any resolver runs', async () => {
    const actor = await app.actor('big-body');
    const response = await fetch(app.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${actor.token}` },
      body: JSON.stringify({
        query: 'mutation ($name: String!) { createOrganization(input: { name: $name }) { organization { id } } }',
        variables: { name: 'x'.repeat(1_100_000) },
      }),
    });
    expect(response.status).toBe(413);
  });

  it('the similarity operators are leakproof (and ILIKE is not)', async () => {
    const { rows } = await app.owner.query(
      `SELECT p.proname, p.proleakproof FROM pg_proc p
        WHERE p.proname IN ('similarity_op', 'word_similarity_op', 'word_similarity_commutator_op', 'strict_word_similarity_op', 'strict_word_similarity_commutator_op', 'texticlike')
        ORDER BY 1`,
    );
    expect(Object.fromEntries(rows.map((row) => [row.proname, row.proleakproof]))).toEqual({
      similarity_op: true,
      strict_word_similarity_commutator_op: true,
      strict_word_similarity_op: true,
      texticlike: false,
      word_similarity_commutator_op: true,
      word_similarity_op: true,
    });
  });
});
