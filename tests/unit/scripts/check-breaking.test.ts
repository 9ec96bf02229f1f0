import { describe, expect, it } from '@jest/globals';
import { buildSchema } from 'graphql';
import { deprecationsWithoutReason, judgeSchemaChange } from '../../../src/scripts/check-breaking.js';
import { buildSchema as buildApiSchema } from '../../../src/modules/index.js';

const before = buildSchema('type Query { contact: Contact }  type Contact { id: ID!, name: String, email: String }');

describe('the breaking-change check (npm run schema:check-breaking)', () => {
  it('a removed field is breaking and fails', () => {
    const after = buildSchema('type Query { contact: Contact }  type Contact { id: ID!, name: String }');
    const verdict = judgeSchemaChange(before, after, ['Drop the e-mail']);
    expect(verdict.ok).toBe(false);
    expect(verdict.changes.map((change) => change.description)).toEqual(['Contact.email was removed.']);
  });

  it('BREAKING: in a commit message lets it pass', () => {
    const after = buildSchema('type Query { contact: Contact }  type Contact { id: ID!, name: String }');
    expect(judgeSchemaChange(before, after, ['Contacts: drop email\n\nBREAKING: email moves to emails']).ok).toBe(true);
  });

  it('an added field is not breaking', () => {
    const after = buildSchema('type Query { contact: Contact }  type Contact { id: ID!, name: String, email: String, phone: String }');
    expect(judgeSchemaChange(before, after, ['Add phone'])).toEqual({ ok: true, changes: [], announced: false });
  });
});

describe('deprecations carry reasons', () => {
  it('finds a @deprecated with the default reason or an empty one', () => {
    const schema = buildSchema(`
      type Query { a: Int @deprecated, b: Int @deprecated(reason: "Use c"), c: Int, d: Int @deprecated(reason: " ") }
      enum E { X @deprecated, Y }
    `);
    expect(deprecationsWithoutReason(schema)).toEqual(['Query.a', 'Query.d', 'E.X']);
  });

  it('the API schema has none', () => {
    expect(deprecationsWithoutReason(buildApiSchema())).toEqual([]);
  });
});
