/**
 * The rules of custom field values (src/modules/custom-field/values.ts) that the API and the CSV
 * import share: what each type accepts, and how a CSV cell becomes a value and back.
 */
import { describe, expect, it } from '@jest/globals';
import {
  carriedCustomFieldValues,
  formatCustomFieldValue,
  isIsoDate,
  parseCustomFieldCell,
  validateCustomFieldValues,
  type CustomFieldRule,
  type CustomFieldType,
} from '../../../../src/modules/custom-field/values.js';

const rule = (type: CustomFieldType, extra: Partial<CustomFieldRule> = {}): CustomFieldRule => ({
  key: 'field',
  label: 'Field',
  type,
  options: type.endsWith('SELECT') ? ['a', 'b'] : [],
  required: false,
  ...extra,
});
const problem = (type: CustomFieldType, value: unknown, extra: Partial<CustomFieldRule> = {}) =>
  validateCustomFieldValues([rule(type, extra)], { field: value })[0]?.problem ?? null;

describe('validateCustomFieldValues', () => {
  it.each<[CustomFieldType, unknown]>([
    ['TEXT', ''],
    ['NUMBER', -0.5],
    ['MONEY', '0.00'],
    ['MONEY', '-9999999999999.99'],
    ['DATE', '2024-02-29'],
    ['BOOLEAN', false],
    ['SINGLE_SELECT', 'a'],
    ['MULTI_SELECT', ['b', 'a']],
  ])('accepts %s %j', (type, value) => expect(problem(type, value)).toBeNull());

  it.each<[CustomFieldType, unknown, string]>([
    ['TEXT', 1, 'WRONG_TYPE'],
    ['TEXT', 'x'.repeat(1001), 'TOO_LONG'],
    ['NUMBER', '1', 'WRONG_TYPE'],
    ['MONEY', '10000000000000.00', 'WRONG_TYPE'],
    ['MONEY', '01.00', 'WRONG_TYPE'],
    ['MONEY', '1.5', 'WRONG_TYPE'],
    ['DATE', '2023-02-29', 'WRONG_TYPE'],
    ['DATE', '2024-02-29T00:00:00Z', 'WRONG_TYPE'],
    ['BOOLEAN', 0, 'WRONG_TYPE'],
    ['SINGLE_SELECT', 'c', 'NOT_AN_OPTION'],
    ['MULTI_SELECT', ['a', 'a'], 'WRONG_TYPE'],
    ['MULTI_SELECT', ['c'], 'NOT_AN_OPTION'],
  ])('refuses %s %j: %s', (type, value, expected) => expect(problem(type, value)).toBe(expected));

  it('treats null, a missing key and an empty MULTI_SELECT as unset: refused only when required', () => {
    expect(problem('NUMBER', null)).toBeNull();
    expect(problem('NUMBER', undefined, { required: true })).toBe('REQUIRED');
    expect(problem('MULTI_SELECT', [], { required: true })).toBe('REQUIRED');
  });

  it('leaves keys without a definition alone and reports every problem in definition order', () => {
    const errors = validateCustomFieldValues([rule('NUMBER', { key: 'n' }), rule('DATE', { key: 'd', required: true })], {
      n: 'x',
      free: { any: 'json' },
    });
    expect(errors.map((error) => [error.key, error.problem])).toEqual([
      ['n', 'WRONG_TYPE'],
      ['d', 'REQUIRED'],
    ]);
    expect(errors[0]!.message).toBe('customFields.n (Field) must be a number');
  });

  it('knows real calendar days', () => {
    expect(isIsoDate('2000-02-29')).toBe(true);
    expect(isIsoDate('1900-02-29')).toBe(false);
    expect(isIsoDate('2026-13-01')).toBe(false);
  });
});

describe('CSV cells', () => {
  it.each<[CustomFieldType, string, unknown]>([
    ['TEXT', ' kept as written ', ' kept as written '],
    ['NUMBER', ' 12.5 ', 12.5],
    ['NUMBER', 'twelve', 'twelve'],
    ['MONEY', '1250', '1250.00'],
    ['MONEY', '-3.5', '-3.50'],
    ['MONEY', '1,250.00', '1,250.00'],
    ['DATE', '2026-01-31', '2026-01-31'],
    ['BOOLEAN', 'Yes', true],
    ['BOOLEAN', '0', false],
    ['BOOLEAN', 'maybe', 'maybe'],
    ['SINGLE_SELECT', ' a ', 'a'],
    ['MULTI_SELECT', 'a; b;;', ['a', 'b']],
    ['NUMBER', '   ', null],
  ])('%s cell %j is %j', (type, cell, value) => expect(parseCustomFieldCell({ type }, cell)).toEqual(value));

  it('a cell that is not its type fails validation as the API would', () => {
    const value = parseCustomFieldCell({ type: 'MONEY' }, '1,250.00');
    expect(validateCustomFieldValues([rule('MONEY')], { field: value })[0]?.problem).toBe('WRONG_TYPE');
  });

  it.each<[CustomFieldType, unknown, string]>([
    ['MULTI_SELECT', ['a', 'b'], 'a;b'],
    ['NUMBER', 12.5, '12.5'],
    ['BOOLEAN', false, 'false'],
    ['MONEY', '3.50', '3.50'],
    ['TEXT', null, ''],
    ['NUMBER', { older: 'json' }, '{"older":"json"}'],
  ])('formats %s %j as %j, and parses it back', (type, value, cell) => {
    expect(formatCustomFieldValue({ type }, value)).toBe(cell);
    if (typeof value !== 'object' || Array.isArray(value)) {
      expect(parseCustomFieldCell({ type }, cell)).toEqual(value === null ? null : value);
    }
  });
});

describe('carriedCustomFieldValues', () => {
  const contactFields = [
    rule('SINGLE_SELECT', { key: 'region' }),
    rule('NUMBER', { key: 'seats', required: true }),
    rule('TEXT', { key: 'note' }),
  ];

  it('keeps the values of defined keys that fit, and names the others', () => {
    expect(carriedCustomFieldValues(contactFields, { region: 'a', seats: '12', free: 'x', note: null })).toEqual({
      carried: { region: 'a' },
      leftOut: ['seats', 'free'],
    });
  });

  it('leaves out a value that is not an option; a missing required one is no concern of its', () => {
    expect(carriedCustomFieldValues(contactFields, { region: 'z' })).toEqual({ carried: {}, leftOut: ['region'] });
  });
});
