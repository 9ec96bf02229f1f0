/**
 * The pure part of a CSV import: csv-parse's records, the header bound to the columns (mapping or
 * names), and one row read with the create mutations' rules. No database.
 */
import { Readable } from 'node:stream';
import { describe, expect, it } from '@jest/globals';
import { COMPANY_COLUMNS, CONTACT_COLUMNS, LEAD_COLUMNS, formatCell } from '../../../../src/modules/import/columns.js';
import { BadCsvFile, bindHeader, readRow, records } from '../../../../src/modules/import/rows.js';

const all = async (text: string) => {
  const out: string[][] = [];
  for await (const record of records(Readable.from([Buffer.from(text)]))) out.push(record);
  return out;
};

describe('records', () => {
  it('reads quoted cells with commas, quotes and line breaks, and drops a BOM', async () => {
    expect(await all('\uFEFFa,b\n"x, y","say ""hi""\nthere"\n')).toEqual([
      ['a', 'b'],
      ['x, y', 'say "hi"\nthere'],
    ]);
  });

  it('an unclosed quote is a BadCsvFile naming the line', async () => {
    await expect(all('a,b\n"open,x\n')).rejects.toThrow(BadCsvFile);
    await expect(all('a,b\n"open,x\n')).rejects.toThrow(/near line \d+: CSV_/);
  });
});

describe('bindHeader', () => {
  it('binds headers that name fields, ignoring case and unknown headers', () => {
    const { bound, errors } = bindHeader(['FirstName', 'lastname', 'Notes'], CONTACT_COLUMNS, null);
    expect(errors).toEqual([]);
    expect(bound.map((b) => [b.index, b.column.field])).toEqual([
      [0, 'firstName'],
      [1, 'lastName'],
    ]);
  });

  it('names a required field no column gives, and a header given twice', () => {
    const { errors } = bindHeader(['firstName', 'firstName'], CONTACT_COLUMNS, null);
    expect(errors.map((e) => [e.row, e.column, e.code])).toEqual([
      [1, 'firstName', 'DUPLICATE_HEADER'],
      [1, 'lastName', 'MISSING_COLUMN'],
    ]);
  });

  it('export-only columns (id, timestamps) are not imported', () => {
    const { bound } = bindHeader(['id', 'createdAt', 'lastName'], LEAD_COLUMNS, null);
    expect(bound.map((b) => b.column.field)).toEqual(['lastName']);
  });
});

describe('readRow', () => {
  const { bound } = bindHeader(['name', 'domain', 'website'], COMPANY_COLUMNS, null);

  it('reads cells with the rules of createCompany, blank as not given', () => {
    expect(readRow(2, ['  Acme  ', 'WWW.ACME.test', ''], 3, bound, 'domain')).toEqual({
      row: 2,
      data: { name: 'Acme', domain: 'acme.test' },
      key: 'acme.test',
      errors: [],
    });
  });

  it('names the row and column of each bad cell', () => {
    const row = readRow(7, ['Acme', 'not a domain', 'ftp://acme.test'], 3, bound, 'domain');
    expect(row.errors.map((e) => e.message)).toEqual([
      'Row 7, column domain: domain is not a domain name',
      'Row 7, column website: website must be an http(s) URL',
    ]);
  });
});

describe('readRow: id columns', () => {
  const companyUuid = '0b5f3c1e-8d2a-4c8e-9f10-3a6b2d4e5f60';
  const userUuid = '7c9e6679-7425-40de-944b-e07fc1f90ae7';
  const { bound } = bindHeader(['lastName', 'companyId', 'ownerId'], CONTACT_COLUMNS, null);

  it('reads the global ids the export writes back to uuids; blank is not given', () => {
    const exported = [formatCell({ globalId: 'Company' }, companyUuid), formatCell({ globalId: 'User' }, userUuid)];
    expect(readRow(2, ['Trip', ...exported], 3, bound, 'email').data).toEqual({
      lastName: 'Trip',
      companyId: companyUuid,
      ownerId: userUuid,
    });
    expect(readRow(3, ['Trip', '', ' '], 3, bound, 'email').data).toEqual({ lastName: 'Trip' });
  });

  it('an id of another type, or no id at all, is INVALID_VALUE naming the column', () => {
    const companyId = formatCell({ globalId: 'Company' }, companyUuid);
    expect(readRow(4, ['Trip', 'not-an-id', companyId], 3, bound, 'email').errors).toEqual([
      { row: 4, column: 'companyId', code: 'INVALID_VALUE', message: 'Row 4, column companyId: companyId is not a valid Company id' },
      { row: 4, column: 'ownerId', code: 'INVALID_VALUE', message: 'Row 4, column ownerId: ownerId is not a valid User id' },
    ]);
  });

  it('a lead imports assigneeId', () => {
    expect(bindHeader(['lastName', 'assigneeId'], LEAD_COLUMNS, null).bound.map((b) => b.column.references)).toEqual([undefined, 'Member']);
  });
});

describe('formatCell', () => {
  it('writes global ids, lists, ISO times and dates, and blanks for null', () => {
    expect(formatCell({ globalId: 'Contact' }, 'abc')).toBe(Buffer.from('Contact:abc').toString('base64'));
    expect(formatCell('list', ['a', 'b'])).toBe('a; b');
    expect(formatCell('dateTime', new Date('2026-01-02T03:04:05.000Z'))).toBe('2026-01-02T03:04:05.000Z');
    expect(formatCell('date', new Date('2026-01-02T00:00:00.000Z'))).toBe('2026-01-02');
    expect(formatCell('text', null)).toBe('');
  });
});
