import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, type GraphQLResponse, type TestApp } from '../../helpers/app.js';
import { createOrganization, type TestOrganization } from '../../helpers/organizations.js';
import { newFieldKey } from '../../helpers/tenant-types/custom-field.js';

const FIELDS = 'id entity key label type options required position deletedAt';
const CREATE = /* GraphQL */ `
  mutation ($input: CreateCustomFieldDefinitionInput!) { createCustomFieldDefinition(input: $input) { customFieldDefinition { ${FIELDS} } } }
`;
const UPDATE = /* GraphQL */ `
  mutation ($input: UpdateCustomFieldDefinitionInput!) { updateCustomFieldDefinition(input: $input) { customFieldDefinition { ${FIELDS} } } }
`;
const DELETE = /* GraphQL */ `
  mutation ($id: ID!) {
    deleteCustomFieldDefinition(input: { id: $id }) {
      customFieldDefinition {
        id
        deletedAt
      }
    }
  }
`;
const PURGE = /* GraphQL */ `
  mutation ($id: ID!) {
    purgeCustomFieldValues(input: { id: $id }) {
      purgedCount
      remaining
      customFieldDefinition {
        id
      }
    }
  }
`;
const DEFINITIONS = /* GraphQL */ `
  query ($entity: CustomFieldEntity, $deleted: DeletedFilter) {
    customFieldDefinitions(first: 100, entity: $entity, deleted: $deleted) {
      totalCount
      edges {
        node {
          key
          entity
        }
      }
    }
  }
`;
const CREATE_COMPANY = /* GraphQL */ `
  mutation ($input: CreateCompanyInput!) {
    createCompany(input: $input) {
      company {
        id
        customFields
      }
    }
  }
`;
const UPDATE_COMPANY = /* GraphQL */ `
  mutation ($input: UpdateCompanyInput!) {
    updateCompany(input: $input) {
      company {
        id
        customFields
      }
    }
  }
`;

const codes = (response: GraphQLResponse) => (response.errors ?? []).map((error) => error.extensions?.code);

