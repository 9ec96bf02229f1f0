import { beforeAll, describe, expect, it } from '@jest/globals';
import { useTenants } from '../../helpers/actors.js';
import { operationText, type GraphQLResponse } from '../../helpers/app.js';
import { build } from '../../helpers/builders.js';
import {
  FiltersContactsDocument,
  FiltersDealsDocument,
  FiltersLeadsDocument,
  FiltersMoveDealStageDocument,
  FiltersPipelinesDocument,
  type ContactFilter,
  type DealFilter,
  type FiltersLeadsQuery,
  type LeadFilter,
} from '../../generated/operations/graphql.js';

type Vars = Record<string, unknown>;

describe('filters', () => {
  const { org, other } = useTenants('Filters', { otherTenant: true });
  const company: Record<string, string> = {};
  const contact: Record<string, string> = {};
  const deal: Record<string, string> = {};
  const lead: Record<string, string> = {};

  async function run<R, K extends string>(
    request: Promise<GraphQLResponse<R>>,
    connectionOf: (data: R) => { totalCount: number; edges: { node: Record<K, string> }[] },
    key: K,
  ) {
    const response = await request;
    expect(response.errors).toBeUndefined();
    const connection = connectionOf(response.data!);
    const names: string[] = connection.edges.map((e) => e.node[key]).sort();
    // totalCount counts with the same conditions as the page.
    expect(connection.totalCount).toBe(names.length);
    return names;
  }
  const contacts = (filter: ContactFilter | null) =>
    run(org.viewer.query(FiltersContactsDocument, { filter }), (data) => data.contacts, 'firstName');
  const deals = (filter: DealFilter | null) => run(org.viewer.query(FiltersDealsDocument, { filter }), (data) => data.deals, 'name');
  const leads = (filter: LeadFilter | null) => run(org.viewer.query(FiltersLeadsDocument, { filter }), (data) => data.leads, 'lastName');

  beforeAll(async () => {
    for (const name of ['Acme', 'Globex', 'Initech']) company[name] = await build.company(org.member, { name });
    const people: [string, string, Vars][] = [
      ['Alice', 'Anderson', { email: 'alice@acme.test', companyId: company.Acme, tags: ['vip', 'newsletter'], title: 'CEO' }],
      ['Bob', 'Brown', { email: 'bob@globex.test', companyId: company.Globex, tags: ['newsletter'] }],
      ['Carol', 'Clark', { email: 'carol@acme.test', companyId: company.Acme, tags: ['vip'], title: 'CTO' }],
      ['Dave', 'Davis', { phone: '+1 555 0100' }],
      ['Eve', 'Evans', { email: 'eve@initech.test', companyId: company.Initech, tags: ['vip', 'partner'], title: 'Buyer' }],
    ];
    for (const [firstName, lastName, rest] of people) {
      contact[firstName] = await build.contact(org.member, { firstName, lastName, ...rest });
    }
    const dealRows: [string, Vars, Vars][] = [
      [
        'Alpha deal',
        { value: '1000.00', expectedCloseDate: '2026-01-15', currency: 'USD' },
        { contactId: contact.Alice, companyId: company.Acme },
      ],
      [
        'Beta deal',
        { value: '2500.50', expectedCloseDate: '2026-02-01', currency: 'EUR' },
        { contactId: contact.Bob, companyId: company.Globex },
      ],
      ['Gamma', { value: '999.99', probability: 40 }, { contactId: contact.Carol }],
      ['Delta', { value: '10000', expectedCloseDate: '2026-03-31' }, { contactId: contact.Dave }],
      ['alpha two', {}, {}],
    ];
    for (const [name, fields, links] of dealRows) {
      deal[name] = await build.deal(org.member, { deal: { name, ...fields }, ...links });
    }
    const pipelines = await org.viewer.query(FiltersPipelinesDocument);
    const won = pipelines.data!.pipelines.edges[0]!.node.stages.find((s) => s.kind === 'WON')!;
    const moved = await org.member.query(FiltersMoveDealStageDocument, { input: { dealId: deal.Delta!, stageId: won.id } });
    if (moved.errors) throw new Error(JSON.stringify(moved.errors));

    const leadRows: [string, Vars][] = [
      ['Lopez', { score: 10, status: 'NEW', source: 'WEBSITE', rating: 'HOT', companyName: 'Foo Inc' }],
      ['Lee', { score: 50, status: 'CONTACTED', source: 'REFERRAL', rating: 'COLD' }],
      ['Lam', { score: 90, status: 'QUALIFIED', source: 'WEBSITE', rating: 'WARM', companyName: 'Bar LLC' }],
      ['Li', { score: 50, status: 'NEW', source: 'EVENT' }],
    ];
    for (const [lastName, fields] of leadRows) lead[lastName] = await build.lead(org.member, { lastName, ...fields });

    // Another organization's look-alike data must never leak into any result.
    const foreignCompany = await build.company(other.member, { name: 'Acme' });
    const foreignContact = await build.contact(other.member, {
      firstName: 'Alice',
      lastName: 'Anderson',
      email: 'alice@acme.test',
      tags: ['vip'],
      companyId: foreignCompany,
    });
    await build.deal(other.member, { deal: { name: 'Alpha deal', value: '5000' }, contactId: foreignContact });
    await build.lead(other.member, { lastName: 'Lopez', score: 99 });
  });

  describe('strings', () => {
    it('no filter returns everything of this organization', async () => {
      expect(await contacts(null)).toEqual(['Alice', 'Bob', 'Carol', 'Dave', 'Eve']);
      expect(await deals(null)).toEqual(['Alpha deal', 'Beta deal', 'Delta', 'Gamma', 'alpha two']);
      expect(await leads(null)).toEqual(['Lam', 'Lee', 'Li', 'Lopez']);
    });

    it('equals is exact (case-sensitive)', async () => {
      expect(await contacts({ lastName: { equals: 'Brown' } })).toEqual(['Bob']);
      expect(await deals({ name: { equals: 'Alpha deal' } })).toEqual(['Alpha deal']);
      expect(await deals({ name: { equals: 'alpha deal' } })).toEqual([]);
    });

    it('in', async () => {
      expect(await contacts({ lastName: { in: ['Brown', 'Davis', 'Nobody'] } })).toEqual(['Bob', 'Dave']);
      expect(await leads({ lastName: { in: [] } })).toEqual([]);
    });

    it('contains and startsWith ignore case', async () => {
      expect(await contacts({ email: { contains: 'ACME' } })).toEqual(['Alice', 'Carol']);
      expect(await deals({ name: { startsWith: 'AL' } })).toEqual(['Alpha deal', 'alpha two']);
      expect(await deals({ name: { contains: 'DeAl' } })).toEqual(['Alpha deal', 'Beta deal']);
      expect(await leads({ companyName: { contains: 'inc' } })).toEqual(['Lopez']);
    });

    it('contains treats % and _ literally', async () => {
      expect(await contacts({ email: { contains: '%' } })).toEqual([]);
      expect(await contacts({ firstName: { startsWith: '_' } })).toEqual([]);
    });

    it('isNull true / false', async () => {
      expect(await contacts({ title: { isNull: true } })).toEqual(['Bob', 'Dave']);
      expect(await contacts({ title: { isNull: false } })).toEqual(['Alice', 'Carol', 'Eve']);
      expect(await contacts({ email: { isNull: true } })).toEqual(['Dave']);
      expect(await leads({ companyName: { isNull: true } })).toEqual(['Lee', 'Li']);
    });
  });

  describe('comparables', () => {
    it('Decimal value gt/gte/lt/lte/equals', async () => {
      expect(await deals({ value: { gt: '999.99' } })).toEqual(['Alpha deal', 'Beta deal', 'Delta']);
      expect(await deals({ value: { gte: '999.99' } })).toEqual(['Alpha deal', 'Beta deal', 'Delta', 'Gamma']);
      expect(await deals({ value: { lt: '1000' } })).toEqual(['Gamma', 'alpha two']);
      expect(await deals({ value: { lte: '1000.00' } })).toEqual(['Alpha deal', 'Gamma', 'alpha two']);
      expect(await deals({ value: { equals: '2500.5' } })).toEqual(['Beta deal']);
      expect(await deals({ value: { gt: '999.99', lt: '10000' } })).toEqual(['Alpha deal', 'Beta deal']);
    });

    it('Date expectedCloseDate gt/gte/lt/lte/isNull', async () => {
      expect(await deals({ expectedCloseDate: { gt: '2026-01-15' } })).toEqual(['Beta deal', 'Delta']);
      expect(await deals({ expectedCloseDate: { gte: '2026-01-15' } })).toEqual(['Alpha deal', 'Beta deal', 'Delta']);
      expect(await deals({ expectedCloseDate: { lt: '2026-02-01' } })).toEqual(['Alpha deal']);
      expect(await deals({ expectedCloseDate: { lte: '2026-02-01' } })).toEqual(['Alpha deal', 'Beta deal']);
      expect(await deals({ expectedCloseDate: { equals: '2026-03-31' } })).toEqual(['Delta']);
      expect(await deals({ expectedCloseDate: { isNull: true } })).toEqual(['Gamma', 'alpha two']);
    });

    it('Int score gt/gte/lt/lte/equals/in', async () => {
      expect(await leads({ score: { gt: 10 } })).toEqual(['Lam', 'Lee', 'Li']);
      expect(await leads({ score: { gte: 50 } })).toEqual(['Lam', 'Lee', 'Li']);
      expect(await leads({ score: { gt: 50 } })).toEqual(['Lam']);
      expect(await leads({ score: { lt: 50 } })).toEqual(['Lopez']);
      expect(await leads({ score: { lte: 50 } })).toEqual(['Lee', 'Li', 'Lopez']);
      expect(await leads({ score: { equals: 50 } })).toEqual(['Lee', 'Li']);
      expect(await leads({ score: { in: [10, 90] } })).toEqual(['Lam', 'Lopez']);
    });

    it('Int probability filters the stored column (null = inherited from the stage)', async () => {
      expect(await deals({ probability: { equals: 40 } })).toEqual(['Gamma']);
      expect(await deals({ probability: { isNull: false } })).toEqual(['Gamma']);
    });
  });

  describe('enums and lists', () => {
    it('enum equals / in', async () => {
      expect(await leads({ status: { equals: 'NEW' } })).toEqual(['Li', 'Lopez']);
      expect(await leads({ status: { in: ['CONTACTED', 'QUALIFIED'] } })).toEqual(['Lam', 'Lee']);
      expect(await leads({ source: { equals: 'WEBSITE' } })).toEqual(['Lam', 'Lopez']);
      expect(await leads({ rating: { in: ['HOT', 'COLD'] } })).toEqual(['Lee', 'Lopez']);
      expect(await deals({ status: { equals: 'WON' } })).toEqual(['Delta']);
      expect(await deals({ status: { in: ['OPEN', 'LOST'] } })).toEqual(['Alpha deal', 'Beta deal', 'Gamma', 'alpha two']);
    });

    it('an unknown enum value is a validation error', async () => {
      // The typed document would refuse MAYBE at compile time: its text, with untyped variables.
      const response = await org.viewer.query<FiltersLeadsQuery>(operationText(FiltersLeadsDocument), {
        filter: { status: { equals: 'MAYBE' } },
      });
      expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    });

    it('tags hasAny / hasAll', async () => {
      expect(await contacts({ tags: { hasAny: ['partner', 'newsletter'] } })).toEqual(['Alice', 'Bob', 'Eve']);
      expect(await contacts({ tags: { hasAll: ['vip', 'newsletter'] } })).toEqual(['Alice']);
      expect(await contacts({ tags: { hasAll: ['vip'] } })).toEqual(['Alice', 'Carol', 'Eve']);
      expect(await contacts({ tags: { hasAny: ['nope'] } })).toEqual([]);
    });
  });

  describe('AND / OR / NOT', () => {
    it('OR of two names AND NOT a company', async () => {
      const filter = {
        OR: [{ firstName: { equals: 'Alice' } }, { firstName: { equals: 'Bob' } }],
        NOT: { companyId: { equals: company.Globex } },
      };
      expect(await contacts(filter)).toEqual(['Alice']);
      expect(
        await contacts({
          AND: [{ OR: [{ firstName: { equals: 'Alice' } }, { firstName: { equals: 'Bob' } }, { firstName: { equals: 'Carol' } }] }],
          NOT: { company: { name: { equals: 'Acme' } } },
        }),
      ).toEqual(['Bob']);
    });

    it('AND of conditions on different fields', async () => {
      expect(await deals({ AND: [{ value: { gte: '1000' } }, { currency: { equals: 'USD' } }] })).toEqual(['Alpha deal', 'Delta']);
      expect(await leads({ AND: [{ source: { equals: 'WEBSITE' } }, { score: { gt: 50 } }] })).toEqual(['Lam']);
    });

    it('NOT on a nullable column keeps the rows where it is missing', async () => {
      // "title is not CEO": Bob and Dave have no title at all, which is not CEO.
      expect(await contacts({ NOT: { title: { equals: 'CEO' } } })).toEqual(['Bob', 'Carol', 'Dave', 'Eve']);
    });

    it('NOT on a relation keeps the rows without one', async () => {
      // Dave has no company, so he is not at Acme.
      expect(await contacts({ NOT: { company: { name: { equals: 'Acme' } } } })).toEqual(['Bob', 'Dave', 'Eve']);
    });

    it('an empty filter object and empty AND/OR lists', async () => {
      expect(await contacts({})).toHaveLength(5);
      expect(await contacts({ AND: [] })).toHaveLength(5);
    });
  });

  describe('relations and ids', () => {
    it("deals by their contact's company name", async () => {
      expect(await deals({ contact: { company: { name: { equals: 'Acme' } } } })).toEqual(['Alpha deal', 'Gamma']);
      expect(await deals({ contact: { company: { name: { startsWith: 'glo' } } } })).toEqual(['Beta deal']);
      expect(await deals({ company: { name: { equals: 'Acme' } } })).toEqual(['Alpha deal']);
      expect(await deals({ contact: { tags: { hasAny: ['vip'] } } })).toEqual(['Alpha deal', 'Gamma']);
    });

    it('contacts by company name', async () => {
      expect(await contacts({ company: { name: { equals: 'Acme' } } })).toEqual(['Alice', 'Carol']);
    });

    it('id fields take global ids', async () => {
      expect(await contacts({ id: { equals: contact.Eve } })).toEqual(['Eve']);
      expect(await contacts({ id: { in: [contact.Alice!, contact.Dave!] } })).toEqual(['Alice', 'Dave']);
      expect(await contacts({ companyId: { equals: company.Acme } })).toEqual(['Alice', 'Carol']);
      expect(await contacts({ companyId: { isNull: true } })).toEqual(['Dave']);
      expect(await deals({ contactId: { equals: contact.Bob } })).toEqual(['Beta deal']);
      expect(await deals({ contactId: { in: [contact.Alice!, contact.Carol!] } })).toEqual(['Alpha deal', 'Gamma']);
      expect(await deals({ companyId: { isNull: false } })).toEqual(['Alpha deal', 'Beta deal']);
      expect(await leads({ id: { in: [lead.Lee!, lead.Lam!] } })).toEqual(['Lam', 'Lee']);
    });

    it('an id of the wrong type or a malformed id is BAD_USER_INPUT', async () => {
      for (const filter of [
        { companyId: { equals: contact.Alice } },
        { id: { equals: 'not-a-global-id' } },
        { id: { in: [company.Acme!] } },
      ]) {
        const response = await org.viewer.query(FiltersContactsDocument, { filter });
        expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
        expect(response.data ?? null).toBeNull();
      }
    });
  });

  describe('limits', () => {
    interface Not<F> {
      NOT: F | Not<F>;
    }
    const nest = <F>(depth: number, leaf: F): F | Not<F> => (depth === 0 ? leaf : { NOT: nest(depth - 1, leaf) });

    it('filters nested within the limit work', async () => {
      expect(await contacts(nest(4, { firstName: { equals: 'Alice' } }))).toEqual(['Alice']);
      expect(await contacts(nest(5, { firstName: { equals: 'Alice' } }))).toEqual(['Bob', 'Carol', 'Dave', 'Eve']);
    });

    it('nesting deeper than the limit is BAD_USER_INPUT', async () => {
      const response = await org.viewer.query(FiltersContactsDocument, { filter: nest(6, { firstName: { equals: 'Alice' } }) });
      expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(response.errors?.[0]?.message).toMatch(/nest/);
      expect(response.data ?? null).toBeNull();
      const viaAnd = await org.viewer.query(FiltersDealsDocument, {
        filter: { AND: [{ OR: [{ AND: [{ OR: [{ AND: [{ OR: [{ name: { equals: 'x' } }] }] }] }] }] }] },
      });
      expect(viaAnd.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    });

    it('the depth limit also counts the levels inside relation filters', async () => {
      // deal -> NOT×3 -> contact -> NOT×3: seven levels in one filter.
      const filter = nest(3, { contact: nest(3, { firstName: { equals: 'Alice' } }) });
      const response = await org.viewer.query(FiltersDealsDocument, { filter });
      expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    });

    it('more than 100 values in a list is BAD_USER_INPUT', async () => {
      const response = await org.viewer.query(FiltersContactsDocument, {
        filter: { lastName: { in: Array.from({ length: 101 }, (_, i) => `n${i}`) } },
      });
      expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    });
  });
});
