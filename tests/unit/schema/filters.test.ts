/**
 * The filter compiler (src/schema/filters.ts): a <Type>Filter input becomes a Prisma `where`
 * in one place, and translate() enforces the filter budget on its own. No database: the
 * translation is checked as data; tests/graphql/crm/filters.test.ts runs the same filters
 * against PostgreSQL.
 */
import { beforeAll, describe, expect, it } from '@jest/globals';
import { FILTER_LIMIT_DEFAULTS } from '../../../src/limits/filter-budget.js';
import { contactFilter } from '../../../src/modules/contact/queries.js';
import { dealFilter } from '../../../src/modules/deal/queries.js';
import { ClientFlowError } from '../../../src/schema/errors.js';
import { buildSchema } from '../../../src/modules/index.js';

const MAX = FILTER_LIMIT_DEFAULTS.conditions;
const globalId = (typename: string, id: string) => Buffer.from(`${typename}:${id}`, 'utf8').toString('base64');
const COMPANY_UUID = '0b5e7a36-7d4b-4f0e-9a53-2f8a8e1c9d01';

/** n conditions: equals on the name, each its own AND item. */
const conditions = (n: number) => ({ AND: Array.from({ length: n }, (_, i) => ({ name: { equals: `deal ${i}` } })) });
/** n conditions in lists of at most 100: { OR: [{ AND: [...] }, …] }. */
const manyConditions = (n: number) => ({
  OR: Array.from({ length: Math.ceil(n / 50) }, (_, i) => conditions(Math.min(50, n - i * 50))),
});

/** The ClientFlowError's extensions translate() threw, the error itself otherwise, null when none. */
const over = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return error instanceof ClientFlowError ? error.extensions : error;
  }
  return null;
};

beforeAll(() => {
  // Filters are defined lazily, when the schema is built.
  buildSchema();
});

