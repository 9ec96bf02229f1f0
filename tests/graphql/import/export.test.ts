/**
 * GET /export/<entity>.csv over real HTTP: the GraphQL request's door (token, X-Organization-Id,
 * membership, role matrix), the list's own filter input, RLS, keyset pages past one page, and
 * cells a spreadsheet would run escaped.
 */
import { beforeAll, describe, expect, it } from '@jest/globals';
import { parse } from 'csv-parse/sync';
import type { Actor } from '../../helpers/app.js';
import { useTenants } from '../../helpers/actors.js';

const CREATE_CONTACT = 'mutation ($input: CreateContactInput!) { createContact(input: $input) { contact { id } } }';
const CREATE_DEAL = 'mutation ($input: CreateDealInput!) { createDeal(input: $input) { deal { id } } }';

describe('CSV export', () => {
  const tenants = useTenants('Exporters', { otherTenant: true });
  const { asOwner, asViewer, asOutsider, asOtherTenant } = tenants;
  const exportUrl = (path: string) => tenants.app.url.replace(/\/graphql$/, `/export/${path}`);

  /** GET as the actor (its token and organization), or with the given headers. */
  const get = (path: string, actor: Actor | null, query: Record<string, string> = {}) => {
    const search = new URLSearchParams(query).toString();
    const headers: Record<string, string> = actor ? { authorization: `Bearer ${actor.token}`, 'x-organization-id': actor.orgId! } : {};
    return fetch(`${exportUrl(path)}${search ? `?${search}` : ''}`, { headers });
  };
  const errorOf = async (response: Response) => ((await response.json()) as { error: { code: string; message: string } }).error;
  const rowsOf = async (response: Response) => parse(await response.text(), { columns: true }) as Record<string, string>[];

  beforeAll(async () => {
    for (const input of [
      { firstName: 'Exported', lastName: 'Person', email: 'exported@export.test', tags: ['a', 'b'] },
      { firstName: '=HYPERLINK("http://evil.test")', lastName: 'Formula', email: 'formula@export.test' },
    ]) {
      expect((await asOwner.query(CREATE_CONTACT, { input })).errors).toBeUndefined();
    }
    expect((await asOtherTenant.query(CREATE_CONTACT, { input: { firstName: 'Other', lastName: 'Tenant' } })).errors).toBeUndefined();
    expect((await asOwner.query(CREATE_DEAL, { input: { deal: { name: 'Exported deal', value: '1234.50' } } })).errors).toBeUndefined();
    // Past one keyset page (1,000 rows): written as the owner role, straight into the table.
    await tenants.app.owner.query(
      `INSERT INTO contacts (org_id, first_name, last_name, email)
       SELECT $1, 'Bulk', 'Row ' || i, 'bulk' || i || '@paging.test' FROM generate_series(1, 1500) AS i`,
      [tenants.org.id],
    );
  });

  it('streams the contacts of the organization with the header row, under the list filter', async () => {
    const response = await get('contacts.csv', asOwner, { filter: JSON.stringify({ email: { equals: 'exported@export.test' } }) });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="contacts.csv"');
    const rows = await rowsOf(response);
    expect(rows).toEqual([
      expect.objectContaining({ firstName: 'Exported', lastName: 'Person', email: 'exported@export.test', tags: 'a; b' }),
    ]);
    expect(Buffer.from(rows[0]!.id!, 'base64').toString()).toMatch(/^Contact:/);
  });

  it('reads every row across keyset pages, once each, and no other tenant', async () => {
    const rows = await rowsOf(await get('contacts.csv', asOwner));
    expect(rows).toHaveLength(1_502);
    expect(new Set(rows.map((row) => row.id)).size).toBe(1_502);
    expect(rows.map((row) => row.firstName)).not.toContain('Other');
  });

  it('escapes a cell a spreadsheet would run as a formula', async () => {
    const [row] = await rowsOf(await get('contacts.csv', asOwner, { filter: JSON.stringify({ lastName: { equals: 'Formula' } }) }));
    expect(row!.firstName).toBe(`'=HYPERLINK("http://evil.test")`);
  });

  it('exports deals with their money as written', async () => {
    const rows = await rowsOf(await get('deals.csv', asOwner));
    expect(rows).toEqual([expect.objectContaining({ name: 'Exported deal', value: '1234.5', currency: 'USD', status: 'OPEN' })]);
  });

  it.each(['companies', 'leads', 'activities'])('exports %s (header only when there are none)', async (entity) => {
    const response = await get(`${entity}.csv`, asViewer);
    expect(response.status).toBe(200);
    expect((await response.text()).split('\n')[0]).toMatch(/^id,/);
  });

  it('a VIEWER may export (it may read the same rows through the lists)', async () => {
    expect((await get('contacts.csv', asViewer)).status).toBe(200);
  });

  it('without credentials: 401 with a Bearer challenge', async () => {
    const response = await get('contacts.csv', null);
    // No Authorization: no viewer; `read` then needs a member, so the door refuses.
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toBe('Bearer realm="clientflow"');
    expect((await errorOf(response)).code).toBe('UNAUTHENTICATED');
  });

  it('a non-member: 403', async () => {
    const response = await get('contacts.csv', asOutsider);
    expect(response.status).toBe(403);
    expect((await errorOf(response)).code).toBe('FORBIDDEN');
  });

  it.each([
    ['not JSON', '{', 'filter is not valid JSON'],
    [
      'a field the list does not filter on',
      JSON.stringify({ salary: { equals: 1 } }),
      'filter: Field "salary" is not defined by type "ContactFilter".',
    ],
    ['a value of the wrong type', JSON.stringify({ createdAt: { gt: 'yesterday' } }), 'filter.createdAt.gt:'],
    ['an id of another type', JSON.stringify({ companyId: { equals: 'nope' } }), 'companyId'],
  ])('a filter that is %s: 400 BAD_USER_INPUT naming it', async (_name, filter, message) => {
    const response = await get('contacts.csv', asOwner, { filter });
    expect(response.status).toBe(400);
    const error = await errorOf(response);
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.message).toContain(message);
  });

  it('an unknown export: 404', async () => {
    expect((await get('users.csv', asOwner)).status).toBe(404);
  });

  it("adds the organization's custom fields as custom.<key> columns, and filters by them", async () => {
    const define = (input: Record<string, unknown>) =>
      tenants.asAdmin.query(
        'mutation ($input: CreateCustomFieldDefinitionInput!) { createCustomFieldDefinition(input: $input) { customFieldDefinition { id } } }',
        { input: { entity: 'DEAL', ...input } },
      );
    expect((await define({ key: 'commission', label: 'Commission', type: 'MONEY' })).errors).toBeUndefined();
    expect((await define({ key: 'channels', label: 'Channels', type: 'MULTI_SELECT', options: ['MLS', 'Zillow'] })).errors).toBeUndefined();
    const created = await asOwner.query(CREATE_DEAL, {
      input: { deal: { name: 'Custom deal', customFields: { commission: '12500.00', channels: ['MLS', 'Zillow'] } } },
    });
    expect(created.errors).toBeUndefined();
    const response = await get('deals.csv', asOwner, { filter: JSON.stringify({ customFields: [{ key: 'commission', isSet: true }] }) });
    expect(response.status).toBe(200);
    const rows = await rowsOf(response);
    expect(rows.map((row) => [row.name, row['custom.commission'], row['custom.channels']])).toEqual([
      ['Custom deal', '12500.00', 'MLS;Zillow'],
    ]);
  });
});
