import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, type Actor, type GraphQLResponse, type TestApp } from '../../helpers/app.js';
import { createOrganization, type TestOrganization } from '../../helpers/organizations.js';

const SEARCH = /* GraphQL */ `
  query Search($query: String!, $types: [SearchableType!], $first: Int, $after: String) {
    search(query: $query, types: $types, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      edges {
        cursor
        score
        node {
          __typename
          ... on Contact {
            id
            fullName
            email
          }
          ... on Company {
            id
            name
            domain
          }
          ... on Lead {
            id
            firstName
            lastName
            companyName
          }
          ... on Deal {
            id
            name
          }
          ... on Listing {
            id
            title
            city
          }
        }
      }
    }
  }
`;
const CREATE = {
  Contact: 'mutation ($input: CreateContactInput!) { createContact(input: $input) { contact { id } } }',
  Company: 'mutation ($input: CreateCompanyInput!) { createCompany(input: $input) { company { id } } }',
  Lead: 'mutation ($input: CreateLeadInput!) { createLead(input: $input) { lead { id } } }',
  Deal: 'mutation ($input: CreateDealInput!) { createDeal(input: $input) { deal { id } } }',
  Listing: 'mutation ($input: CreateListingInput!) { createListing(input: $input) { listing { id } } }',
};
const DELETE_CONTACT = 'mutation ($id: ID!) { deleteContact(input: { id: $id }) { contact { id } } }';
const RESTORE_CONTACT = 'mutation ($id: ID!) { restoreContact(input: { id: $id }) { contact { id } } }';

const codes = (response: GraphQLResponse) => (response.errors ?? []).map((error) => error.extensions?.code);

async function create(actor: Actor, type: keyof typeof CREATE, input: Record<string, unknown>): Promise<string> {
  const response = await actor.query(CREATE[type], { input });
  if (response.errors) throw new Error(JSON.stringify(response.errors));
  const payload = Object.values(response.data)[0] as Record<string, { id: string }>;
  return Object.values(payload)[0]!.id;
}

