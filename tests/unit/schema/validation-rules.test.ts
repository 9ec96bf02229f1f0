import { describe, expect, it } from '@jest/globals';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { z } from 'zod';
import { ClientFlowError } from '../../../src/schema/errors.js';
import {
  clearable,
  currency,
  email,
  globalId,
  globalIds,
  jsonObject,
  money,
  nullIgnored,
  nullMeans,
  omittable,
  optionalText,
  parseInput,
  tags,
  text,
  url,
} from '../../../src/schema/validation.js';

const UUID = '0b9f6f0e-4d5c-4a8e-9a51-6a7b1c2d3e4f';

/** The BAD_USER_INPUT parseInput throws: its message and extensions.field. */
function refusal(run: () => unknown) {
  try {
    run();
  } catch (error) {
    if (error instanceof ClientFlowError) return { message: error.message, field: error.extensions.field, code: error.extensions.code };
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('parseInput', () => {
  const schema = z.object({ title: text({ min: 1, max: 5 }), media: z.array(z.object({ url: url() })) });

  it('returns the parsed output', () => {
    expect(parseInput(schema, { title: '  Hi ', media: [{ url: 'https://a.example/x' }] })).toEqual({
      title: 'Hi',
      media: [{ url: 'https://a.example/x' }],
    });
  });

  it('names the field in the message and in extensions.field', () => {
    expect(refusal(() => parseInput(schema, { title: 'far too long', media: [] }))).toEqual({
      message: 'title must be 1 to 5 characters',
      field: 'title',
      code: 'BAD_USER_INPUT',
    });
  });

  it('names nested fields by their path', () => {
    expect(refusal(() => parseInput(schema, { title: 'ok', media: [{ url: 'https://a.example' }, { url: 'ftp://b' }] })).field).toBe(
      'media[1].url',
    );
  });
});

describe('what null means', () => {
  const shape = z.object({
    omitted: omittable(text({ max: 10 })),
    cleared: clearable(text({ max: 10 })),
    defaulted: nullMeans(text({ max: 10 }), () => 'default'),
    ignored: nullIgnored(text({ max: 10 })),
  });

  it('missing fields stay missing', () => {
    expect(parseInput(shape, {})).toEqual({});
  });

  it('omittable refuses null', () => {
    expect(refusal(() => parseInput(shape, { omitted: null }))).toMatchObject({ message: 'omitted cannot be null', field: 'omitted' });
  });

  it('clearable keeps null, nullMeans replaces it, nullIgnored drops it', () => {
    expect(parseInput(shape, { cleared: null, defaulted: null, ignored: null })).toEqual({
      cleared: null,
      defaulted: 'default',
      ignored: undefined,
    });
  });
});

describe('shared rules', () => {
  // A rule parsed on its own: its messages call the value `input`.
  const one = parseInput;

  it('optional text: trimmed, blank is null', () => {
    expect(one(optionalText(5), '  a ')).toBe('a');
    expect(one(optionalText(5), '   ')).toBeNull();
  });

  it('e-mail: lower-cased; a malformed one is refused', () => {
    expect(one(email(), ' Ann@Example.COM ')).toBe('ann@example.com');
    expect(refusal(() => one(email(), 'not-an-address')).message).toBe('input is not a valid e-mail address');
  });

  it('currency: upper-cased ISO 4217 code', () => {
    expect(one(currency(), ' eur ')).toBe('EUR');
    expect(refusal(() => one(currency(), 'EURO')).message).toBe('input must be a 3-letter ISO 4217 code');
  });

  it('money: not negative, below its limit', () => {
    expect(one(money(1e10), '12.50').toString()).toBe('12.5');
    expect(refusal(() => one(money(1e10), '-1')).message).toBe('input cannot be negative');
    expect(refusal(() => one(money(1e10), '10000000000')).message).toBe('input must be less than 10000000000');
  });

  it('global ids decode to lower-case uuids of the right type', () => {
    expect(one(globalId('Contact'), encodeGlobalID('Contact', UUID.toUpperCase()))).toBe(UUID);
    expect(refusal(() => one(globalId('Contact'), encodeGlobalID('Deal', UUID))).message).toBe('input is not a valid Contact id');
    expect(refusal(() => one(globalId('Contact'), 'garbage')).message).toBe('input is not a valid Contact id');
  });

  it('global id lists: duplicates count once, a bad one is blamed on the list', () => {
    const id = encodeGlobalID('User', UUID);
    expect(one(globalIds('User', 2, '{field}: too many'), [id, id])).toEqual([UUID]);
    expect(refusal(() => one(globalIds('User', 2, '{field}: too many'), [id, 'x'])).message).toBe('input is not a valid User id');
  });

  it('tags: trimmed, blanks and duplicates dropped, null clears', () => {
    expect(one(tags(), [' a', 'a ', '', 'b'])).toEqual(['a', 'b']);
    expect(one(tags(), null)).toEqual([]);
  });

  it('JSON objects: null stores {}', () => {
    expect(one(jsonObject(), null)).toEqual({});
    expect(one(jsonObject(), { a: [1, { b: null }] })).toEqual({ a: [1, { b: null }] });
  });
});
