/**
 * Global ids and the text PostgreSQL cannot store (src/schema/global-ids.ts, input-text.ts),
 * called directly: anything invalid is a client error naming the field. The shared input rules
 * have their own unit tests (tests/unit/validation-rules.test.ts); the API's answers to such
 * input are in tests/graphql/**.
 */
import { describe, expect, it } from '@jest/globals';
import type { GraphQLRequestContextDidResolveOperation } from '@apollo/server';
import { parse } from 'graphql';
import { ClientFlowError } from '../../../src/schema/errors.js';
import { parseAnyGlobalId, parseGlobalId, parseOptionalGlobalId, parseOrganizationHeader } from '../../../src/schema/global-ids.js';
import { inputTextPlugin } from '../../../src/schema/input-text.js';

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
    expect(refusal(() => parseOrganizationHeader(globalId('Contact', UUID)))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'X-Organization-Id',
    });
    expect(refusal(() => parseOrganizationHeader('acme'))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'X-Organization-Id' });
  });
});

describe('text PostgreSQL cannot store (NUL, unpaired surrogates)', () => {
  /** What the input-text plugin says about one request, before execution. */
  async function check(query: string, variables?: Record<string, unknown>) {
    const hooks = await inputTextPlugin<object>().requestDidStart!({} as never);
    try {
      await hooks!.didResolveOperation!({
        request: { query, variables },
        document: parse(query),
      } as unknown as GraphQLRequestContextDidResolveOperation<object>);
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
