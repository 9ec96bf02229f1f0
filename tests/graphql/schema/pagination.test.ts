import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, type TestApp } from '../../helpers/app.js';
import { createOrganization, type TestOrganization } from '../../helpers/organizations.js';
import {
  PaginationContactsDocument,
  PaginationCreateContactDocument,
  type PaginationContactsQuery,
  type PaginationContactsQueryVariables,
} from '../../generated/operations/graphql.js';

type Connection = PaginationContactsQuery['contacts'];

interface Row {
  id: string;
  firstName: string;
  lastName: string;
  createdAt: string;
}

const TOTAL = 25;
// Few distinct last names and first names, so NAME ASC has ties on lastName and on (lastName, firstName).
const LAST_NAMES = ['Miller', 'Adams', 'Zimmer', 'Baker', 'Miller'];
const FIRST_NAMES = ['Ann', 'Bob', 'Ann'];

const uuidOf = (globalId: string) => Buffer.from(globalId, 'base64').toString('utf8').split(':')[1]!;
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

describe('cursor pagination over contacts', () => {
  let app: TestApp;
  let org: TestOrganization;
  let rows: Row[] = [];
  beforeAll(async () => {
    app = await startTestApp();
    org = await createOrganization(app, 'Paging');
    for (let i = 0; i < TOTAL; i += 1) {
      const response = await org.member.query(PaginationCreateContactDocument, {
        input: { firstName: FIRST_NAMES[i % FIRST_NAMES.length]!, lastName: LAST_NAMES[i % LAST_NAMES.length]! },
      });
      if (response.errors) throw new Error(JSON.stringify(response.errors));
      rows.push(response.data!.createContact.contact);
    }
  });
  afterAll(async () => app.close());

  /** NAME ASC is (lastName, firstName) with the row id (uuid order) as the final tie-break. */
  const byName = () =>
    [...rows].sort((a, b) => cmp(a.lastName, b.lastName) || cmp(a.firstName, b.firstName) || cmp(uuidOf(a.id), uuidOf(b.id)));

  async function page(variables: PaginationContactsQueryVariables): Promise<Connection> {
    const response = await org.viewer.query(PaginationContactsDocument, variables);
    expect(response.errors).toBeUndefined();
    return response.data!.contacts;
  }

  it('has real ties to break', () => {
    const keys = rows.map((r) => `${r.lastName}/${r.firstName}`);
    expect(new Set(keys).size).toBeLessThan(TOTAL);
  });

  it('pages forward with first/after to the end: no duplicates, everything seen, NAME ASC order with stable tie-breaks', async () => {
    const seen: Row[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const connection: Connection = await page({ first: 7, after, orderBy: [{ field: 'NAME', direction: 'ASC' }] });
      pages += 1;
      expect(connection.totalCount).toBe(TOTAL);
      seen.push(...connection.edges.map((e) => e.node));
      expect(connection.pageInfo.endCursor).toBe(connection.edges.at(-1)?.cursor ?? null);
      expect(connection.pageInfo.startCursor).toBe(connection.edges[0]?.cursor ?? null);
      if (pages > 1) expect(connection.pageInfo.hasPreviousPage).toBe(true);
      if (!connection.pageInfo.hasNextPage) {
        expect(connection.edges).toHaveLength(TOTAL % 7);
        break;
      }
      expect(connection.edges).toHaveLength(7);
      after = connection.pageInfo.endCursor;
      expect(pages).toBeLessThan(10);
    }
    expect(pages).toBe(Math.ceil(TOTAL / 7));
    expect(new Set(seen.map((r) => r.id)).size).toBe(TOTAL);
    expect(seen.map((r) => r.id)).toEqual(byName().map((r) => r.id));

    // The default order is NAME ASC too, and repeating a page gives the same page.
    const defaultOrder = await page({ first: TOTAL });
    expect(defaultOrder.edges.map((e) => e.node.id)).toEqual(byName().map((r) => r.id));
    const again = await page({ first: TOTAL, orderBy: [{ field: 'NAME' }] });
    expect(again.edges.map((e) => e.node.id)).toEqual(byName().map((r) => r.id));
  });

  it('pages backward with last/before from the end to the start', async () => {
    const pages: Row[][] = [];
    let before: string | null = null;
    for (;;) {
      const connection: Connection = await page({ last: 6, before, orderBy: [{ field: 'NAME', direction: 'ASC' }] });
      expect(connection.totalCount).toBe(TOTAL);
      pages.unshift(connection.edges.map((e) => e.node));
      if (pages.length > 1) expect(connection.pageInfo.hasNextPage).toBe(true);
      if (!connection.pageInfo.hasPreviousPage) {
        expect(connection.edges).toHaveLength(TOTAL % 6);
        break;
      }
      expect(connection.edges).toHaveLength(6);
      before = connection.pageInfo.startCursor;
      expect(pages.length).toBeLessThan(10);
    }
    const seen = pages.flat();
    expect(new Set(seen.map((r) => r.id)).size).toBe(TOTAL);
    expect(seen.map((r) => r.id)).toEqual(byName().map((r) => r.id));
  });

  it('a cursor from the middle continues exactly after / before its row', async () => {
    const expected = byName().map((r) => r.id);
    const first = await page({ first: 10 });
    const cursor = first.edges[9]!.cursor;
    const next = await page({ first: 5, after: cursor });
    expect(next.edges.map((e) => e.node.id)).toEqual(expected.slice(10, 15));
    const previous = await page({ last: 5, before: cursor });
    expect(previous.edges.map((e) => e.node.id)).toEqual(expected.slice(4, 9));
  });

  it('orderBy CREATED_AT DESC returns newest first (ties by id, descending)', async () => {
    const expected = [...rows].sort((a, b) => cmp(b.createdAt, a.createdAt) || cmp(uuidOf(b.id), uuidOf(a.id))).map((r) => r.id);
    const all = await page({ first: TOTAL, orderBy: [{ field: 'CREATED_AT', direction: 'DESC' }] });
    expect(all.edges.map((e) => e.node.id)).toEqual(expected);
    // Creation order is the reverse (they were created one after another).
    expect(expected).toEqual([...rows].reverse().map((r) => r.id));

    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 10; i += 1) {
      const connection: Connection = await page({ first: 10, after, orderBy: [{ field: 'CREATED_AT', direction: 'DESC' }] });
      expect(connection.totalCount).toBe(TOTAL);
      seen.push(...connection.edges.map((e) => e.node.id));
      if (!connection.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor;
    }
    expect(seen).toEqual(expected);
  });

  it('first: 0 returns no edges but the totalCount', async () => {
    const connection = await page({ first: 0 });
    expect(connection.edges).toEqual([]);
    expect(connection.totalCount).toBe(TOTAL);
    expect(connection.pageInfo.hasPreviousPage).toBe(false);
  });

  it('a page size above the maximum or below zero is BAD_USER_INPUT', async () => {
    for (const variables of [{ first: 101 }, { first: -1 }, { last: 1000 }]) {
      const response = await org.viewer.query(PaginationContactsDocument, variables);
      expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(response.data ?? null).toBeNull();
    }
  });
});
