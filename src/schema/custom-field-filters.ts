import { builder } from './builder.js';
import { badInput } from './errors.js';
import type { FilterBudget } from '../limits/filter-budget.js';
import { Prisma, type CustomFieldType } from '../generated/prisma/client.js';
import { MONEY_RANGE } from './sql-where.js';

/**
 * `customFields: [CustomFieldFilter!]` of the CRM lists: conditions on the values of typed
 * custom fields (src/modules/custom-field), read by the field's definition. Operands are strings
 * and are parsed by the field's type; Prisma's JSON filters on the custom_fields column do the
 * comparing (jsonb comparisons never raise, whatever a record holds), except MONEY ranges: MONEY
 * values are strings ("900.00" sorts after "10000.00" as text), so those are written for the SQL
 * list path (src/schema/sql-where.ts), which compares them as numeric.
 */
export const CustomFieldFilter = builder.inputType('CustomFieldFilter', {
  description:
    'A condition on one custom field, read by its definition\'s type: NUMBER operands are numbers ("12.5"), MONEY ones "1250.00", ' +
    'DATE ones YYYY-MM-DD, BOOLEAN ones "true"/"false". gt/gte/lt/lte: NUMBER, MONEY (compared as amounts) and DATE. contains: TEXT (case-sensitive) and ' +
    'MULTI_SELECT (holds the option); in on MULTI_SELECT: holds any of them. isSet: false matches records without a value. ' +
    'Every given operator must hold.',
  fields: (t) => ({
    key: t.string({ required: true, description: 'The key of a live custom field of the listed entity.' }),
    equals: t.string(),
    in: t.stringList(),
    gt: t.string(),
    gte: t.string(),
    lt: t.string(),
    lte: t.string(),
    contains: t.string(),
    isSet: t.boolean(),
  }),
});

/** The live fields of each entity, by key: what a request's custom field filters are read by. */
export type CustomFieldTypes = ReadonlyMap<string, ReadonlyMap<string, CustomFieldType>>;

type Json = string | number | boolean;
const OPERATORS = ['equals', 'in', 'gt', 'gte', 'lt', 'lte', 'contains', 'isSet'] as const;
type Operator = (typeof OPERATORS)[number];
const RANGE = new Set<Operator>(['gt', 'gte', 'lt', 'lte']);
const MONEY = /^-?(0|[1-9][0-9]{0,12})\.[0-9]{2}$/;
const DATE = /^[0-9]{4}-[0-9]{2}-[0-9]{2}$/;
/** LIKE treats % and _ as wildcards, with backslash as its escape. */
export const escapeLike = (value: string) => value.replace(/[\\%_]/g, '\\$&');

/** The operand as the JSON value it is compared with; null when it cannot be one of this type. */
function operandOf(type: CustomFieldType, operand: string): Json | null {
  switch (type) {
    case 'NUMBER': {
      const number = Number(operand);
      return operand.trim() !== '' && Number.isFinite(number) ? number : null;
    }
    case 'MONEY':
      return MONEY.test(operand) ? operand : null;
    case 'DATE':
      return DATE.test(operand) ? operand : null;
    case 'BOOLEAN':
      return operand === 'true' ? true : operand === 'false' ? false : null;
    default:
      return operand;
  }
}

/** Whether a filter (with its AND/OR/NOT and relation filters) names customFields anywhere. */
export function mentionsCustomFields(filter: unknown): boolean {
  if (filter === null || typeof filter !== 'object') return false;
  if (Array.isArray(filter)) return filter.some(mentionsCustomFields);
  return Object.entries(filter).some(([key, value]) => (key === 'customFields' && value != null) || mentionsCustomFields(value));
}

/** The Prisma conditions of one list of CustomFieldFilter on an entity's custom_fields column. */
export function customFieldConditions(
  entity: string,
  name: string,
  filters: readonly Record<string, unknown>[],
  types: CustomFieldTypes | undefined,
  budget: FilterBudget,
): Record<string, unknown>[] {
  budget.list(filters, name);
  const out: Record<string, unknown>[] = [];
  filters.forEach((filter, index) => {
    const at = `${name}[${index}]`;
    const key = String(filter.key);
    budget.string(key, `${at}.key`);
    const type = types?.get(entity)?.get(key);
    if (!type) throw badInput(`${at}.key: ${entity} has no custom field ${key.slice(0, 40)}`, `${at}.key`);
    const path = [key];
    for (const op of OPERATORS) {
      const raw = filter[op];
      if (raw === undefined || raw === null) continue;
      budget.operand(op, raw, `${at}.${op}`);
      budget.check();
      if (op === 'isSet') {
        // A missing key and a JSON null are both "not set"; NOT(...) of a missing path is true in Prisma's SQL.
        const unset = { OR: [{ customFields: { path, equals: Prisma.DbNull } }, { customFields: { path, equals: Prisma.JsonNull } }] };
        out.push(raw ? { NOT: unset } : unset);
        continue;
      }
      if (RANGE.has(op) && type !== 'NUMBER' && type !== 'DATE' && type !== 'MONEY') {
        throw badInput(`${at}.${op}: range conditions apply to NUMBER, MONEY and DATE fields; ${key} is ${type}`, `${at}.${op}`);
      }
      if (op === 'contains' && type !== 'TEXT' && type !== 'MULTI_SELECT') {
        throw badInput(`${at}.contains applies to TEXT and MULTI_SELECT fields; ${key} is ${type}`, `${at}.contains`);
      }
      if (op === 'equals' && type === 'MULTI_SELECT') {
        throw badInput(`${at}.equals: ${key} is MULTI_SELECT; use contains (holds an option) or in (holds any of them)`, `${at}.equals`);
      }
      const operands = (op === 'in' ? (raw as string[]) : [raw as string]).map((operand) => {
        const value = operandOf(type, operand);
        if (value === null) throw badInput(`${at}.${op}: "${operand.slice(0, 40)}" is not a ${type} value`, `${at}.${op}`);
        return value;
      });
      if (op === 'contains') {
        // Prisma passes string_contains to LIKE as it is: "50%" would match "50 dollars" unescaped.
        const text = type === 'TEXT' ? { path, string_contains: escapeLike(String(operands[0])) } : { path, array_contains: [operands[0]] };
        out.push({ customFields: text });
      } else if (op === 'equals' || op === 'in') {
        const matches = operands.map((value) =>
          type === 'MULTI_SELECT' ? { customFields: { path, array_contains: [value] } } : { customFields: { path, equals: value } },
        );
        out.push(matches.length === 1 ? matches[0]! : { OR: matches });
      } else if (type === 'MONEY') {
        out.push({ customFields: { path, [MONEY_RANGE]: { [op]: operands[0] } } });
      } else {
        out.push({ customFields: { path, [op]: operands[0] } });
      }
    }
  });
  return out;
}
