/**
 * What tests/graphql/isolation.test.ts looks at behind the API (as the database owner): which
 * organization each id in a response belongs to, a record's row, and a fingerprint of every
 * tenant table.
 */
import { expect } from '@jest/globals';
import type { TestApp } from './app.js';
import type { TestOrganization } from './organizations.js';
import { collectIds } from './responses.js';
import { TENANT_TABLES, decodeGlobalId, tenantTypeByTypename } from './tenant-types/index.js';

export interface IsolationWorld {
  app: TestApp;
  /** The organization that acts. */
  orgA: TestOrganization;
  /** One record per tenant type in each organization (global ids). */
  records: Map<string, { a: string; b: string }>;
}

/** The probes, reading the world when called (it is filled in beforeAll). */
export function isolationProbes(world: () => IsolationWorld) {
  /** The row of a record as the owner sees it (RLS does not apply), or null. */
  async function rowOf(table: string, globalId: string) {
    const { app } = world();
    const result = await app.owner.query(`SELECT to_jsonb(t) AS row FROM ${table} t WHERE id = $1`, [decodeGlobalId(globalId).id]);
    return result.rows[0]?.row ?? null;
  }

  /** Every row of every tenant table, hashed: any insert, update or delete changes it (rows in a stable order; counters have no id). */
  async function fingerprint() {
    const { app } = world();
    const result = await app.owner.query(
      TENANT_TABLES.map(
        (table) =>
          `SELECT '${table}' AS tbl, count(*)::int AS n, md5(coalesce(string_agg(to_jsonb(t)::text, '|' ORDER BY to_jsonb(t)::text), '')) AS hash FROM ${table} t`,
      ).join(' UNION ALL '),
    );
    return result.rows.map((row) => `${row.tbl}:${row.n}:${row.hash}`).join(' ');
  }

  /** Which organizations each global id belongs to (a user: every organization they are a member of). */
  async function orgsOf(globalIds: Iterable<string>): Promise<Map<string, string[]>> {
    const { app } = world();
    const byTypename = new Map<string, Map<string, string>>();
    for (const globalId of globalIds) {
      const { typename, id } = decodeGlobalId(globalId);
      if (!byTypename.has(typename)) byTypename.set(typename, new Map());
      byTypename.get(typename)!.set(id, globalId);
    }
    const orgs = new Map<string, string[]>();
    for (const [typename, uuids] of byTypename) {
      let sql: string;
      if (typename === 'Organization') sql = 'SELECT id::text AS id, id::text AS org_id FROM organizations WHERE id = ANY($1::uuid[])';
      else if (typename === 'User') sql = 'SELECT user_id::text AS id, org_id::text FROM memberships WHERE user_id = ANY($1::uuid[])';
      else {
        const type = tenantTypeByTypename(typename);
        if (!type) throw new Error(`unexpected typename ${typename} in a response`);
        sql = `SELECT id::text AS id, org_id::text FROM ${type.table} WHERE id = ANY($1::uuid[])`;
      }
      for (const globalId of uuids.values()) orgs.set(globalId, []);
      const result = await app.owner.query(sql, [[...uuids.keys()]]);
      for (const row of result.rows) orgs.get(uuids.get(row.id)!)!.push(row.org_id);
    }
    return orgs;
  }

  /**
   * Asserts every id in a response belongs to org A and none is one of B's records (a user must
   * be a member of A); returns the typenames seen.
   */
  async function expectOnlyOrgA(data: unknown): Promise<Set<string>> {
    const { orgA, records } = world();
    const seen = collectIds(data);
    const typenames = new Set<string>();
    const foreign: string[] = [];
    for (const [globalId, orgs] of await orgsOf(seen)) {
      const { typename, id } = decodeGlobalId(globalId);
      typenames.add(typename);
      const belongs = typename === 'User' ? orgs.includes(orgA.id) : orgs.length === 1 && orgs[0] === orgA.id;
      if (!belongs) foreign.push(`${typename}:${id} in ${orgs.join(',') || 'nothing'}`);
    }
    expect(foreign).toEqual([]);
    for (const { b } of records.values()) expect(seen.has(b)).toBe(false);
    return typenames;
  }

  return { rowOf, fingerprint, orgsOf, expectOnlyOrgA };
}
