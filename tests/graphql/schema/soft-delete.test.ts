import { describe, expect, it } from '@jest/globals';
import { useTenants } from '../../helpers/actors.js';
import { build } from '../../helpers/builders.js';
import type { TestOrganization } from '../../helpers/organizations.js';
import { SoftDeleteNodeDocument } from '../../generated/operations/graphql.js';

/** `companies`, `contacts`, ...: the ids of one list (with its totalCount) for a `deleted` mode. */
const listQuery = (field: string) => /* GraphQL */ `
  query ($deleted: DeletedFilter) {
    ${field}(first: 100, deleted: $deleted) { totalCount edges { node { id deletedAt } } }
  }
`;
const deleteMutation = (type: string, field: string) => /* GraphQL */ `
  mutation ($id: ID!) { delete${type}(input: { id: $id }) { ${field} { id deletedAt } } }
`;
const restoreMutation = (type: string, field: string) => /* GraphQL */ `
  mutation ($id: ID!) { restore${type}(input: { id: $id }) { ${field} { id deletedAt } } }
`;

/** What the operations built above answer: keyed by the list field, or by the mutation and then its payload field. */
interface ListResponse {
  [list: string]: { totalCount: number; edges: { node: { id: string; deletedAt: string | null } }[] };
}
interface PayloadResponse {
  [mutation: string]: { [payloadField: string]: { id: string; deletedAt: string | null } };
}

interface Case {
  type: 'Company' | 'Contact' | 'Lead' | 'Deal' | 'Activity' | 'Pipeline';
  list: string;
  field: string;
  create(org: TestOrganization, n: number): Promise<string>;
}

const CASES: Case[] = [
  {
    type: 'Company',
    list: 'companies',
    field: 'company',
    create: (org, n) => build.company(org.member, { name: `Company ${n}` }),
  },
  {
    type: 'Contact',
    list: 'contacts',
    field: 'contact',
    create: (org, n) => build.contact(org.member, { firstName: 'Con', lastName: `Tact ${n}` }),
  },
  {
    type: 'Lead',
    list: 'leads',
    field: 'lead',
    create: (org, n) => build.lead(org.member, { lastName: `Lead ${n}` }),
  },
  {
    type: 'Deal',
    list: 'deals',
    field: 'deal',
    create: (org, n) => build.deal(org.member, { deal: { name: `Deal ${n}` } }),
  },
  {
    type: 'Activity',
    list: 'activities',
    field: 'activity',
    create: (org, n) => build.activity(org.member, { type: 'NOTE', subject: `Note ${n}` }),
  },
  {
    type: 'Pipeline',
    list: 'pipelines',
    field: 'pipeline',
    create: async (org, n) => (await build.pipeline(org.admin, { name: `Pipeline ${n}`, stages: [{ name: 'Only', probability: 10 }] })).id,
  },
];

/** A `node(id:)` answer narrowed to the types whose fragment selects `key` (fails the test when it does not). */
function selected<N extends object, K extends string>(node: N | null | undefined, key: K): Extract<N, Record<K, unknown>> {
  if (!node || !(key in node)) throw new Error(`expected a node with ${key}, got ${JSON.stringify(node)}`);
  return node as Extract<N, Record<K, unknown>>;
}

