import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, type Actor, type TestApp } from '../../helpers/app.js';
import { createOrganization, type TestOrganization } from '../../helpers/organizations.js';

const CREATE_COMPANY = /* GraphQL */ `
  mutation ($input: CreateCompanyInput!) { createCompany(input: $input) { company { id } } }
`;
const CREATE_CONTACT = /* GraphQL */ `
  mutation ($input: CreateContactInput!) { createContact(input: $input) { contact { id } } }
`;
const CREATE_LEAD = /* GraphQL */ `
  mutation ($input: CreateLeadInput!) { createLead(input: $input) { lead { id } } }
`;
const CREATE_DEAL = /* GraphQL */ `
  mutation ($input: CreateDealInput!) { createDeal(input: $input) { deal { id } } }
`;
const CREATE_ACTIVITY = /* GraphQL */ `
  mutation ($input: CreateActivityInput!) { createActivity(input: $input) { activity { id } } }
`;
const CREATE_PIPELINE = /* GraphQL */ `
  mutation ($input: CreatePipelineInput!) { createPipeline(input: $input) { pipeline { id } } }
`;
const NODE = /* GraphQL */ `
  query ($id: ID!) {
    node(id: $id) {
      id
      __typename
      ... on Company { deletedAt }
      ... on Contact { deletedAt }
      ... on Lead { deletedAt }
      ... on Deal { deletedAt }
      ... on Activity { deletedAt }
      ... on Pipeline { deletedAt }
    }
  }
`;

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

interface Case {
  type: 'Company' | 'Contact' | 'Lead' | 'Deal' | 'Activity' | 'Pipeline';
  list: string;
  field: string;
  create(org: TestOrganization, n: number): Promise<string>;
}

async function created(actor: Actor, mutation: string, input: Record<string, unknown>, key: string, field: string) {
  const response = await actor.query(mutation, { input });
  expect(response.errors).toBeUndefined();
  return response.data[key][field].id as string;
}

const CASES: Case[] = [
  {
    type: 'Company',
    list: 'companies',
    field: 'company',
    create: (org, n) => created(org.member, CREATE_COMPANY, { name: `Company ${n}` }, 'createCompany', 'company'),
  },
  {
    type: 'Contact',
    list: 'contacts',
    field: 'contact',
    create: (org, n) => created(org.member, CREATE_CONTACT, { firstName: 'Con', lastName: `Tact ${n}` }, 'createContact', 'contact'),
  },
  {
    type: 'Lead',
    list: 'leads',
    field: 'lead',
    create: (org, n) => created(org.member, CREATE_LEAD, { lastName: `Lead ${n}` }, 'createLead', 'lead'),
  },
  {
    type: 'Deal',
    list: 'deals',
    field: 'deal',
    create: (org, n) => created(org.member, CREATE_DEAL, { deal: { name: `Deal ${n}` } }, 'createDeal', 'deal'),
  },
  {
    type: 'Activity',
    list: 'activities',
    field: 'activity',
    create: (org, n) => created(org.member, CREATE_ACTIVITY, { type: 'NOTE', subject: `Note ${n}` }, 'createActivity', 'activity'),
  },
  {
    type: 'Pipeline',
    list: 'pipelines',
    field: 'pipeline',
    create: (org, n) =>
      created(org.admin, CREATE_PIPELINE, { name: `Pipeline ${n}`, stages: [{ name: 'Only', probability: 10 }] }, 'createPipeline', 'pipeline'),
  },
];

describe('soft delete and restore', () => {
  let app: TestApp;
  let org: TestOrganization;
  beforeAll(async () => {
    app = await startTestApp();
    org = await createOrganization(app, 'SoftDelete');
  });
  afterAll(async () => app.close());

  async function list(field: string, deleted?: 'EXCLUDE' | 'ONLY' | 'INCLUDE') {
    const response = await org.viewer.query(listQuery(field), deleted ? { deleted } : {});
    expect(response.errors).toBeUndefined();
    const connection = response.data[field];
    return { totalCount: connection.totalCount as number, ids: connection.edges.map((e: any) => e.node.id as string) };
  }

  describe.each(CASES)('$type', ({ type, list: field, field: payloadField, create }) => {
    it('delete hides it from the default list and its totalCount; ONLY and INCLUDE still show it; node returns it with deletedAt', async () => {
      const kept = await create(org, 1);
      const doomed = await create(org, 2);
      const before = await list(field);
      expect(before.ids).toEqual(expect.arrayContaining([kept, doomed]));

      const deleted = await org.admin.query(deleteMutation(type, payloadField), { id: doomed });
      expect(deleted.errors).toBeUndefined();
      const deletedAt: string = deleted.data[`delete${type}`][payloadField].deletedAt;
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

      const node = await org.viewer.query(NODE, { id: doomed });
      expect(node.errors).toBeUndefined();
      expect(node.data.node).toEqual({ id: doomed, __typename: type, deletedAt });
    });

    it('delete twice is idempotent (keeps the first deletedAt); restore brings it back; restore twice is idempotent', async () => {
      const id = await create(org, 3);
      const first = await org.admin.query(deleteMutation(type, payloadField), { id });
      expect(first.errors).toBeUndefined();
      const deletedAt = first.data[`delete${type}`][payloadField].deletedAt;
      expect(deletedAt).not.toBeNull();

      const second = await org.admin.query(deleteMutation(type, payloadField), { id });
      expect(second.errors).toBeUndefined();
      expect(second.data[`delete${type}`][payloadField]).toEqual({ id, deletedAt });
      expect((await list(field, 'ONLY')).ids.filter((x: string) => x === id)).toHaveLength(1);

      const restored = await org.admin.query(restoreMutation(type, payloadField), { id });
      expect(restored.errors).toBeUndefined();
      expect(restored.data[`restore${type}`][payloadField]).toEqual({ id, deletedAt: null });
      expect((await list(field)).ids).toContain(id);
      expect((await list(field, 'ONLY')).ids).not.toContain(id);

      const again = await org.admin.query(restoreMutation(type, payloadField), { id });
      expect(again.errors).toBeUndefined();
      expect(again.data[`restore${type}`][payloadField]).toEqual({ id, deletedAt: null });

      const node = await org.viewer.query(NODE, { id });
      expect(node.data.node.deletedAt).toBeNull();
    });

    it('a MEMBER may not delete (FORBIDDEN) and nothing changes', async () => {
      const id = await create(org, 4);
      const denied = await org.member.query(deleteMutation(type, payloadField), { id });
      expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect((await list(field)).ids).toContain(id);
    });
  });

  it('deleting a record of another organization is NOT_FOUND and leaves it alone', async () => {
    const other = await createOrganization(app, 'SoftDeleteOther');
    const foreign = await created(other.member, CREATE_CONTACT, { firstName: 'Their', lastName: 'Contact' }, 'createContact', 'contact');
    const attempt = await org.admin.query(deleteMutation('Contact', 'contact'), { id: foreign });
    expect(attempt.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const row = await app.owner.query('SELECT deleted_at FROM contacts WHERE id = $1', [Buffer.from(foreign, 'base64').toString().split(':')[1]]);
    expect(row.rows).toEqual([{ deleted_at: null }]);
  });
});
