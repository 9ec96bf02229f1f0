/**
 * The rules of custom field values, without the database: what each type accepts, as the API
 * writes and the CSV import checks (validateCustomFieldValues). One place, so the API and the
 * import refuse exactly the same values.
 */
import type { CustomFieldEntity, CustomFieldType } from '../../generated/prisma/client.js';

export type { CustomFieldEntity, CustomFieldType };

/** What the validator reads of a definition (a CustomFieldDefinition row fits). */
export interface CustomFieldRule {
  key: string;
  label: string;
  type: CustomFieldType;
  options: readonly string[];
  required: boolean;
}

/** Why a value was refused. */
export type CustomFieldProblem = 'REQUIRED' | 'WRONG_TYPE' | 'NOT_AN_OPTION' | 'TOO_LONG';

export interface CustomFieldError {
  key: string;
  problem: CustomFieldProblem;
  message: string;
}

/** A key: lower case, digits and _, starting with a letter, at most 40 characters. */
export const CUSTOM_FIELD_KEY = /^[a-z][a-z0-9_]{0,39}$/;
/** Characters of a TEXT value (a long note belongs in an activity). */
export const TEXT_MAX = 1_000;
/** MONEY: a decimal string with exactly 2 places and at most 13 integer digits (15 significant: exact as a double too). */
export const MONEY = /^-?(0|[1-9][0-9]{0,12})\.[0-9]{2}$/;
const DATE = /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/;

/** Whether `value` is a real calendar day written YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
  const match = DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const describe: Record<CustomFieldType, string> = {
  TEXT: `text of at most ${TEXT_MAX} characters`,
  NUMBER: 'a number',
  MONEY: 'a decimal string with 2 places, e.g. "1250.00"',
  DATE: 'a date written YYYY-MM-DD',
  BOOLEAN: 'true or false',
  SINGLE_SELECT: 'one of its options',
  MULTI_SELECT: 'a list of its options',
};

/** The problem with one present (non-null) value of a definition, or null when it fits. */
export function valueProblem(rule: CustomFieldRule, value: unknown): CustomFieldProblem | null {
  switch (rule.type) {
    case 'TEXT':
      if (typeof value !== 'string') return 'WRONG_TYPE';
      return value.length > TEXT_MAX ? 'TOO_LONG' : null;
    case 'NUMBER':
      return typeof value === 'number' && Number.isFinite(value) ? null : 'WRONG_TYPE';
    case 'MONEY':
      return typeof value === 'string' && MONEY.test(value) ? null : 'WRONG_TYPE';
    case 'DATE':
      return typeof value === 'string' && isIsoDate(value) ? null : 'WRONG_TYPE';
    case 'BOOLEAN':
      return typeof value === 'boolean' ? null : 'WRONG_TYPE';
    case 'SINGLE_SELECT':
      if (typeof value !== 'string') return 'WRONG_TYPE';
      return rule.options.includes(value) ? null : 'NOT_AN_OPTION';
    case 'MULTI_SELECT':
      if (!Array.isArray(value) || !value.every((each) => typeof each === 'string')) return 'WRONG_TYPE';
      if (new Set(value).size !== value.length) return 'WRONG_TYPE';
      return value.every((each: string) => rule.options.includes(each)) ? null : 'NOT_AN_OPTION';
  }
}

function messageFor(rule: CustomFieldRule, problem: CustomFieldProblem): string {
  const name = `customFields.${rule.key} (${rule.label})`;
  if (problem === 'REQUIRED') return `${name} is required`;
  if (problem === 'NOT_AN_OPTION') return `${name} must be ${describe[rule.type]}: ${rule.options.join(', ')}`;
  return `${name} must be ${describe[rule.type]}`;
}

/**
 * Checks `values` (a record's whole custom_fields object) against the live definitions of its
 * entity: each defined key holds a value of its type (null or absent means unset), and every
 * required one is set. Keys without a live definition are not checked: they stay free JSON, as
 * the API accepted them before definitions existed (README "Custom fields"). Returns every
 * problem, in the definitions' order; [] when the values fit.
 */
