import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { FIRST_NAMES, LAST_NAMES, COMPANY_WORDS_A, COMPANY_WORDS_B } from '../../bench/dataset-names.js';
import {
  FALLBACK_CANDIDATES_PER_WORD,
  searchStatement,
  searchSettings,
  SEARCHABLE_TYPES,
  type MatchMode,
} from '../../src/modules/search/sql.js';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { createOrganization, type TestOrganization } from '../helpers/organizations.js';

// `search` (src/modules/search) finds candidates with pg_trgm's `<%` on columns with GIN trigram
// indexes. Under row-level security PostgreSQL uses an index only for leakproof operators:
// sql/60_search_under_rls.sql marks `<%` leakproof; ILIKE is not, so the e-mail/domain substring branch of
// an identifier-like query reads the organization's rows. This checks the API role's plan for the
// real statement uses the name indexes, on 100k contacts in one organization (the benchmark's
// large organization: at this size the planner chooses as it does there).
// SEARCH_TIMINGS=1 prints the measured execution times; SEARCH_PLAN_CONTACTS=20000 makes a smaller organization.

const CONTACTS = Number(process.env.SEARCH_PLAN_CONTACTS ?? 100_000);

describe('search uses the trigram indexes under RLS', () => {
  let app: TestApp;
  let orgId: string;
  let member: TestOrganization['member'];
  const timings: string[] = [];

  beforeAll(async () => {
    app = await startTestApp();
    const organization = await createOrganization(app, 'SearchPlan');
    orgId = organization.id;
    member = organization.member;
    const otherOrg = (await createOrganization(app, 'SearchPlanOther')).id;
    // Bulk rows as the owner; replica mode skips the audit triggers, which this test is not about.
    await app.owner.query('SET session_replication_role = replica');
    await app.owner.query('SELECT setseed(0.42)');
    // Popular names repeat, as in bench/dataset.ts (index = n * random()^1.6).
    const pick = (list: string) => `(${list}::text[])[1 + floor(array_length(${list}::text[], 1) * random() ^ 1.6)::int]`;
    for (const [org, count] of [
      [orgId, CONTACTS],
      [otherOrg, CONTACTS / 4],
    ] as const) {
      await app.owner.query(
        `INSERT INTO contacts (org_id, first_name, last_name, email, updated_at)
         SELECT $1, f, l, lower(f || '.' || l || g || '@' || c || '.example'), now()
           FROM (SELECT g, ${pick('$3')} AS f, ${pick('$4')} AS l, ${pick('$5')} AS c FROM generate_series(1, $2::int) AS g) AS s`,
        [org, count, FIRST_NAMES, LAST_NAMES, COMPANY_WORDS_A.map((word) => word.replace(/\s/g, ''))],
      );
    }
    await app.owner.query(
      `INSERT INTO companies (org_id, name, domain, updated_at)
       SELECT $1, a || ' ' || b, lower(replace(a, ' ', '') || b || g) || '.example', now()
         FROM (SELECT g, ${pick('$3')} AS a, ${pick('$4')} AS b FROM generate_series(1, $2::int) AS g) AS s`,
      [orgId, CONTACTS / 10, COMPANY_WORDS_A, COMPANY_WORDS_B],
    );
    await app.owner.query(
      `INSERT INTO leads (org_id, first_name, last_name, email, company_name, updated_at)
       SELECT $1, f, l, lower(l || g) || '@lead.example', c || ' Labs', now()
         FROM (SELECT g, ${pick('$3')} AS f, ${pick('$4')} AS l, ${pick('$5')} AS c FROM generate_series(1, $2::int) AS g) AS s`,
      [orgId, CONTACTS / 5, FIRST_NAMES, LAST_NAMES, COMPANY_WORDS_A],
    );
    await app.owner.query(
      `INSERT INTO contacts (org_id, first_name, last_name, email, updated_at)
       VALUES ($1, 'John', 'Smith', 'john.smith@acme-corp.example', now()), ($2, 'John', 'Smith', null, now())`,
      [orgId, otherOrg],
    );
    await app.owner.query('SET session_replication_role = DEFAULT');
    for (const table of ['contacts', 'companies', 'leads']) await app.owner.query(`VACUUM ANALYZE ${table}`);
  }, 600_000);
  afterAll(async () => {
    if (process.env.SEARCH_TIMINGS) console.log(`search on ${CONTACTS} contacts:\n${timings.join('\n')}`);
    await app?.close();
  });

  interface PlanNode {
    'Node Type': string;
    'Relation Name'?: string;
    'Actual Rows': number;
    Plans?: PlanNode[];
  }
  const nodes = (node: PlanNode): PlanNode[] => [node, ...(node.Plans ?? []).flatMap(nodes)];

  /** The statement's plan as the API role inside a request-like transaction, and its rows. */
  async function explain(query: string, mode: MatchMode) {
    const statement = searchStatement({ query, types: SEARCHABLE_TYPES, mode, limit: 21 })!;
    await app.owner.query('BEGIN');
    try {
      await app.owner.query('SET LOCAL ROLE clientflow_api');
      await app.owner.query(`SELECT set_config('app.current_org_id', $1, true)`, [orgId]);
      await app.owner.query(searchSettings.text, searchSettings.values);
      const result = await app.owner.query(statement.text, statement.values); // also warms the cache
      const { rows } = await app.owner.query(`EXPLAIN (ANALYZE, FORMAT JSON) ${statement.text}`, statement.values);
      const plan = rows[0]['QUERY PLAN'][0];
      timings.push(`  "${query}" (${mode}): ${plan['Execution Time'].toFixed(1)} ms, ${result.rows[0].total} matches`);
      return { plan: JSON.stringify(plan), tree: plan.Plan as PlanNode, rows: result.rows };
    } finally {
      await app.owner.query('ROLLBACK');
    }
  }

  it('matches every word through the name indexes', async () => {
    const { plan, rows } = await explain('Jonh Smiht', 'ALL');
    for (const index of [
      'contacts_first_name_trgm_idx',
      'contacts_last_name_trgm_idx',
      'companies_name_trgm_idx',
      'leads_last_name_trgm_idx',
    ]) {
      expect(plan).toContain(index);
    }
    expect(plan).not.toContain('"Seq Scan"');
    expect(rows.map((row) => row.type)).toContain('Contact');
  });

  it('uses the indexes in the any-word fallback and for single words too', async () => {
    for (const [query, mode] of [
      ['Jhon Smith', 'ANY'],
      ['Mraia Garcia', 'ANY'],
      ['smith', 'ALL'],
      ['garcia', 'ALL'],
      ['jo', 'ALL'],
      ['maria garcia', 'ALL'],
    ] as const) {
      const { plan } = await explain(query, mode);
      expect(plan).toContain('contacts_last_name_trgm_idx');
      expect(plan).not.toContain('"Seq Scan"');
    }
  });

  it('an e-mail-like query keeps the name indexes; its substring branch cannot use the e-mail index (ILIKE is not leakproof)', async () => {
    const { plan, rows } = await explain('acme-corp.example', 'ALL');
    expect(plan).toContain('contacts_last_name_trgm_idx');
    expect(plan).not.toContain('contacts_email_trgm_idx');
    expect(plan).toContain('~~*');
    expect(rows.map((row) => row.type)).toContain('Contact'); // john.smith@acme-corp.example
  });

  it('the typo fallback ranks a capped candidate set, not every record bearing a common word', async () => {
    // The premise: "garcia" alone matches more contacts than the cap, so an uncapped fallback would rank them all.
    const { rows: garcias } = await app.owner.query(
      `SELECT count(*)::int AS n FROM contacts WHERE org_id = $1 AND deleted_at IS NULL AND 'garcia' % last_name`,
      [orgId],
    );
    expect(garcias[0].n).toBeGreaterThan(3 * FALLBACK_CANDIDATES_PER_WORD);
    const { tree, rows } = await explain('Mraia Garcia', 'ANY');
    // Every table read of the candidates stops at the cap: each word's scan sits under a Limit.
    const scans = nodes(tree).filter((node) => node['Relation Name'] === 'contacts');
    expect(scans.length).toBeGreaterThan(0);
    for (const scan of scans) {
      expect(scan['Node Type']).toBe('Bitmap Heap Scan');
      expect(scan['Actual Rows']).toBeLessThanOrEqual(FALLBACK_CANDIDATES_PER_WORD);
    }
    expect(rows[0].total).toBeLessThanOrEqual(2 * FALLBACK_CANDIDATES_PER_WORD * SEARCHABLE_TYPES.length);
    // Still ranked best first among the candidates.
    const scores = rows.map((row) => Number(row.score));
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(scores[0]).toBeGreaterThan(0.4);
  });

  it('contacts startsWith on names reads the prefix key indexes, not every contact of the organization', async () => {
    // The benchmark's "contacts filtered" list (without its company condition: these contacts have
    // none), as the API sends it; each statement it sends on contacts is explained as the API role.
    const query = `query ($prefix: String!) {
      contacts(first: 20, filter: { OR: [{ lastName: { startsWith: $prefix } }, { firstName: { startsWith: $prefix } }] },
               orderBy: [{ field: NAME, direction: ASC }]) { totalCount edges { node { id fullName company { name } } } }
    }`;
    for (const prefix of ['gar', 'Smi', 'mül']) {
      const counter = app.database.statements;
      counter.recordText = true;
      counter.reset();
      const response = await member.query(query, { prefix });
      const sent = counter.statements.map((text, i) => ({ text, values: counter.parameters[i]! }));
      counter.recordText = false;
      expect(response.errors).toBeUndefined();
      const { rows: expected } = await app.owner.query(
        `SELECT count(*)::int AS n FROM contacts WHERE org_id = $1 AND deleted_at IS NULL AND (last_name ILIKE $2 OR first_name ILIKE $2)`,
        [orgId, `${prefix}%`],
      );
      expect(response.data.contacts.totalCount).toBe(expected[0].n);
      expect(expected[0].n).toBeGreaterThan(0);
      const onContacts = sent.filter((statement) => /FROM "public"\."contacts"/.test(statement.text));
      expect(onContacts.length).toBe(2); // the page and the count
      // The companies are read for the page's rows only, not joined to every match before the sort.
      for (const statement of onContacts) expect(statement.text).not.toContain('"companies"');
      // The planner settings the request made for itself (src/schema/resource.ts), replayed.
      const settings = sent.filter((statement) => /set_config\('enable_/.test(statement.text));
      expect(settings.length).toBe(1);
      for (const statement of onContacts) {
        await app.owner.query('BEGIN');
        try {
          await app.owner.query('SET LOCAL ROLE clientflow_api');
          await app.owner.query(`SELECT set_config('app.current_org_id', $1, true)`, [orgId]);
          for (const setting of settings) await app.owner.query(setting.text, setting.values);
          const { rows } = await app.owner.query(`EXPLAIN (ANALYZE, FORMAT JSON) ${statement.text}`, statement.values);
          const plan = rows[0]['QUERY PLAN'][0];
          timings.push(`  contacts startsWith "${prefix}": ${plan['Execution Time'].toFixed(1)} ms`);
          const text = JSON.stringify(plan);
          expect(text).toContain('contacts_org_id_last_name_key_idx');
          expect(text).toContain('contacts_org_id_first_name_key_idx');
          expect(text).not.toContain('"Seq Scan"');
          expect(text).not.toContain('~~*'); // no ILIKE left to test on each row
        } finally {
          await app.owner.query('ROLLBACK');
        }
      }
    }
  });

  it("sees only the organization's rows (the other organization's John Smith is not counted)", async () => {
    const { rows } = await explain('John Smith', 'ALL');
    const { rows: owned } = await app.owner.query(
      `SELECT count(*)::int AS n FROM contacts WHERE org_id = $1 AND first_name = 'John' AND last_name = 'Smith'`,
      [orgId],
    );
    expect(rows.filter((row) => Number(row.score) === 1)).toHaveLength(owned[0].n);
  });
});
