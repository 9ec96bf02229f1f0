import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, type GraphQLResponse, type TestApp } from '../../helpers/app.js';
import { createOrganization, type TestOrganization } from '../../helpers/organizations.js';
import { measureStatements } from '../../helpers/statements.js';

const CREATE_FIELD = /* GraphQL */ `
  mutation ($input: CreateCustomFieldDefinitionInput!) {
    createCustomFieldDefinition(input: $input) {
      customFieldDefinition {
        id
      }
    }
  }
`;
const CREATE_DEAL = /* GraphQL */ `
  mutation ($input: CreateDealInput!) {
    createDeal(input: $input) {
      deal {
        id
      }
    }
  }
`;
const DEALS = /* GraphQL */ `
  query ($filter: DealFilter) {
    deals(first: 50, filter: $filter, orderBy: [{ field: NAME }]) {
      totalCount
      edges {
        node {
          name
        }
      }
    }
  }
`;
const CONTACT_DEALS = /* GraphQL */ `
  query ($filter: DealFilter) {
    deals(first: 50, filter: $filter) {
      totalCount
    }
  }
`;

const codes = (response: GraphQLResponse) => (response.errors ?? []).map((error) => error.extensions?.code);

describe('filtering lists by custom fields', () => {
  let app: TestApp;
  let org: TestOrganization;
  let other: TestOrganization;

  const names = async (customFields: Record<string, unknown>[], actor = org.viewer) => {
    const response = await actor.query(DEALS, { filter: { customFields } });
    expect(response.errors).toBeUndefined();
    expect(response.data.deals.totalCount).toBe(response.data.deals.edges.length);
    return response.data.deals.edges.map((edge: { node: { name: string } }) => edge.node.name);
  };
  const refused = async (customFields: Record<string, unknown>[]) => {
    const response = await org.viewer.query(DEALS, { filter: { customFields } });
    expect(codes(response)).toEqual(['BAD_USER_INPUT']);
    return response.errors![0]!;
  };

  beforeAll(async () => {
    app = await startTestApp();
    [org, other] = await Promise.all([createOrganization(app, 'Filters'), createOrganization(app, 'FiltersOther')]);
    const fields = [
      { key: 'seats', type: 'NUMBER' },
      { key: 'budget', type: 'MONEY' },
      { key: 'renewal', type: 'DATE' },
      { key: 'strategic', type: 'BOOLEAN' },
      { key: 'region', type: 'SINGLE_SELECT', options: ['EMEA', 'APAC', 'AMER'] },
      { key: 'products', type: 'MULTI_SELECT', options: ['crm', 'mail', 'phone'] },
      { key: 'note', type: 'TEXT' },
    ];
    for (const field of fields) {
      const created = await org.admin.query(CREATE_FIELD, { input: { entity: 'DEAL', label: field.key, ...field } });
      expect(created.errors).toBeUndefined();
    }
    const deals: [string, Record<string, unknown>][] = [
      ['a', { seats: 5, budget: '900.00', renewal: '2026-01-15', strategic: true, region: 'EMEA', products: ['crm'], note: 'Big Fish' }],
      ['b', { seats: 50, budget: '10000.00', renewal: '2026-06-01', strategic: false, region: 'APAC', products: ['crm', 'mail'] }],
      ['c', { seats: 500, renewal: '2027-03-01', region: 'AMER', products: [], note: 'small fish' }],
      ['d', { seats: null, unrelated: 'x' }],
    ];
    for (const [name, customFields] of deals) {
      const created = await org.member.query(CREATE_DEAL, { input: { deal: { name, customFields } } });
      expect(created.errors).toBeUndefined();
    }
    // A value written before the field was defined (or by an older client): text under a NUMBER key.
    await app.owner.query(
      `INSERT INTO deals (org_id, name, pipeline_id, stage_id, custom_fields)
       SELECT org_id, 'legacy', pipeline_id, stage_id, '{"seats": "12", "renewal": 20260101}'::jsonb FROM deals WHERE org_id = $1 LIMIT 1`,
      [org.id],
    );
    // The other organization has a field of the same key and matching values: never seen.
    await other.admin.query(CREATE_FIELD, { input: { entity: 'DEAL', key: 'seats', label: 'Seats', type: 'NUMBER' } });
    await other.member.query(CREATE_DEAL, { input: { deal: { name: 'other', customFields: { seats: 5 } } } });
  }, 60_000);
  afterAll(async () => app?.close());

  it('compares NUMBER values as numbers; values of another type never match', async () => {
    expect(await names([{ key: 'seats', gt: '9' }])).toEqual(['b', 'c']);
    expect(await names([{ key: 'seats', lte: '50' }])).toEqual(['a', 'b']);
    expect(await names([{ key: 'seats', lt: '100' }])).toEqual(['a', 'b']);
    expect(await names([{ key: 'seats', equals: '5.0' }])).toEqual(['a']);
    expect(await names([{ key: 'seats', in: ['5', '500'] }])).toEqual(['a', 'c']);
  });

  it('compares DATE values as dates', async () => {
    expect(await names([{ key: 'renewal', gte: '2026-06-01', lt: '2027-03-01' }])).toEqual(['b']);
    expect(await names([{ key: 'renewal', lt: '2026-12-31' }])).toEqual(['a', 'b']);
  });

  it('matches MONEY, BOOLEAN and SINGLE_SELECT values exactly', async () => {
    expect(await names([{ key: 'budget', equals: '900.00' }])).toEqual(['a']);
    expect(await names([{ key: 'strategic', equals: 'false' }])).toEqual(['b']);
    expect(await names([{ key: 'region', in: ['EMEA', 'AMER'] }])).toEqual(['a', 'c']);
  });

  it('finds MULTI_SELECT records holding an option (contains) or any of several (in)', async () => {
    expect(await names([{ key: 'products', contains: 'mail' }])).toEqual(['b']);
    expect(await names([{ key: 'products', in: ['mail', 'crm'] }])).toEqual(['a', 'b']);
  });

  it('finds TEXT containing a string (case-sensitive) and set or unset values', async () => {
    expect(await names([{ key: 'note', contains: 'fish' }])).toEqual(['c']);
    expect(await names([{ key: 'seats', isSet: false }])).toEqual(['d']);
    expect(await names([{ key: 'note', isSet: true }])).toEqual(['a', 'c']);
  });

  it('combines conditions (AND within the list) and with the other filters, NOT and OR included', async () => {
    expect(
      await names([
        { key: 'seats', gt: '1' },
        { key: 'region', equals: 'APAC' },
      ]),
    ).toEqual(['b']);
    const response = await org.viewer.query(DEALS, {
      filter: { OR: [{ name: { equals: 'd' } }, { NOT: { customFields: [{ key: 'seats', lt: '100' }] } }] },
    });
    expect(response.errors).toBeUndefined();
    expect(response.data.deals.edges.map((edge: { node: { name: string } }) => edge.node.name)).toEqual(['c', 'd']);
  });

  it('NOT keeps out records without a value of the field type (isSet: false finds them)', async () => {
    const response = await org.viewer.query(DEALS, { filter: { NOT: { customFields: [{ key: 'seats', lt: '100' }] } } });
    expect(response.errors).toBeUndefined();
    expect(response.data.deals.edges.map((edge: { node: { name: string } }) => edge.node.name)).toEqual(['c']);
  });

  it("reads another organization's field of the same key only there", async () => {
    expect(await names([{ key: 'seats', equals: '5' }], other.viewer)).toEqual(['other']);
    expect(await names([{ key: 'seats', equals: '5' }])).toEqual(['a']);
  });

  it.each([
    ['an unknown key', { key: 'nope', equals: 'x' }, 'has no custom field'],
    ['a MONEY range operand that is not an amount', { key: 'budget', gt: '1' }, 'is not a MONEY value'],
    ['a range on SINGLE_SELECT', { key: 'region', gt: 'A' }, 'range conditions'],
    ['a number that is not one', { key: 'seats', gt: 'many' }, 'is not a NUMBER value'],
    ['a date that is not one', { key: 'renewal', gt: '01/02/2026' }, 'is not a DATE value'],
    ['equals on MULTI_SELECT', { key: 'products', equals: 'crm' }, 'MULTI_SELECT'],
    ['contains on NUMBER', { key: 'seats', contains: '5' }, 'contains applies'],
  ])('refuses %s with BAD_USER_INPUT', async (_case, condition, message) => {
    const error = await refused([condition]);
    expect(error.message).toContain(message);
  });

  it('counts against the filter budget: 51 conditions are over it', async () => {
    const conditions = Array.from({ length: 51 }, () => ({ key: 'seats', gt: '1' }));
    const response = await org.viewer.query(CONTACT_DEALS, { filter: { customFields: conditions } });
    expect(codes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.errors![0]!.extensions).toMatchObject({ limit: 'filterConditions', maximum: 50, found: 51 });
  });

  it('customFieldValues shows every live field of the entity in form order, typed, as text', async () => {
    const query = /* GraphQL */ `
      query ($first: Int!) {
        deals(first: $first, orderBy: [{ field: NAME }]) {
          edges {
            node {
              name
              customFieldValues {
                key
                type
                value
              }
            }
          }
        }
      }
    `;
    const small = await measureStatements(app, org.viewer, query, { first: 1 });
    const large = await measureStatements(app, org.viewer, query, { first: 50 });
    // One read of the definitions per request, however many records the page holds.
    expect(large.count).toBe(small.count);
    expect(large.statements.filter((statement) => statement.includes('custom_field_definitions'))).toHaveLength(1);
    const byName = Object.fromEntries(
      large.data.deals.edges.map((edge: { node: { name: string; customFieldValues: unknown[] } }) => [
        edge.node.name,
        edge.node.customFieldValues,
      ]),
    );
    expect(byName.a).toEqual([
      { key: 'seats', type: 'NUMBER', value: '5' },
      { key: 'budget', type: 'MONEY', value: '900.00' },
      { key: 'renewal', type: 'DATE', value: '2026-01-15' },
      { key: 'strategic', type: 'BOOLEAN', value: 'true' },
      { key: 'region', type: 'SINGLE_SELECT', value: 'EMEA' },
      { key: 'products', type: 'MULTI_SELECT', value: 'crm' },
      { key: 'note', type: 'TEXT', value: 'Big Fish' },
    ]);
    expect(byName.d.map((field: { value: string | null }) => field.value)).toEqual([null, null, null, null, null, null, null]);
  });

  it('does not read a deleted field', async () => {
    const field = await org.admin.query(CREATE_FIELD, { input: { entity: 'DEAL', key: 'gone', label: 'Gone', type: 'TEXT' } });
    const id = field.data.createCustomFieldDefinition.customFieldDefinition.id;
    await org.admin.query('mutation ($id: ID!) { deleteCustomFieldDefinition(input: { id: $id }) { customFieldDefinition { id } } }', {
      id,
    });
    const error = await refused([{ key: 'gone', isSet: true }]);
    expect(error.message).toContain('has no custom field');
  });
});
