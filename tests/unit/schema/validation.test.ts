/**
 * The shared input checks (src/schema/validation.ts, global-ids.ts, input-text.ts), called
 * directly: `undefined` is "not given", `null` clears where allowed, anything invalid is a
 * client error naming the field. The API's answers to such input are in tests/graphql/**.
 */
import { describe, expect, it } from '@jest/globals';
import type { GraphQLRequestContextDidResolveOperation } from '@apollo/server';
import { parse } from 'graphql';
import { ClientFlowError } from '../../../src/schema/errors.js';
import { parseAnyGlobalId, parseGlobalId, parseOptionalGlobalId, parseOrganizationHeader } from '../../../src/schema/global-ids.js';
import { inputTextPlugin } from '../../../src/schema/input-text.js';
import { defined, email, intInRange, jsonObject, tags, text, url } from '../../../src/schema/validation.js';

const UUID = '3f2a1b4c-5d6e-4f70-8a9b-0c1d2e3f4a5b';
const globalId = (typename: string, id: string) => Buffer.from(`${typename}:${id}`, 'utf8').toString('base64');

/** The error `run` throws as { code, field, message }, or null when it returns. */
function refusal(run: () => unknown) {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ClientFlowError);
    const { code, field } = (error as ClientFlowError).extensions as { code: string; field?: string };
    return { code, field, message: (error as ClientFlowError).message };
  }
  return null;
}

describe('text', () => {
  it('undefined passes through (not given)', () => {
    expect(text(undefined, 'name', { max: 10 })).toBeUndefined();
  });

  it('trims', () => {
    expect(text('  Ada  ', 'name', { max: 10 })).toBe('Ada');
  });

  it('null is refused unless nullable', () => {
    expect(refusal(() => text(null, 'name', { max: 10 }))).toEqual({ code: 'BAD_USER_INPUT', field: 'name', message: 'name cannot be null' });
    expect(text(null, 'title', { max: 10, nullable: true })).toBeNull();
  });

  it('a nullable field left blank is cleared (null)', () => {
    expect(text('   ', 'title', { max: 10, nullable: true })).toBeNull();
  });

  it('length is checked after trimming, against min and max', () => {
    expect(refusal(() => text('  ', 'name', { min: 1, max: 10 }))).toMatchObject({ field: 'name', message: 'name must be 1 to 10 characters' });
    expect(refusal(() => text('x'.repeat(11), 'name', { max: 10 }))).toMatchObject({ field: 'name' });
    expect(text(` ${'x'.repeat(10)} `, 'name', { max: 10 })).toBe('x'.repeat(10));
  });
});

describe('email', () => {
  it('lower-cases a valid address', () => {
    expect(email(' Ada@Example.TEST ')).toBe('ada@example.test');
  });

  it('refuses an address without @ or domain, naming the field', () => {
    expect(refusal(() => email('ada.example.test'))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'email' });
    expect(refusal(() => email('ada@localhost', 'contactEmail'))).toMatchObject({ field: 'contactEmail' });
  });

  it('null and blank clear it; undefined leaves it', () => {
    expect(email(null)).toBeNull();
    expect(email('  ')).toBeNull();
    expect(email(undefined)).toBeUndefined();
  });

  it('at most 254 characters', () => {
    expect(refusal(() => email(`${'a'.repeat(250)}@x.io`))).toMatchObject({ field: 'email' });
  });
});

describe('url', () => {
  it('accepts http and https', () => {
    expect(url('https://example.test/a', 'website')).toBe('https://example.test/a');
    expect(url('HTTP://example.test', 'website')).toBe('HTTP://example.test');
  });

  it('refuses other schemes and spaces', () => {
    expect(refusal(() => url('javascript:alert(1)', 'website'))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'website' });
    expect(refusal(() => url('https://exa mple.test', 'website'))).toMatchObject({ field: 'website' });
  });
});

describe('intInRange', () => {
  it('accepts the bounds', () => {
    expect(intInRange(0, 'probability', 0, 100)).toBe(0);
    expect(intInRange(100, 'probability', 0, 100)).toBe(100);
  });

  it('refuses values outside, naming the range', () => {
    expect(refusal(() => intInRange(101, 'probability', 0, 100))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'probability',
      message: 'probability must be between 0 and 100',
    });
  });

  it('null only where nullable', () => {
    expect(refusal(() => intInRange(null, 'probability', 0, 100))).toMatchObject({ field: 'probability' });
    expect(intInRange(null, 'probability', 0, 100, true)).toBeNull();
    expect(intInRange(undefined, 'probability', 0, 100)).toBeUndefined();
  });
});