describe('filter translation', () => {
  it('no filter is no condition', () => {
    expect(contactFilter.toWhere(undefined)).toEqual({});
    expect(contactFilter.toWhere(null)).toEqual({});
    expect(contactFilter.toWhere({})).toEqual({});
  });

  it('one condition is the condition itself', () => {
    expect(dealFilter.toWhere({ name: { equals: 'Big deal' } })).toEqual({ name: { equals: 'Big deal' } });
  });

  it('several conditions of one filter are AND-ed', () => {
    expect(dealFilter.toWhere({ name: { equals: 'Big' }, currency: { equals: 'EUR' } })).toEqual({
      AND: [{ name: { equals: 'Big' } }, { currency: { equals: 'EUR' } }],
    });
  });

  it('contains and startsWith ignore case', () => {
    expect(contactFilter.toWhere({ lastName: { contains: 'ov' } })).toEqual({ lastName: { contains: 'ov', mode: 'insensitive' } });
    expect(contactFilter.toWhere({ lastName: { startsWith: 'Lo' } })).toEqual({ lastName: { startsWith: 'Lo', mode: 'insensitive' } });
  });

  it('contains escapes the LIKE wildcards % and _ (and the escape character)', () => {
    expect(contactFilter.toWhere({ lastName: { contains: '50%_a\\b' } })).toEqual({
      lastName: { contains: '50\\%\\_a\\\\b', mode: 'insensitive' },
    });
  });

  it('a condition on a nullable column also requires the column to be set (so NOT keeps missing values)', () => {
    expect(contactFilter.toWhere({ title: { equals: 'CEO' } })).toEqual({ AND: [{ title: { not: null } }, { title: { equals: 'CEO' } }] });
    expect(contactFilter.toWhere({ NOT: { title: { equals: 'CEO' } } })).toEqual({
      NOT: { AND: [{ title: { not: null } }, { title: { equals: 'CEO' } }] },
    });
  });

  it('isNull: true matches missing values, false present ones', () => {
    expect(contactFilter.toWhere({ email: { isNull: true } })).toEqual({ email: null });
    expect(contactFilter.toWhere({ email: { isNull: false } })).toEqual({ email: { not: null } });
  });

  it('hasAny and hasAll on a string list are Prisma hasSome and hasEvery', () => {
    expect(contactFilter.toWhere({ tags: { hasAny: ['vip', 'new'] } })).toEqual({ tags: { hasSome: ['vip', 'new'] } });
    expect(contactFilter.toWhere({ tags: { hasAll: ['vip'] } })).toEqual({ tags: { hasEvery: ['vip'] } });
  });

  it('an id condition decodes global ids of the named type to uuids', () => {
    const id = globalId('Company', COMPANY_UUID.toUpperCase());
    expect(contactFilter.toWhere({ companyId: { equals: id } })).toEqual({
      AND: [{ companyId: { not: null } }, { companyId: { equals: COMPANY_UUID } }],
    });
    expect(contactFilter.toWhere({ companyId: { in: [id] } })).toEqual({
      AND: [{ companyId: { not: null } }, { companyId: { in: [COMPANY_UUID] } }],
    });
  });

  it('an id of another type is BAD_USER_INPUT naming the filter field', () => {
    expect(over(() => contactFilter.toWhere({ companyId: { equals: globalId('Contact', COMPANY_UUID) } }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'companyId',
    });
  });

  it('null and undefined operands are ignored', () => {
    expect(contactFilter.toWhere({ lastName: { equals: null, contains: undefined }, firstName: null })).toEqual({});
  });

  it('AND, OR and NOT keep their shape', () => {
    expect(
      dealFilter.toWhere({ OR: [{ name: { equals: 'a' } }, { name: { equals: 'b' } }], NOT: { currency: { equals: 'USD' } } }),
    ).toEqual({
      AND: [{ OR: [{ name: { equals: 'a' } }, { name: { equals: 'b' } }] }, { NOT: { currency: { equals: 'USD' } } }],
    });
  });

  it('a relation filter is an `is` on the relation, translated by the related filter', () => {
    expect(contactFilter.toWhere({ company: { name: { equals: 'Acme' } } })).toEqual({ company: { is: { name: { equals: 'Acme' } } } });
  });
});

describe('translate() enforces the filter budget on its own', () => {
  it('translate() enforces the same limits on its own (a caller that skipped the pre-check)', () => {
    expect(over(() => dealFilter.toWhere(manyConditions(MAX + 1)))).toMatchObject({
      code: 'BAD_USER_INPUT',
      limit: 'filterConditions',
      maximum: MAX,
    });
    expect(over(() => dealFilter.toWhere({ name: { in: Array.from({ length: 101 }, () => 'x') } }))).toMatchObject({
      limit: 'filterListValues',
    });
    expect(over(() => dealFilter.toWhere({ name: { equals: 'x'.repeat(201) } }))).toMatchObject({ limit: 'filterStringLength' });
    expect(over(() => dealFilter.toWhere({ NOT: { NOT: { NOT: { NOT: { NOT: { NOT: {} } } } } } }))).toMatchObject({
      limit: 'filterDepth',
    });
    expect(over(() => dealFilter.toWhere(manyConditions(20), { ...FILTER_LIMIT_DEFAULTS, conditions: 10 }))).toMatchObject({
      limit: 'filterConditions',
      maximum: 10,
    });
    expect(
      over(() => dealFilter.toWhere({ OR: [{ contact: { company: { name: { equals: 'x' } } } }, { company: { name: { equals: 'x' } } }] })),
    ).toMatchObject({ limit: 'filterRelations' });
    expect(over(() => dealFilter.toWhere(manyConditions(MAX)))).toBeNull();
  });

  it('relation hops over the limit are refused', () => {
    expect(
      over(() => dealFilter.toWhere({ contact: { company: { name: { equals: 'x' } } } }, { ...FILTER_LIMIT_DEFAULTS, relationHops: 1 })),
    ).toMatchObject({
      limit: 'filterRelationHops',
      maximum: 1,
    });
  });

  it('more contains/startsWith than the pattern budget are refused', () => {
    const patterns = Array.from({ length: FILTER_LIMIT_DEFAULTS.patterns + 1 }, (_, i) => ({ name: { contains: `p${i}` } }));
    expect(over(() => dealFilter.toWhere({ OR: patterns }))).toMatchObject({
      limit: 'filterPatterns',
      maximum: FILTER_LIMIT_DEFAULTS.patterns,
    });
  });

  it('an empty filter inside AND/OR counts as a condition', () => {
    expect(over(() => dealFilter.toWhere({ OR: [{}, {}, {}] }, { ...FILTER_LIMIT_DEFAULTS, conditions: 2 }))).toMatchObject({
      limit: 'filterConditions',
    });
  });
});
