import { describe, expect, it } from '@jest/globals';
import { MONEY_RANGE, SqlWhere, needsSql, type ColumnTypes } from '../../../src/schema/sql-where.js';

// The catalog the compiler checks identifiers against (read from information_schema in the server).
const types: ColumnTypes = new Map([
  [
    'contacts',
    new Map([
      ['id', 'uuid'],
      ['org_id', 'uuid'],
      ['last_name', 'text'],
      ['company_id', 'uuid'],
      ['status', 'ContactStatus'],
      ['tags', '_text'],
      ['custom_fields', 'jsonb'],
      ['deleted_at', 'timestamptz'],
    ]),
  ],
  [
    'companies',
    new Map([
      ['id', 'uuid'],
      ['org_id', 'uuid'],
      ['name', 'text'],
    ]),
  ],
]);
const compile = (where: unknown) => {
  const sql = new SqlWhere(types);
  return sql.where('Contact', where, sql.alias());
};

describe('the SQL list path reads the where the filters write, and nothing else', () => {
  it('binds every value and casts it to its column type', () => {
    const sql = compile({
      AND: [{ lastName: { contains: 'O\\_Neil', mode: 'insensitive' } }, { status: { in: ['ACTIVE'] } }, { deletedAt: null }],
    });
    expect(sql.sql).toBe(
      '(t0."last_name" ILIKE \'%\' || ? || \'%\' AND t0."status" = ANY(?::"_ContactStatus") AND t0."deleted_at" IS NULL)',
    );
    expect(sql.values).toEqual(['O\\_Neil', ['ACTIVE']]);
  });

  it('follows a relation on the tenant-composite key', () => {
    const sql = compile({ company: { is: { name: { equals: 'Acme' } } } });
    expect(sql.sql.replace(/\s+/g, ' ')).toBe(
      'EXISTS (SELECT 1 FROM "companies" t1 WHERE t1."org_id" = t0."org_id" AND t1."id" = t0."company_id" AND t1."name" = ?::"text")',
    );
    expect(sql.values).toEqual(['Acme']);
  });

  it('compares MONEY ranges as numeric and marks the where as SQL-only', () => {
    const where = { NOT: { customFields: { path: ['budget'], [MONEY_RANGE]: { gt: '900.00' } } } };
    expect(needsSql(where)).toBe(true);
    expect(needsSql({ customFields: { path: ['budget'], equals: '900.00' } })).toBe(false);
    const sql = compile(where);
    expect(sql.sql).toContain('pg_input_is_valid');
    expect(sql.sql).toContain('::numeric');
    expect(sql.values).toEqual(['budget', 'budget', 'budget', '900.00']);
  });

  it.each([
    ['an unknown field', { nickname: { equals: 'x' } }],
    ['a field without a column', { ownerId: { equals: 'x' } }],
    ['an unknown operator', { lastName: { search: 'x' } }],
    ['an unknown JSON operator', { customFields: { path: ['k'], string_starts_with: 'x' } }],
    ['a relation list filter', { company: { some: {} } }],
  ])('throws on %s (a programming error, found by tests, never run)', (_case, where) => {
    expect(() => compile(where)).toThrow(/sql-where/);
  });
});