describe('soft delete and restore', () => {
  const { app, org, other } = useTenants('SoftDelete', { otherTenant: true });

  async function list(field: string, deleted?: 'EXCLUDE' | 'ONLY' | 'INCLUDE') {
    const response = await org.viewer.query<ListResponse>(listQuery(field), deleted ? { deleted } : {});
    expect(response.errors).toBeUndefined();
    const connection = response.data![field]!;
    return { totalCount: connection.totalCount, ids: connection.edges.map((e) => e.node.id) };
  }

  describe.each(CASES)('$type', ({ type, list: field, field: payloadField, create }) => {
    it('delete hides it from the default list and its totalCount; ONLY and INCLUDE still show it; node returns it with deletedAt', async () => {
      const kept = await create(org, 1);
      const doomed = await create(org, 2);
      const before = await list(field);
      expect(before.ids).toEqual(expect.arrayContaining([kept, doomed]));

      const deleted = await org.admin.query<PayloadResponse>(deleteMutation(type, payloadField), { id: doomed });
      expect(deleted.errors).toBeUndefined();
      const deletedAt = deleted.data![`delete${type}`]![payloadField]!.deletedAt!;
      expect(deletedAt).toEqual(expect.any(String));
      expect(Math.abs(Date.parse(deletedAt) - Date.now())).toBeLessThan(60_000);

      const after = await list(field);
      expect(after.ids).not.toContain(doomed);
      expect(after.ids).toContain(kept);
      expect(after.totalCount).toBe(before.totalCount - 1);
      expect(after.totalCount).toBe(after.ids.length);
      const explicitExclude = await list(field, 'EXCLUDE');
      expect(explicitExclude).toEqual(after);

      const trash = await list(field, 'ONLY');
      expect(trash.ids).toContain(doomed);
      expect(trash.ids).not.toContain(kept);
      expect(trash.totalCount).toBe(trash.ids.length);

      const all = await list(field, 'INCLUDE');
      expect(all.ids).toEqual(expect.arrayContaining([kept, doomed]));
      expect(all.totalCount).toBe(before.totalCount);
      expect(all.totalCount).toBe(after.totalCount + trash.totalCount);

      const node = await org.viewer.query(SoftDeleteNodeDocument, { id: doomed });
      expect(node.errors).toBeUndefined();
      expect(node.data!.node).toEqual({ id: doomed, __typename: type, deletedAt });
    });

    it('delete twice is idempotent (keeps the first deletedAt); restore brings it back; restore twice is idempotent', async () => {
      const id = await create(org, 3);
      const first = await org.admin.query<PayloadResponse>(deleteMutation(type, payloadField), { id });
      expect(first.errors).toBeUndefined();
      const deletedAt = first.data![`delete${type}`]![payloadField]!.deletedAt;
      expect(deletedAt).not.toBeNull();

      const second = await org.admin.query<PayloadResponse>(deleteMutation(type, payloadField), { id });
      expect(second.errors).toBeUndefined();
      expect(second.data![`delete${type}`]![payloadField]).toEqual({ id, deletedAt });
      expect((await list(field, 'ONLY')).ids.filter((x) => x === id)).toHaveLength(1);

      const restored = await org.admin.query<PayloadResponse>(restoreMutation(type, payloadField), { id });
      expect(restored.errors).toBeUndefined();
      expect(restored.data![`restore${type}`]![payloadField]).toEqual({ id, deletedAt: null });
      expect((await list(field)).ids).toContain(id);
      expect((await list(field, 'ONLY')).ids).not.toContain(id);

      const again = await org.admin.query<PayloadResponse>(restoreMutation(type, payloadField), { id });
      expect(again.errors).toBeUndefined();
      expect(again.data![`restore${type}`]![payloadField]).toEqual({ id, deletedAt: null });

      const node = await org.viewer.query(SoftDeleteNodeDocument, { id });
      expect(selected(node.data!.node, 'deletedAt').deletedAt).toBeNull();
    });

    it('a MEMBER may not delete (FORBIDDEN) and nothing changes', async () => {
      const id = await create(org, 4);
      const denied = await org.member.query<PayloadResponse>(deleteMutation(type, payloadField), { id });
      expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect((await list(field)).ids).toContain(id);
    });
  });

  it('deleting a record of another organization is NOT_FOUND and leaves it alone', async () => {
    const foreign = await build.contact(other.member, { firstName: 'Their', lastName: 'Contact' });
    const attempt = await org.admin.query<PayloadResponse>(deleteMutation('Contact', 'contact'), { id: foreign });
    expect(attempt.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const row = await app.owner.query('SELECT deleted_at FROM contacts WHERE id = $1', [
      Buffer.from(foreign, 'base64').toString().split(':')[1],
    ]);
    expect(row.rows).toEqual([{ deleted_at: null }]);
  });
});