describe('search', () => {
  let app: TestApp;
  let org: TestOrganization;
  let other: TestOrganization;
  type Named =
    | 'johnSmith'
    | 'jonSmith'
    | 'johnnySmithson'
    | 'janeDoe'
    | 'maryMajor'
    | 'acme'
    | 'smithPartners'
    | 'joanSmith'
    | 'smithDeal'
    | 'listing';
  const ids = {} as Record<Named, string>;
  let theirJohnSmith: string;

  const search = async (variables: Record<string, unknown>, actor: Actor = org.viewer) => {
    const response = await actor.query(SEARCH, variables);
    expect(response.errors).toBeUndefined();
    return response.data.search as {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
      edges: { cursor: string; score: number; node: { __typename: string; id: string; [field: string]: unknown } }[];
    };
  };
  const found = (result: Awaited<ReturnType<typeof search>>) => result.edges.map((edge) => edge.node.id);

  beforeAll(async () => {
    app = await startTestApp();
    [org, other] = await Promise.all([createOrganization(app, 'Search'), createOrganization(app, 'SearchOther')]);
    const member = org.member;
    ids.johnSmith = await create(member, 'Contact', { firstName: 'John', lastName: 'Smith', email: 'john.smith@acme-corp.test' });
    ids.jonSmith = await create(member, 'Contact', { firstName: 'Jon', lastName: 'Smith' });
    ids.johnnySmithson = await create(member, 'Contact', { firstName: 'Johnny', lastName: 'Smithson' });
    ids.janeDoe = await create(member, 'Contact', { firstName: 'Jane', lastName: 'Doe' });
    ids.maryMajor = await create(member, 'Contact', { firstName: 'Mary', lastName: 'Major' });
    ids.acme = await create(member, 'Company', { name: 'Acme Corporation', domain: 'acme-corp.test' });
    ids.smithPartners = await create(member, 'Company', { name: 'Smith & Partners' });
    ids.joanSmith = await create(member, 'Lead', { firstName: 'Joan', lastName: 'Smith', companyName: 'Lead Co' });
    ids.smithDeal = await create(member, 'Deal', { deal: { name: 'Smith renewal 2027' } });
    ids.listing = await create(member, 'Listing', {
      title: 'Sunny townhouse',
      propertyType: 'TOWNHOUSE',
      price: '350000.00',
      city: 'Springfield',
    });
    for (let i = 0; i < 6; i++) await create(member, 'Contact', { firstName: `Sam${i}`, lastName: 'Smith' });
    theirJohnSmith = await create(other.owner, 'Contact', { firstName: 'John', lastName: 'Smith' });
  }, 60_000);
  afterAll(async () => app?.close());

  it('ranks an exact name above close ones, best first', async () => {
    const result = await search({ query: 'John Smith' });
    expect(result.edges[0]!.node).toMatchObject({ __typename: 'Contact', id: ids.johnSmith, fullName: 'John Smith' });
    expect(result.edges[0]!.score).toBe(1);
    expect(found(result)).toEqual(expect.arrayContaining([ids.jonSmith, ids.johnnySmithson]));
    const scores = result.edges.map((edge) => edge.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    expect(found(result).indexOf(ids.jonSmith)).toBeGreaterThan(0);
    expect(result.edges.find((edge) => edge.node.id === ids.jonSmith)!.score).toBeLessThan(1);
  });

  it('tolerates typos in names', async () => {
    const swapped = await search({ query: 'Jonh Smiht' });
    expect(found(swapped).slice(0, 3)).toContain(ids.johnSmith);
    // No record matches "jhon": the ones matching "smith" come instead, John Smith among the first.
    const firstWordWrong = await search({ query: 'Jhon Smith' });
    expect(found(firstWordWrong).slice(0, 5)).toContain(ids.johnSmith);
    const lastName = await search({ query: 'Smiht', first: 50 });
    expect(found(lastName)).toEqual(expect.arrayContaining([ids.johnSmith, ids.jonSmith, ids.smithPartners, ids.joanSmith, ids.smithDeal]));
    const city = await search({ query: 'Sprinfield' });
    expect(found(city)).toEqual([ids.listing]);
  });

  it('finds e-mails and domains by substring', async () => {
    const byDomain = await search({ query: 'acme-corp.test' });
    expect(found(byDomain)).toEqual(expect.arrayContaining([ids.acme, ids.johnSmith]));
  });

  it('finds every searchable kind of record', async () => {
    const company = await search({ query: 'acme' });
    expect(company.edges[0]!.node).toMatchObject({ __typename: 'Company', name: 'Acme Corporation' });
    const typenames = new Set((await search({ query: 'smith', first: 50 })).edges.map((edge) => edge.node.__typename));
    expect([...typenames].sort()).toEqual(['Company', 'Contact', 'Deal', 'Lead']);
    const listing = await search({ query: 'sunny townhouse' });
    expect(listing.edges[0]!.node).toMatchObject({ __typename: 'Listing', id: ids.listing, title: 'Sunny townhouse', city: 'Springfield' });
  });

  it('filters by type', async () => {
    const companies = await search({ query: 'smith', types: ['COMPANY'] });
    expect(found(companies)).toEqual([ids.smithPartners]);
    expect(companies.totalCount).toBe(1);
    const people = await search({ query: 'smith', types: ['CONTACT', 'LEAD'], first: 50 });
    expect(new Set(people.edges.map((edge) => edge.node.__typename))).toEqual(new Set(['Contact', 'Lead']));
    expect(found(people)).toContain(ids.joanSmith);
  });

  it('pages with cursors: no duplicates, nothing skipped, the same total on every page', async () => {
    const all = await search({ query: 'smith', first: 50 });
    expect(all.totalCount).toBe(all.edges.length);
    expect(all.totalCount).toBeGreaterThan(10);
    const paged: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const page = await search({ query: 'smith', first: 4, after });
      expect(page.totalCount).toBe(all.totalCount);
      expect(page.edges.length).toBeLessThanOrEqual(4);
      expect(page.pageInfo.hasPreviousPage).toBe(after !== null);
      paged.push(...found(page));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      pages += 1;
    } while (after);
    expect(pages).toBe(Math.ceil(all.totalCount / 4));
    expect(paged).toEqual(found(all));
  });

  it("stays inside the organization: another organization's John Smith never appears", async () => {
    for (const query of ['John Smith', 'Jonh Smiht', 'smith']) {
      const result = await search({ query, first: 100 });
      expect(found(result)).not.toContain(theirJohnSmith);
    }
    const theirs = await search({ query: 'John Smith' }, other.viewer);
    expect(found(theirs)).toEqual([theirJohnSmith]);
    expect(theirs.totalCount).toBe(1);
  });

  it('leaves soft-deleted records out, and finds them again once restored', async () => {
    expect(found(await search({ query: 'Mary Major' }))).toEqual([ids.maryMajor]);
    expect((await org.admin.query(DELETE_CONTACT, { id: ids.maryMajor })).errors).toBeUndefined();
    const gone = await search({ query: 'Mary Major' });
    expect(gone).toMatchObject({ totalCount: 0, edges: [], pageInfo: { hasNextPage: false, endCursor: null } });
    expect((await org.admin.query(RESTORE_CONTACT, { id: ids.maryMajor })).errors).toBeUndefined();
    expect(found(await search({ query: 'Mary Major' }))).toEqual([ids.maryMajor]);
  });

  it('answers an empty connection when nothing matches', async () => {
    expect(await search({ query: 'Zyxwvut Qqq' })).toMatchObject({ totalCount: 0, edges: [], pageInfo: { hasNextPage: false } });
    // Punctuation and initials alone find nothing (and do not scan).
    expect(await search({ query: '!! ?' })).toMatchObject({ totalCount: 0, edges: [] });
  });

  it('rejects bad input with BAD_USER_INPUT', async () => {
    const cases: [Record<string, unknown>, string | undefined][] = [
      [{ query: 'a' }, 'query'],
      [{ query: '   a    ' }, 'query'],
      [{ query: 'x'.repeat(101) }, 'query'],
      [{ query: 'smith', types: [] }, 'types'],
      [{ query: 'smith', first: 101 }, 'first'],
      [{ query: 'smith', first: -1 }, 'first'],
      [{ query: 'smith', after: 'not-a-cursor' }, 'after'],
      [{ query: 'smith', after: Buffer.from('{"s":"x","i":1}').toString('base64url') }, 'after'],
    ];
    for (const [variables, field] of cases) {
      const response = await org.viewer.query(SEARCH, variables);
      expect(codes(response)).toEqual(['BAD_USER_INPUT']);
      expect(response.errors![0]!.extensions!.field).toBe(field);
      expect(response.data ?? null).toBeNull();
    }
    const wrongType = await org.viewer.query(SEARCH, { query: 'smith', types: ['USER'] });
    expect(codes(wrongType)).toEqual(['BAD_USER_INPUT']);
  });

  it('costs a fixed number of statements: the ranking, then one query per kind of record on the page', async () => {
    const counter = app.database.statements;
    counter.recordText = true;
    counter.reset();
    const response = await org.viewer.query(SEARCH, { query: 'smith', first: 50 });
    const statements = [...counter.statements];
    counter.recordText = false;
    expect(response.errors).toBeUndefined();
    // BEGIN with app.begin_request, the threshold, the ranking, Contact + Company + Lead + Deal, COMMIT.
    expect(statements).toHaveLength(8);
    expect(statements.filter((text) => /FROM "public"\."contacts"/.test(text))).toHaveLength(1);
  });
});