describe('custom field definitions', () => {
  let app: TestApp;
  let org: TestOrganization;

  const run = async (query: string, variables: Record<string, unknown>, actor = org.admin) => {
    const response = await actor.query(query, variables);
    expect(response.errors).toBeUndefined();
    return response.data;
  };
  const define = async (input: Record<string, unknown>) =>
    (await run(CREATE, { input: { entity: 'COMPANY', key: newFieldKey(), label: 'Field', type: 'TEXT', ...input } }))
      .createCustomFieldDefinition.customFieldDefinition;
  const definitionRows = async () =>
    (
      await app.owner.query(
        "SELECT count(*)::int AS n, coalesce(md5(string_agg(t::text, '|' ORDER BY t.id)), '') AS h FROM custom_field_definitions t WHERE org_id = $1",
        [org.id],
      )
    ).rows[0];

  /** The code, data null and no definition written or changed; returns the error. */
  async function refused(query: string, input: Record<string, unknown>, code = 'BAD_USER_INPUT') {
    const before = await definitionRows();
    const response = await org.admin.query(query, { input });
    expect(codes(response)).toEqual([code]);
    expect(response.data).toBeNull();
    expect(await definitionRows()).toEqual(before);
    return response.errors![0]!;
  }
  const companyValues = async (id: string) =>
    (await app.owner.query('SELECT custom_fields FROM companies WHERE id = $1', [Buffer.from(id, 'base64').toString().split(':')[1]]))
      .rows[0].custom_fields;

  beforeAll(async () => {
    app = await startTestApp();
    org = await createOrganization(app, 'Fields');
  }, 60_000);
  afterAll(async () => app?.close());

  describe('createCustomFieldDefinition', () => {
    it('stores a select field with its options, after the last field by default', async () => {
      const first = await define({ entity: 'DEAL', label: '  Region ', type: 'SINGLE_SELECT', options: ['EMEA', ' APAC ', 'EMEA'] });
      expect(first).toMatchObject({ entity: 'DEAL', label: 'Region', type: 'SINGLE_SELECT', options: ['EMEA', 'APAC'], required: false });
      const second = await define({ entity: 'DEAL', type: 'NUMBER', required: true });
      expect(second.position).toBe(first.position + 1);
    });

    it.each([
      ['a key with upper case', { key: 'Region' }, 'key'],
      ['a key starting with a digit', { key: '1st' }, 'key'],
      ['a key of 41 characters', { key: `a${'b'.repeat(40)}` }, 'key'],
      ['a blank label', { label: '   ' }, 'label'],
      ['options on a TEXT field', { options: ['a'] }, 'options'],
      ['a select without options', { type: 'MULTI_SELECT', options: [] }, 'options'],
      ['101 options', { type: 'MULTI_SELECT', options: Array.from({ length: 101 }, (_, i) => `o${i}`) }, 'options'],
      ['a negative position', { position: -1 }, 'position'],
      ['an option with the CSV separator', { type: 'MULTI_SELECT', options: ['a;b'] }, 'options'],
    ])('refuses %s (BAD_USER_INPUT naming the field, nothing written)', async (_case, input, field) => {
      const error = await refused(CREATE, { entity: 'COMPANY', key: newFieldKey(), label: 'Bad', type: 'TEXT', ...input });
      expect(error.extensions!.field).toBe(field);
    });

    it('refuses a key the entity already has live; another entity may use it', async () => {
      const { key } = await define({ entity: 'LEAD' });
      const error = await refused(CREATE, { entity: 'LEAD', key, label: 'Again', type: 'TEXT' });
      expect(error.message).toContain(key);
      expect((await define({ entity: 'CONTACT', key })).key).toBe(key);
    });

    it('refuses the 101st live field of an entity', async () => {
      const other = await createOrganization(app, 'Crowded');
      await app.owner.query(
        `INSERT INTO custom_field_definitions (org_id, entity, key, label, type)
         SELECT $1, 'ACTIVITY', 'k' || i, 'Field ' || i, 'TEXT' FROM generate_series(1, 100) i`,
        [other.id],
      );
      const response = await other.admin.query(CREATE, { input: { entity: 'ACTIVITY', key: 'one_more', label: 'More', type: 'TEXT' } });
      expect(codes(response)).toEqual(['BAD_USER_INPUT']);
      expect(response.errors![0]!.message).toContain('at most 100');
    });

    it('is for ADMIN and OWNER: a MEMBER is FORBIDDEN, a VIEWER reads the definitions', async () => {
      const response = await org.member.query(CREATE, { input: { entity: 'COMPANY', key: newFieldKey(), label: 'No', type: 'TEXT' } });
      expect(codes(response)).toEqual(['FORBIDDEN']);
      const { key } = await define({ entity: 'ACTIVITY' });
      const list = await run(DEFINITIONS, { entity: 'ACTIVITY' }, org.viewer);
      expect(list.customFieldDefinitions.edges.map((edge: { node: { key: string } }) => edge.node.key)).toContain(key);
      expect(list.customFieldDefinitions.edges.every((edge: { node: { entity: string } }) => edge.node.entity === 'ACTIVITY')).toBe(true);
    });
  });

  describe('values on create and update of a record', () => {
    it('checks every type, names the key, writes nothing; free keys stay accepted', async () => {
      const text = await define({ type: 'TEXT' });
      const number = await define({ type: 'NUMBER' });
      const money = await define({ type: 'MONEY' });
      const date = await define({ type: 'DATE' });
      const flag = await define({ type: 'BOOLEAN' });
      const single = await define({ type: 'SINGLE_SELECT', options: ['A', 'B'] });
      const multi = await define({ type: 'MULTI_SELECT', options: ['x', 'y'] });
      const cases: [string, unknown, string][] = [
        [text.key, 5, 'WRONG_TYPE'],
        [text.key, 'x'.repeat(1001), 'TOO_LONG'],
        [number.key, '12', 'WRONG_TYPE'],
        [money.key, '12.5', 'WRONG_TYPE'],
        [money.key, 12.5, 'WRONG_TYPE'],
        [date.key, '2026-02-30', 'WRONG_TYPE'],
        [date.key, '2026-1-5', 'WRONG_TYPE'],
        [flag.key, 'true', 'WRONG_TYPE'],
        [single.key, 'C', 'NOT_AN_OPTION'],
        [multi.key, ['x', 'z'], 'NOT_AN_OPTION'],
        [multi.key, ['x', 'x'], 'WRONG_TYPE'],
        [multi.key, 'x', 'WRONG_TYPE'],
      ];
      const before = (await app.owner.query('SELECT count(*)::int AS n FROM companies WHERE org_id = $1', [org.id])).rows[0].n;
      for (const [key, value, problem] of cases) {
        const response = await org.member.query(CREATE_COMPANY, { input: { name: 'Typed', customFields: { [key]: value } } });
        expect(codes(response)).toEqual(['INVALID_CUSTOM_FIELD']);
        expect(response.errors![0]!.extensions).toMatchObject({ key, problem, field: `customFields.${key}` });
        expect(response.data).toBeNull();
      }
      expect((await app.owner.query('SELECT count(*)::int AS n FROM companies WHERE org_id = $1', [org.id])).rows[0].n).toBe(before);

      const values = {
        [text.key]: 'hello',
        [number.key]: 12.5,
        [money.key]: '-1250.00',
        [date.key]: '2024-02-29',
        [flag.key]: false,
        [single.key]: 'B',
        [multi.key]: ['y', 'x'],
        legacyFreeKey: { any: ['json'] },
      };
      const company = (await run(CREATE_COMPANY, { input: { name: 'Typed', customFields: values } }, org.member)).createCompany.company;
      expect(company.customFields).toEqual(values);
    });

    it('requires a required field on create, and on an update that sets customFields; an update without them is not checked', async () => {
      const company = (await run(CREATE_COMPANY, { input: { name: 'Before the rule' } }, org.member)).createCompany.company;
      const required = await define({ type: 'NUMBER', required: true });
      try {
        const response = await org.member.query(CREATE_COMPANY, { input: { name: 'Missing' } });
        expect(codes(response)).toEqual(['INVALID_CUSTOM_FIELD']);
        expect(response.errors![0]!.extensions).toMatchObject({ key: required.key, problem: 'REQUIRED' });
        const nulled = await org.member.query(CREATE_COMPANY, { input: { name: 'Null', customFields: { [required.key]: null } } });
        expect(codes(nulled)).toEqual(['INVALID_CUSTOM_FIELD']);

        const renamed = await org.member.query(UPDATE_COMPANY, { input: { id: company.id, name: 'Renamed' } });
        expect(renamed.errors).toBeUndefined();
        const update = await org.member.query(UPDATE_COMPANY, { input: { id: company.id, customFields: { other: 1 } } });
        expect(codes(update)).toEqual(['INVALID_CUSTOM_FIELD']);
        expect(await companyValues(company.id)).toEqual({});
        await run(UPDATE_COMPANY, { input: { id: company.id, customFields: { [required.key]: 3 } } }, org.member);
        expect(await companyValues(company.id)).toEqual({ [required.key]: 3 });
      } finally {
        await run(DELETE, { id: required.id });
      }
    });
  });

  describe('updateCustomFieldDefinition', () => {
    it('changes label, options and required; the key stays', async () => {
      const field = await define({ type: 'SINGLE_SELECT', options: ['a'] });
      const updated = (await run(UPDATE, { input: { id: field.id, label: 'Tier', options: ['a', 'b'], required: false } }))
        .updateCustomFieldDefinition.customFieldDefinition;
      expect(updated).toMatchObject({ key: field.key, label: 'Tier', options: ['a', 'b'] });
    });

    it('refuses a type change while a record holds a value, and allows it when none does', async () => {
      const field = await define({ type: 'TEXT' });
      const holder = (await run(CREATE_COMPANY, { input: { name: 'Holder', customFields: { [field.key]: 'text' } } }, org.member))
        .createCompany.company;
      const error = await refused(UPDATE, { id: field.id, type: 'NUMBER' });
      expect(error.extensions!.field).toBe('type');
      expect(error.message).toContain('cannot change');
      // A soft-deleted record's value counts too (restoring it would bring it back).
      await run('mutation ($id: ID!) { deleteCompany(input: { id: $id }) { company { id } } }', { id: holder.id });
      await refused(UPDATE, { id: field.id, type: 'NUMBER' });
      await run(UPDATE_COMPANY, { input: { id: holder.id, customFields: {} } }, org.member);
      const changed = (await run(UPDATE, { input: { id: field.id, type: 'NUMBER' } })).updateCustomFieldDefinition.customFieldDefinition;
      expect(changed.type).toBe('NUMBER');
    });

    it('changes the type of a field no record uses (select options are cleared with it)', async () => {
      const field = await define({ type: 'SINGLE_SELECT', options: ['a'] });
      const updated = (await run(UPDATE, { input: { id: field.id, type: 'DATE' } })).updateCustomFieldDefinition.customFieldDefinition;
      expect(updated).toMatchObject({ type: 'DATE', options: [] });
    });

    it('answers NOT_FOUND for a deleted field and for bad ids', async () => {
      const field = await define({});
      await run(DELETE, { id: field.id });
      await refused(UPDATE, { id: field.id, label: 'Ghost' }, 'NOT_FOUND');
      await refused(UPDATE, { id: 'not-an-id', label: 'Ghost' });
    });
  });

  describe('deleteCustomFieldDefinition and purgeCustomFieldValues', () => {
    it('keeps the values, stops checking them, and purges them only once deleted', async () => {
      const field = await define({ type: 'NUMBER' });
      const company = (await run(CREATE_COMPANY, { input: { name: 'Keeps', customFields: { [field.key]: 7, note: 'x' } } }, org.member))
        .createCompany.company;
      const live = await org.admin.query(PURGE, { id: field.id });
      expect(codes(live)).toEqual(['BAD_USER_INPUT']);

      const deleted = (await run(DELETE, { id: field.id })).deleteCustomFieldDefinition.customFieldDefinition;
      expect(deleted.deletedAt).not.toBeNull();
      expect((await run(DELETE, { id: field.id })).deleteCustomFieldDefinition.customFieldDefinition.deletedAt).toBe(deleted.deletedAt);
      expect(await companyValues(company.id)).toEqual({ [field.key]: 7, note: 'x' });
      // No longer checked: any JSON may be written under the key.
      await run(UPDATE_COMPANY, { input: { id: company.id, customFields: { [field.key]: 'seven', note: 'x' } } }, org.member);
      const trash = await run(DEFINITIONS, { entity: 'COMPANY', deleted: 'ONLY' });
      expect(trash.customFieldDefinitions.edges.map((edge: { node: { key: string } }) => edge.node.key)).toContain(field.key);

      const purged = (await run(PURGE, { id: field.id })).purgeCustomFieldValues;
      expect(purged).toMatchObject({ purgedCount: 1, remaining: false });
      expect(await companyValues(company.id)).toEqual({ note: 'x' });
      expect((await run(PURGE, { id: field.id })).purgeCustomFieldValues.purgedCount).toBe(0);
    });

    it('refuses to purge a key a live field took again', async () => {
      const field = await define({ type: 'TEXT' });
      await run(DELETE, { id: field.id });
      await define({ type: 'TEXT', key: field.key });
      const response = await org.admin.query(PURGE, { id: field.id });
      expect(codes(response)).toEqual(['BAD_USER_INPUT']);
      expect(response.errors![0]!.message).toContain('live custom field');
    });

    it('purges for ADMIN and OWNER only', async () => {
      const field = await define({});
      await run(DELETE, { id: field.id });
      expect(codes(await org.member.query(PURGE, { id: field.id }))).toEqual(['FORBIDDEN']);
      expect(codes(await org.viewer.query(PURGE, { id: field.id }))).toEqual(['FORBIDDEN']);
    });
  });
});
