/**
 * The cross-tenant isolation matrix, generated from tests/helpers/tenant-types/ (one list per module): orgs A and B
 * each hold records of every tenant type, and org A's OWNER must not be able to see, find,
 * change or reference any of B's. Assertions on what was (not) written go through app.owner.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Actor, GraphQLResponse } from '../helpers/app.js';
import { useTenants } from '../helpers/actors.js';
import { isolationProbes } from '../helpers/isolation.js';
import { codes, ids } from '../helpers/responses.js';
import { listening, settle, Subscriber, wsUrlOf } from '../helpers/realtime.js';
import { eventually } from '../helpers/eventually.js';
import { OPERATION_PERMISSIONS } from '../../src/auth/permissions.js';
import { joinOrganization } from '../helpers/invitations.js';
import type { TestOrganization } from '../helpers/organizations.js';
import {
  TENANT_TABLES,
  TENANT_TYPES,
  currentUserId,
  decodeGlobalId,
  encodeGlobalId,
  mutationDocument,
  type ReferenceTarget,
  type TenantType,
} from '../helpers/tenant-types/index.js';

const NODE = /* GraphQL */ `
  query Node($id: ID!) {
    node(id: $id) {
      __typename
      id
    }
  }
`;

const NODES = /* GraphQL */ `
  query Nodes($ids: [ID!]!) {
    nodes(ids: $ids) {
      __typename
      id
    }
  }
`;

const ORGANIZATIONS = /* GraphQL */ `
  query Organizations {
    organizations(first: 50) {
      totalCount
      edges {
        node {
          id
        }
      }
    }
  }
`;

const COMPANIES = /* GraphQL */ `
  query Companies {
    companies(first: 10) {
      totalCount
      edges {
        node {
          id
        }
      }
    }
  }
`;

const COMPANIES_BY_FILTER = /* GraphQL */ `
  query CompaniesByFilter($filter: CompanyFilter) {
    companies(first: 10, filter: $filter) {
      totalCount
      edges {
        node {
          id
        }
      }
    }
  }
`;

const CREATE_COMPANY = /* GraphQL */ `
  mutation CreateCompany($input: CreateCompanyInput!) {
    createCompany(input: $input) {
      company {
        id
      }
    }
  }
`;

const CHANGE_MEMBER_ROLE = /* GraphQL */ `
  mutation ChangeMemberRole($input: ChangeMemberRoleInput!) {
    changeMemberRole(input: $input) {
      membership {
        id
        role
      }
    }
  }
`;

const REMOVE_MEMBER = /* GraphQL */ `
  mutation RemoveMember($input: RemoveMemberInput!) {
    removeMember(input: $input) {
      removedMembershipId
    }
  }
`;

const MEMBERS = /* GraphQL */ `
  query Members {
    members(first: 100) {
      totalCount
      edges {
        node {
          id
        }
      }
    }
  }
`;

/** Tables with an org_id column (anything but the catalogs). */
const ORG_SCOPED_TABLES_SQL = `
  SELECT c.table_schema, c.table_name
    FROM information_schema.columns c
    JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
   WHERE c.column_name = 'org_id' AND t.table_type = 'BASE TABLE'
     AND c.table_schema NOT IN ('pg_catalog', 'information_schema')
   ORDER BY 1, 2`;

// Operations built per tenant type from the list.
const listDocument = (type: TenantType, args: string) =>
  `query List${args.includes('$filter') ? `($filter: ${type.typename}Filter)` : ''} {
     ${type.rootList}(first: 100${args}) { totalCount edges { node { id } } }
   }`;
/** Every page of a root list: an append-only log (auditLog) outgrows one page during this run. */
const pagedListDocument = (type: TenantType) =>
  `query PagedList($after: String) {
     ${type.rootList}(first: 100, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } }
   }`;
const deepListDocument = (type: TenantType) => `query DeepList { ${type.rootList}(first: 100) { edges { node { ${type.selection} } } } }`;
const deepNodeDocument = (type: TenantType) =>
  `query DeepNode($id: ID!) { node(id: $id) { ... on ${type.typename} { ${type.selection} } } }`;