export function validateCustomFieldValues(
  definitions: readonly CustomFieldRule[],
  values: Readonly<Record<string, unknown>>,
): CustomFieldError[] {
  const errors: CustomFieldError[] = [];
  for (const rule of definitions) {
    const value = values[rule.key];
    const unset = value === undefined || value === null || (rule.type === 'MULTI_SELECT' && Array.isArray(value) && value.length === 0);
    const problem = unset ? (rule.required ? 'REQUIRED' : null) : valueProblem(rule, value);
    if (problem) errors.push({ key: rule.key, problem, message: messageFor(rule, problem) });
  }
  return errors;
}

/**
 * The values of another entity's record (a lead's, on convertLead) that a record of this entity
 * may take over: those whose key is a live definition here and whose value fits it. The rest
 * (free JSON keys, keys defined for the other entity only, values of the wrong type or no longer
 * an option) are left out and named in `leftOut`; the source record keeps them.
 */
export function carriedCustomFieldValues<Value>(
  definitions: readonly CustomFieldRule[],
  values: Readonly<Record<string, Value>>,
): { carried: Record<string, Value>; leftOut: string[] } {
  const carried: Record<string, Value> = {};
  for (const rule of definitions) {
    const value = values[rule.key];
    if (value !== undefined && value !== null && valueProblem(rule, value) === null) carried[rule.key] = value;
  }
  const leftOut = Object.keys(values).filter((key) => !(key in carried) && values[key] !== null);
  return { carried, leftOut };
}

/** How a MULTI_SELECT value is written in one CSV cell: its options joined by this (options may not contain it). */
export const MULTI_SELECT_SEPARATOR = ';';

const MONEY_CELL = /^(-?[0-9]+)(?:\.([0-9]{1,2}))?$/;
const TRUE_CELLS = new Set(['true', 'yes', '1']);
const FALSE_CELLS = new Set(['false', 'no', '0']);

/**
 * A CSV cell (text) as the JSON value the API stores for this field, for the import: blank is
 * unset (null); NUMBER "12.5" is 12.5; MONEY "1250" and "1250.5" are "1250.00" and "1250.50";
 * BOOLEAN true/false/yes/no/1/0; MULTI_SELECT options separated by ";". A cell that cannot be
 * the type is returned as text, so validateCustomFieldValues reports it exactly as the API would.
 */
export function parseCustomFieldCell(rule: Pick<CustomFieldRule, 'type'>, cell: string): unknown {
  const trimmed = cell.trim();
  if (trimmed === '') return null;
  switch (rule.type) {
    case 'TEXT':
      return cell;
    case 'NUMBER': {
      const number = Number(trimmed);
      return Number.isFinite(number) ? number : trimmed;
    }
    case 'MONEY': {
      const match = MONEY_CELL.exec(trimmed);
      return match ? `${match[1]}.${(match[2] ?? '').padEnd(2, '0')}` : trimmed;
    }
    case 'BOOLEAN': {
      const lower = trimmed.toLowerCase();
      return TRUE_CELLS.has(lower) ? true : FALSE_CELLS.has(lower) ? false : trimmed;
    }
    case 'MULTI_SELECT':
      return trimmed
        .split(MULTI_SELECT_SEPARATOR)
        .map((each) => each.trim())
        .filter((each) => each.length > 0);
    default:
      return trimmed;
  }
}

/** A stored value as one CSV cell, for the export: the inverse of parseCustomFieldCell (unset is ""). */
export function formatCustomFieldValue(rule: Pick<CustomFieldRule, 'type'>, value: unknown): string {
  if (value === undefined || value === null) return '';
  if (rule.type === 'MULTI_SELECT' && Array.isArray(value) && value.every((each) => typeof each === 'string')) {
    return value.join(MULTI_SELECT_SEPARATOR);
  }
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  // Older free JSON under a key defined later: shown as it is stored.
  return JSON.stringify(value);
}

export const ENTITY_TABLES: Record<CustomFieldEntity, string> = {
  COMPANY: 'companies',
  CONTACT: 'contacts',
  LEAD: 'leads',
  DEAL: 'deals',
  ACTIVITY: 'activities',
};
