import { beforeAll, describe, expect, it } from '@jest/globals';
import { useTenants } from '../../helpers/actors.js';
import { FiltersContactsDocument, type ContactFilter } from '../../generated/operations/graphql.js';
import { prefixKeyRange } from '../../../src/schema/prefix-keys.js';

// startsWith on a contact's first or last name reads the generated prefix keys as a range
// (sql/65_name_prefix_keys.sql) when the prefix is printable ASCII, and stays ILIKE otherwise.
// Either way the answer must be ILIKE's: each case below is compared with `ILIKE prefix || '%'`
// run by the owner on the same rows, for names where lower-casing, wildcards, escapes, byte
// order or non-ASCII letters could tell the two apart.
const LAST_NAMES = [
  'Garcia',
  'GARCÍA',
  'garçon',
  'Gas',
  'Gar',
  'Ga',
  'Gar~ish',
  'Gar\u007f',
  "O'Brien",
  "o'neil",
  '50% Off',
  '50 Cent',
  '_under',
  'xunder',
  'back\\slash',
  'back\\\\double',
  'Zed',
  'zzz',
  '\u212Aelvin', // KELVIN SIGN: its lower case is an ASCII k in most locales
  'İnce',
  'ınce',
  'Émile',
  'émile',
  'Müller',
  'MÜLLER',
  'Mull',
  'ΟΔΥΣΣΕΑΣ',
  'Οδυσσέας',
  'Straße',
  '  spaced',
  '',
];
const PREFIXES = [
  'gar',
  'GAR',
  'Gar',
  'garc',
  'gar~',
  'ga',
  'g',
  'gas',
  'gaz',
  "o'",
  "O'B",
  '50%',
  '50',
  '_',
  'x',
  'back\\',
  'back\\\\',
  'z',
  'zz',
  'ke',
  'K',
  'i',
  'I',
  'é',
  'É',
  'garcí',
  'mü',
  'MÜL',
  'mu',
  'ΟΔΥ',
  'οδυσ',
  'ΟΔΥΣ',
  'straß',
  'STRASS',
  ' ',
  '  s',
  '',
  '~',
];

describe('startsWith on names through the prefix keys', () => {
  const { app, org, other } = useTenants('NamePrefix', { otherTenant: true });
  const escapeLike = (value: string) => value.replace(/[\\%_]/g, '\\$&');

  beforeAll(async () => {
    // The other organization holds the same names: none of its rows may appear.
    for (const orgId of [org.id, other.id]) {
      await app.owner.query(
        `INSERT INTO contacts (org_id, first_name, last_name, updated_at)
         SELECT $1, 'c' || n, name, now() FROM unnest($2::text[]) WITH ORDINALITY AS t(name, n)`,
        [orgId, LAST_NAMES],
      );
    }
    // First names too, reversed, so OR across the two keys matters.
    await app.owner.query(`UPDATE contacts SET first_name = reverse(last_name) || '·' || first_name WHERE org_id = $1`, [org.id]);
  });

  async function apiIds(filter: ContactFilter): Promise<string[]> {
    const response = await org.viewer.query(FiltersContactsDocument, { filter });
    expect(response.errors).toBeUndefined();
    const names = response.data!.contacts.edges.map((edge) => edge.node.firstName).sort();
    expect(response.data!.contacts.totalCount).toBe(names.length);
    return names;
  }
  async function ilikeIds(condition: string, prefix: string): Promise<string[]> {
    const { rows } = await app.owner.query<{ first_name: string }>(
      `SELECT first_name FROM contacts WHERE org_id = $1 AND deleted_at IS NULL AND (${condition})`,
      [org.id, `${escapeLike(prefix)}%`],
    );
    return rows.map((row) => row.first_name).sort();
  }

  it('the prefix keys are in use here (the database lower-cases as JavaScript does)', async () => {
    expect(prefixKeyRange('Gar')).toEqual({ gte: 'gar', lt: 'gas' });
    expect(prefixKeyRange('gar~')).toEqual({ gte: 'gar~', lt: 'gar\u007f' });
    // Ü only where the database's locale lower-cases it (C.UTF-8 and the like; not "C").
    const { rows } = await app.owner.query<{ lowered: string }>(`SELECT lower('MÜL') AS lowered`);
    expect(prefixKeyRange('MÜL')).toEqual(rows[0]!.lowered === 'mül' ? { gte: 'mül', lt: 'müm' } : null);
    expect(prefixKeyRange('')).toEqual({ gte: '' });
    expect(prefixKeyRange('tab\t')).toBeNull(); // control characters are not probed
    expect(prefixKeyRange('e\u0301')).toBeNull(); // a combining mark
    expect(prefixKeyRange('ΟΔΥΣ')).toBeNull(); // capital sigma: its lower case depends on what follows
  });

  it.each(PREFIXES)('lastName startsWith %j answers as ILIKE', async (prefix) => {
    expect(await apiIds({ lastName: { startsWith: prefix } })).toEqual(await ilikeIds('last_name ILIKE $2', prefix));
  });

  it.each(PREFIXES)('firstName OR lastName startsWith %j, and its NOT, answer as ILIKE', async (prefix) => {
    const either = { OR: [{ lastName: { startsWith: prefix } }, { firstName: { startsWith: prefix } }] };
    expect(await apiIds(either)).toEqual(await ilikeIds('last_name ILIKE $2 OR first_name ILIKE $2', prefix));
    expect(await apiIds({ NOT: either })).toEqual(await ilikeIds('NOT (last_name ILIKE $2 OR first_name ILIKE $2)', prefix));
  });

  it('the keys follow a renamed contact', async () => {
    await app.owner.query(`UPDATE contacts SET last_name = 'Renamed' WHERE org_id = $1 AND last_name = 'Zed'`, [org.id]);
    expect(await apiIds({ lastName: { startsWith: 'REN' } })).toEqual(await ilikeIds('last_name ILIKE $2', 'ren'));
    expect(await apiIds({ lastName: { startsWith: 'ze' } })).toEqual([]);
  });

  it('the keys cannot be written', async () => {
    await expect(app.owner.query(`UPDATE contacts SET last_name_key = 'x' WHERE org_id = $1`, [org.id])).rejects.toThrow(
      /can only be updated to DEFAULT/,
    );
  });
});