describe('tenant isolation', () => {
  // The deep documents ask for every relation of a type at once (up to 100 × 50 × 8 objects,
  // worst case): over the default cost limit, which is not what this file tests.
  const { app, org: orgA, other: orgB } = useTenants('Alpha', { otherTenant: true, env: { LIMIT_MAX_COST: '200000' } });
  /** One record per tenant type in each organization (global ids). */
  const records = new Map<string, { a: string; b: string }>();
  /** Users who are members of A only / of B only. */
  let userA: string;
  let userB: string;

  const record = (typename: string) => records.get(typename)!;
  const targetIds = (target: ReferenceTarget) => (target === 'User' ? { a: userA, b: userB } : record(target));

  const { rowOf, fingerprint, orgsOf, expectOnlyOrgA } = isolationProbes(() => ({ app, orgA, records }));

  beforeAll(async () => {
    // The two organizations are filled side by side; each one's records in a fixed order.
    const fill = async (org: TestOrganization) => {
      const created = new Map<string, string>();
      for (const type of TENANT_TYPES) created.set(type.typename, await type.create(org.owner, { app, org }));
      return created;
    };
    const [inA, inB] = await Promise.all([fill(orgA), fill(orgB)]);
    for (const type of TENANT_TYPES) records.set(type.typename, { a: inA.get(type.typename)!, b: inB.get(type.typename)! });
    [userA, userB] = await Promise.all([currentUserId(orgA.owner), currentUserId(orgB.owner)]);
  }, 120_000);

  it('covers every table that has an org_id column (a new tenant table cannot skip this matrix)', async () => {
    const result = await app.owner.query(ORG_SCOPED_TABLES_SQL);
    const tables = result.rows.map((row) => (row.table_schema === 'public' ? row.table_name : `${row.table_schema}.${row.table_name}`));
    expect(tables.length).toBeGreaterThan(0);
    expect([...tables].sort()).toEqual([...TENANT_TABLES].sort());
  });

  it('has one record of every tenant type in each organization', async () => {
    for (const type of TENANT_TYPES) {
      const { a, b } = record(type.typename);
      expect(decodeGlobalId(a).typename).toBe(type.typename);
      const orgs = await orgsOf([a, b]);
      expect(orgs.get(a)).toEqual([orgA.id]);
      expect(orgs.get(b)).toEqual([orgB.id]);
    }
  });

  describe.each(TENANT_TYPES)('$typename', (type) => {
    const a = () => record(type.typename).a;
    const b = () => record(type.typename).b;
    const owner = () => orgA.owner;

    if (type.rootList) {
      it(`B's record is absent from ${type.rootList} and its totalCount`, async () => {
        const listed: string[] = [];
        let connection: any;
        let after: string | null = null;
        do {
          const response = await owner().query(pagedListDocument(type), { after });
          expect(response.errors).toBeUndefined();
          connection = response.data[type.rootList!];
          listed.push(...ids(connection));
          after = connection.pageInfo.hasNextPage ? connection.pageInfo.endCursor : null;
        } while (after);
        expect(listed).toContain(a());
        expect(listed).not.toContain(b());
        const count = await app.owner.query(
          `SELECT count(*)::int AS n FROM ${type.table} WHERE org_id = $1${type.softDelete ? ' AND deleted_at IS NULL' : ''}${type.privateToUser ? ' AND user_id = $2' : ''}${type.listedWhere ? ` AND ${type.listedWhere}` : ''}`,
          type.privateToUser ? [orgA.id, decodeGlobalId(userA).id] : [orgA.id],
        );
        expect(connection.totalCount).toBe(count.rows[0].n);
        expect(listed).toHaveLength(count.rows[0].n);
      });
    }

    if (type.rootList && type.softDelete) {
      it(`B's record is absent from ${type.rootList}(deleted: INCLUDE)`, async () => {
        const response = await owner().query(listDocument(type, ', deleted: INCLUDE'));
        expect(response.errors).toBeUndefined();
        const connection = response.data[type.rootList!];
        expect(ids(connection)).toContain(a());
        expect(ids(connection)).not.toContain(b());
        const count = await app.owner.query(
          `SELECT count(*)::int AS n FROM ${type.table} WHERE org_id = $1${type.privateToUser ? ' AND user_id = $2' : ''}${type.listedWhere ? ` AND ${type.listedWhere}` : ''}`,
          type.privateToUser ? [orgA.id, decodeGlobalId(userA).id] : [orgA.id],
        );
        expect(connection.totalCount).toBe(count.rows[0].n);
      });
    }

    it(`node(id) of B's record is null (A's own resolves)`, async () => {
      const foreign = await owner().query(NODE, { id: b() });
      expect(foreign.errors).toBeUndefined();
      expect(foreign.data.node).toBeNull();
      const own = await owner().query(NODE, { id: a() });
      expect(own.data.node).toEqual({ __typename: type.typename, id: a() });
    });

    it(`nodes(ids) answers null for B's record`, async () => {
      const response = await owner().query(NODES, { ids: [a(), b()] });
      expect(response.errors).toBeUndefined();
      expect(response.data.nodes).toEqual([{ __typename: type.typename, id: a() }, null]);
    });

    if (type.rootList && type.filterable) {
      it(`filter { id: { equals: B's id } } finds nothing`, async () => {
        const response = await owner().query(listDocument(type, ', filter: $filter'), { filter: { id: { equals: b() } } });
        expect(response.errors).toBeUndefined();
        expect(response.data[type.rootList!]).toEqual({ totalCount: 0, edges: [] });
      });

      it(`filter { id: { in: [A's id, B's id] } } finds only A's`, async () => {
        const response = await owner().query(listDocument(type, ', filter: $filter'), { filter: { id: { in: [a(), b()] } } });
        expect(response.errors).toBeUndefined();
        expect(response.data[type.rootList!]).toEqual({ totalCount: 1, edges: [{ node: { id: a() } }] });
      });
    }

    it('nested relations never show B rows', async () => {
      const seen = new Set<string>();
      if (type.rootList) {
        const list = await owner().query(deepListDocument(type));
        expect(list.errors).toBeUndefined();
        (await expectOnlyOrgA(list.data)).forEach((typename) => seen.add(typename));
      }
      const node = await owner().query(deepNodeDocument(type), { id: a() });
      expect(node.errors).toBeUndefined();
      expect(node.data.node.id).toBe(a());
      (await expectOnlyOrgA(node.data)).forEach((typename) => seen.add(typename));
      // The graph was populated: the relations had rows to show.
      for (const typename of type.nestedTypes) expect([...seen]).toContain(typename);
    });

    if (type.update) {
      const update = type.update;
      it(`${update.field} with B's id fails with NOT_FOUND and leaves B's row unchanged`, async () => {
        const before = await rowOf(type.table, b());
        const response = await owner().query(mutationDocument(update), { input: update.input(b()) });
        expect(codes(response)).toEqual(['NOT_FOUND']);
        expect(response.data).toBeNull();
        expect(await rowOf(type.table, b())).toEqual(before);
        // Control: the same input on A's record is valid.
        const own = await owner().query(mutationDocument(update), { input: update.input(a()) });
        expect(own.errors).toBeUndefined();
      });
    }

    if (type.remove) {
      const remove = type.remove;
      it(`${remove.field} with B's id fails with NOT_FOUND and leaves B's row unchanged`, async () => {
        const before = await rowOf(type.table, b());
        expect(before).not.toBeNull();
        const response = await owner().query(mutationDocument(remove), { input: remove.input(b()) });
        expect(codes(response)).toEqual(['NOT_FOUND']);
        expect(response.data).toBeNull();
        expect(await rowOf(type.table, b())).toEqual(before);
        if (type.softDelete) expect(before.deleted_at).toBeNull();
        // Control: a fresh record of A's is removed by the same mutation.
        const fresh = await type.create(owner(), { app, org: orgA });
        const own = await owner().query(mutationDocument(remove), { input: remove.input(fresh) });
        expect(own.errors).toBeUndefined();
        const after = await rowOf(type.table, fresh);
        if (type.softDelete) expect(after.deleted_at).not.toBeNull();
        else expect(after).toBeNull();
      });
    }

    if (type.restore) {
      const restore = type.restore;
      const remove = type.remove!;
      it(`${restore.field} of B's deleted record fails with NOT_FOUND; B's trash stays hidden and unchanged`, async () => {
        const deleted = await orgB.owner.query(mutationDocument(remove), { input: remove.input(b()) });
        expect(deleted.errors).toBeUndefined();
        try {
          const before = await rowOf(type.table, b());
          expect(before.deleted_at).not.toBeNull();
          const trash = await owner().query(listDocument(type, ', deleted: ONLY'));
          expect(trash.errors).toBeUndefined();
          expect(ids(trash.data[type.rootList!])).not.toContain(b());
          const response = await owner().query(mutationDocument(restore), { input: restore.input(b()) });
          expect(codes(response)).toEqual(['NOT_FOUND']);
          expect(response.data).toBeNull();
          expect(await rowOf(type.table, b())).toEqual(before);
        } finally {
          const restored = await orgB.owner.query(mutationDocument(restore), { input: restore.input(b()) });
          expect(restored.errors).toBeUndefined();
        }
        // Control: A restores its own deleted record.
        const fresh = await type.create(owner(), { app, org: orgA });
        expect((await owner().query(mutationDocument(remove), { input: remove.input(fresh) })).errors).toBeUndefined();
        const own = await owner().query(mutationDocument(restore), { input: restore.input(fresh) });
        expect(own.errors).toBeUndefined();
        expect((await rowOf(type.table, fresh)).deleted_at).toBeNull();
      });
    }

    if (type.references.length > 0) {
      it.each(type.references)('$name pointing at B is rejected with BAD_USER_INPUT and writes nothing', async (reference) => {
        const ownId = reference.own ? await reference.own(owner(), { app, org: orgA }) : undefined;
        const document = mutationDocument(reference);
        const before = await fingerprint();
        const response = await owner().query(document, { input: reference.input(targetIds(reference.target).b, ownId) });
        expect(codes(response)).toEqual(['BAD_USER_INPUT']);
        expect(response.data).toBeNull();
        expect(await fingerprint()).toBe(before);
        // Control: the same mutation pointing at A's record of that type succeeds.
        const own = await owner().query(document, { input: reference.input(targetIds(reference.target).a, ownId) });
        expect(own.errors).toBeUndefined();
        expect(await fingerprint()).not.toBe(before);
      });
    }
  });

  describe('organizations', () => {
    it("B is not among A's owner's organizations", async () => {
      const list = await orgA.owner.query(ORGANIZATIONS);
      expect(list.errors).toBeUndefined();
      expect(list.data.organizations.edges.map((edge: any) => decodeGlobalId(edge.node.id).id)).toEqual([orgA.id]);
      expect(list.data.organizations.totalCount).toBe(1);
    });

    it('node(id) of organization B is null', async () => {
      const node = await orgA.owner.query(NODE, { id: encodeGlobalId('Organization', orgB.id) });
      expect(node.errors).toBeUndefined();
      expect(node.data.node).toBeNull();
    });
  });

  describe('X-Organization-Id', () => {
    const expectRefused = (response: GraphQLResponse, code: string) => {
      expect(codes(response)).toEqual([code]);
      expect(response.data ?? null).toBeNull();
    };

    it("naming an organization you are not a member of is FORBIDDEN for a query; nothing of B's is returned", async () => {
      const response = await orgA.owner.query(COMPANIES, {}, { orgId: orgB.id });
      expectRefused(response, 'FORBIDDEN');
      expect(response.status).toBe(403);
    });

    it('naming an organization you are not a member of is FORBIDDEN for a mutation, which writes nothing', async () => {
      const before = await fingerprint();
      const response = await orgA.owner.query(CREATE_COMPANY, { input: { name: 'Intruder' } }, { orgId: orgB.id });
      expectRefused(response, 'FORBIDDEN');
      expect(await fingerprint()).toBe(before);
    });

    it('an organization that does not exist gets the same FORBIDDEN answer (no existence oracle)', async () => {
      const existing = await orgA.owner.query(COMPANIES, {}, { orgId: orgB.id });
      const missing = await orgA.owner.query(COMPANIES, {}, { orgId: '00000000-0000-4000-8000-000000000000' });
      expectRefused(missing, 'FORBIDDEN');
      expect(missing.status).toBe(existing.status);
      expect(missing.errors![0]!.message).toBe(existing.errors![0]!.message);
    });

    it('a malformed header is BAD_USER_INPUT for a query', async () => {
      expectRefused(await orgA.owner.query(COMPANIES, {}, { orgId: 'not-a-uuid' }), 'BAD_USER_INPUT');
    });

    it('a malformed header is BAD_USER_INPUT for a mutation, which writes nothing', async () => {
      const before = await fingerprint();
      expectRefused(await orgA.owner.query(CREATE_COMPANY, { input: { name: 'Malformed' } }, { orgId: `${orgA.id}x` }), 'BAD_USER_INPUT');
      expect(await fingerprint()).toBe(before);
    });
  });

  // Subscriptions (README "Realtime"): A's sockets, subscribed with B's ids in their filters,
  // receive nothing of what happens in B, while B's identical subscriptions receive it all. A
  // member of both organizations, subscribed in A, does not get their own notification of B.
  describe('subscriptions', () => {
    const ACTIVITY = 'subscription ($filter: ActivityAddedFilter) { activityAdded(filter: $filter) { id subject deal { id } } }';
    const UPDATE_DEAL = 'mutation ($input: UpdateDealInput!) { updateDeal(input: $input) { deal { id } } }';
    const UPDATE_CONTACT = 'mutation ($input: UpdateContactInput!) { updateContact(input: $input) { contact { id } } }';
    const CREATE_ACTIVITY = 'mutation ($input: CreateActivityInput!) { createActivity(input: $input) { activity { id } } }';
    const notify = (orgId: string, userGlobalId: string) =>
      app.owner.query("INSERT INTO notifications (org_id, user_id, type, title) VALUES ($1, $2, 'SYSTEM', 'In B')", [
        orgId,
        decodeGlobalId(userGlobalId).id,
      ]);
    /** Per Subscription field: its document and variables with B's ids, and a change in B that it reports. */
    const SUBSCRIPTIONS: Record<string, { query: string; variables: () => Record<string, unknown>; inB: () => Promise<unknown> }> = {
      activityAdded: {
        query: ACTIVITY,
        variables: () => ({ filter: { dealId: record('Deal').b } }),
        inB: () => orgB.owner.query(CREATE_ACTIVITY, { input: { type: 'CALL', subject: 'In B', dealId: record('Deal').b } }),
      },
      dealUpdated: {
        query: 'subscription ($filter: DealUpdatedFilter) { dealUpdated(filter: $filter) { id name } }',
        variables: () => ({ filter: { ownerId: userB } }),
        inB: () => orgB.owner.query(UPDATE_DEAL, { input: { id: record('Deal').b, name: 'Renamed in B', ownerId: userB } }),
      },
      contactUpdated: {
        query: 'subscription { contactUpdated { id lastName } }',
        variables: () => ({}),
        inB: () => orgB.owner.query(UPDATE_CONTACT, { input: { id: record('Contact').b, lastName: 'Renamed in B' } }),
      },
      notificationAdded: {
        query: 'subscription { notificationAdded { id title } }',
        variables: () => ({}),
        inB: async () => {
          await notify(orgB.id, userB);
          await notify(orgB.id, bridgeUser);
        },
      },
    };
    let bridge: Actor;
    let bridgeUser: string;
    const sockets: Subscriber[] = [];
    afterAll(async () => Promise.all(sockets.map((socket) => socket.dispose())));

    beforeAll(async () => {
      bridge = await app.actor('bridge-subscriber');
      await joinOrganization(orgA.owner, bridge, 'VIEWER');
      await joinOrganization(orgB.owner, bridge, 'VIEWER');
      bridgeUser = await currentUserId(bridge);
    });

    it('has a case for every Subscription field', () => {
      expect(Object.keys(SUBSCRIPTIONS).sort()).toEqual(Object.keys(OPERATION_PERMISSIONS.Subscription).sort());
    });

    it("no event of B reaches a socket of A, even with B's ids in its filters; B's own sockets get them", async () => {
      const open = (actor: Actor) => {
        const socket = Subscriber.as(wsUrlOf(app), actor);
        sockets.push(socket);
        return socket;
      };
      const [aOwner, aBridge, bOwner, bBridge] = [
        open(orgA.owner),
        open(bridge.inOrg(orgA.id)),
        open(orgB.owner),
        open(bridge.inOrg(orgB.id)),
      ];
      const before = app.server.events.handlerCount;
      const fields = Object.entries(SUBSCRIPTIONS);
      const inA = fields.flatMap(([, { query, variables }]) => [
        aOwner.subscribe(query, variables()),
        aBridge.subscribe(query, variables()),
      ]);
      const inB = fields.map(([, { query, variables }]) => bOwner.subscribe(query, variables()));
      const bridgeInB = bBridge.subscribe(SUBSCRIPTIONS.notificationAdded!.query);
      await listening(app.server, before + inA.length + inB.length + 1);

      for (const [, { inB: change }] of fields) await change();
      await eventually(() => inB.every((subscription) => subscription.data.length > 0) && bridgeInB.data.length > 0);
      await settle();
      expect(inB.flatMap((subscription) => subscription.errorCodes)).toEqual([]);
      expect(inA.map((subscription) => subscription.results)).toEqual(inA.map(() => []));
    });
  });

  describe('a user who is a member of both organizations', () => {
    let bridge: Actor;
    let membershipInB: string;
    beforeAll(async () => {
      bridge = orgA.admin;
      membershipInB = await joinOrganization(orgB.owner, bridge, 'MEMBER');
    });

    it("does not see their B membership among A's members", async () => {
      const response = await bridge.query(MEMBERS);
      expect(response.errors).toBeUndefined();
      expect(ids(response.data.members)).not.toContain(membershipInB);
      const count = await app.owner.query(
        'SELECT count(*)::int AS n FROM memberships m JOIN users u ON u.id = m.user_id WHERE m.org_id = $1 AND NOT u.is_service_account',
        [orgA.id],
      );
      expect(response.data.members.totalCount).toBe(count.rows[0].n);
    });

    it('cannot change or remove their B membership from inside A (NOT_FOUND, row unchanged)', async () => {
      const before = await rowOf('memberships', membershipInB);
      const everything = await fingerprint();
      const changed = await bridge.query(CHANGE_MEMBER_ROLE, { input: { membershipId: membershipInB, role: 'ADMIN' } });
      expect(codes(changed)).toEqual(['NOT_FOUND']);
      expect(changed.data).toBeNull();
      const removed = await bridge.query(REMOVE_MEMBER, { input: { membershipId: membershipInB } });
      expect(codes(removed)).toEqual(['NOT_FOUND']);
      expect(removed.data).toBeNull();
      expect(await rowOf('memberships', membershipInB)).toEqual(before);
      expect(await fingerprint()).toBe(everything);
    });

    it("sees B's records only with B's header, and A's only with A's", async () => {
      const both = { filter: { id: { in: [record('Company').a, record('Company').b] } } };
      const inB = await bridge.inOrg(orgB.id).query(COMPANIES_BY_FILTER, both);
      expect(inB.errors).toBeUndefined();
      expect(ids(inB.data.companies)).toEqual([record('Company').b]);
      const inA = await bridge.query(COMPANIES_BY_FILTER, both);
      expect(inA.errors).toBeUndefined();
      expect(ids(inA.data.companies)).toEqual([record('Company').a]);
    });
  });
});