describe('tags', () => {
  it('trims, drops blanks and duplicates', () => {
    expect(tags([' vip ', 'vip', '', 'new'])).toEqual(['vip', 'new']);
  });

  it('null is no tags', () => {
    expect(tags(null)).toEqual([]);
    expect(tags(undefined)).toBeUndefined();
  });

  it('at most 50 tags of at most 50 characters', () => {
    expect(refusal(() => tags(Array.from({ length: 51 }, (_, i) => `t${i}`)))).toMatchObject({ field: 'tags' });
    expect(refusal(() => tags(['x'.repeat(51)]))).toMatchObject({ field: 'tags' });
  });
});

describe('jsonObject and defined', () => {
  it('jsonObject: null is an empty object, undefined untouched', () => {
    expect(jsonObject(null, 'customFields')).toEqual({});
    expect(jsonObject(undefined, 'customFields')).toBeUndefined();
    expect(jsonObject({ a: 1 }, 'customFields')).toEqual({ a: 1 });
  });

  it('defined drops undefined keys and keeps null ones', () => {
    expect(defined({ a: 1, b: undefined, c: null })).toEqual({ a: 1, c: null });
    expect(Object.keys(defined({ a: undefined }))).toEqual([]);
  });
});

describe('global ids', () => {
  it('parseGlobalId returns the lower-cased uuid of the named type', () => {
    expect(parseGlobalId(globalId('Contact', UUID.toUpperCase()), 'Contact')).toBe(UUID);
  });

  it('parseGlobalId refuses another type, a non-uuid key and garbage, naming the field', () => {
    const expected = { code: 'BAD_USER_INPUT', field: 'contactId', message: 'contactId is not a valid Contact id' };
    expect(refusal(() => parseGlobalId(globalId('Company', UUID), 'Contact', 'contactId'))).toEqual(expected);
    expect(refusal(() => parseGlobalId(globalId('Contact', '42'), 'Contact', 'contactId'))).toEqual(expected);
    expect(refusal(() => parseGlobalId('not a global id', 'Contact', 'contactId'))).toEqual(expected);
  });

  it('parseOptionalGlobalId keeps undefined (untouched) and null (cleared)', () => {
    expect(parseOptionalGlobalId(undefined, 'Company', 'companyId')).toBeUndefined();
    expect(parseOptionalGlobalId(null, 'Company', 'companyId')).toBeNull();
    expect(parseOptionalGlobalId(globalId('Company', UUID), 'Company', 'companyId')).toBe(UUID);
  });

  it('parseAnyGlobalId returns the type and uuid', () => {
    expect(parseAnyGlobalId(globalId('Deal', UUID))).toEqual({ typename: 'Deal', id: UUID });
  });

  it('parseAnyGlobalId refuses a non-uuid key', () => {
    expect(refusal(() => parseAnyGlobalId(globalId('Deal', 'x')))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
  });

  it('X-Organization-Id takes a uuid or an Organization global id', () => {
    expect(parseOrganizationHeader(UUID.toUpperCase())).toBe(UUID);
    expect(parseOrganizationHeader(globalId('Organization', UUID))).toBe(UUID);
  });

  it('X-Organization-Id of another type or malformed is BAD_USER_INPUT naming the header', () => {
    expect(refusal(() => parseOrganizationHeader(globalId('Contact', UUID)))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'X-Organization-Id' });
    expect(refusal(() => parseOrganizationHeader('acme'))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'X-Organization-Id' });
  });
});

describe('text PostgreSQL cannot store (NUL, unpaired surrogates)', () => {
  /** What the input-text plugin says about one request, before execution. */
  async function check(query: string, variables?: Record<string, unknown>) {
    const hooks = await inputTextPlugin<object>().requestDidStart!({} as never);
    try {
      await hooks!.didResolveOperation!({ request: { query, variables }, document: parse(query) } as unknown as GraphQLRequestContextDidResolveOperation<object>);
      return null;
    } catch (error) {
      expect(error).toBeInstanceOf(ClientFlowError);
      return { message: (error as ClientFlowError).message, field: (error as ClientFlowError).extensions.field };
    }
  }
  const QUERY = 'query ($input: CreateContactInput!) { createContact(input: $input) { contact { id } } }';

  it('ordinary text, emoji (paired surrogates) included, passes', async () => {
    expect(await check(QUERY, { input: { firstName: 'Zoë 🚀', tags: ['ok'] } })).toBeNull();
  });

  it('a NUL in a variable is refused naming where it is', async () => {
    expect(await check(QUERY, { input: { lastName: 'a\u0000b' } })).toMatchObject({ field: '$.input.lastName' });
  });

  it('a lone surrogate in a list item is refused naming the index', async () => {
    expect(await check(QUERY, { input: { tags: ['ok', 'x\ud800'] } })).toMatchObject({ field: '$.input.tags[1]' });
  });

  it('a NUL in a string literal of the operation is refused', async () => {
    expect(await check('{ contacts(first: 1, filter: { lastName: { equals: "a\\u0000" } }) { totalCount } }')).toMatchObject({
      message: expect.stringContaining('NUL'),
    });
  });
});
