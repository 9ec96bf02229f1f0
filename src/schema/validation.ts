import type { ArgBuilder, InputFieldBuilder } from '@pothos/core';
import { z } from 'zod';
import { Prisma } from '../generated/prisma/client.js';
import type { builder } from './builder.js';
import { badInput } from './errors.js';
import { parseGlobalId } from './global-ids.js';

/**
 * The input boundary. Every mutation input is declared twice, side by side: its GraphQL shape
 * (a Pothos input type) and its rules (a zod schema built from the rules below). The resolver
 * calls `parseInput(schema, input)` once; the service receives the schema's output: typed,
 * trimmed, decoded (global ids are uuids) and already valid.
 *
 * A rule checks a value that is there. What `null` and a missing field mean is said once per
 * field by one of the wrappers: `omittable` (null is refused), `clearable` (null clears the
 * column), `nullMeans` (null stands for a value, e.g. [] or now) and `nullIgnored` (null is
 * taken as missing). A missing field (`undefined`)
 * always leaves the column untouched.
 *
 * Messages name their field as `{field}`; parseInput puts the input path there (`title`,
 * `media[2].url`) and also returns it as extensions.field.
 */

/** The `t`/`f` of a Pothos input type's fields, for field helpers shared by create and update inputs. */
export type InputFields = InputFieldBuilder<typeof builder.$inferSchemaTypes, 'InputObject'>;

/** The `t.arg` of a field's arguments, for argument helpers shared by several fields. */
export type ArgFields = ArgBuilder<typeof builder.$inferSchemaTypes>;

/** `media[2].url` from zod's path. */
function fieldOf(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (field, key) => (typeof key === 'number' ? `${field}[${key}]` : field ? `${field}.${String(key)}` : String(key)),
    '',
  );
}

/** Validates an input once, at the boundary: the first problem is BAD_USER_INPUT naming its field. */
export function parseInput<S extends z.ZodType>(schema: S, input: z.input<S>): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const [issue] = result.error.issues;
  const field = issue ? fieldOf(issue.path) : '';
  const message = (issue?.message ?? '{field} is invalid').replaceAll('{field}', field || 'input');
  throw badInput(message, field || undefined);
}

/** A problem found by a transform: its message names the field as `{field}`. */
function refuse(ctx: z.RefinementCtx, message: string): never {
  ctx.addIssue({ code: 'custom', message });
  return z.NEVER;
}

// --- What null means ---------------------------------------------------------------------------

/** Optional, not nullable: undefined leaves the column untouched, null is refused. */
export function omittable<S extends z.ZodType>(rule: S) {
  return rule
    .nullish()
    .refine((value) => value !== null, { message: '{field} cannot be null', abort: true })
    .transform((value): NonNullable<z.output<S>> | undefined => value ?? undefined);
}

/** Optional and nullable: undefined leaves the column untouched, null clears it. */
export function clearable<S extends z.ZodType>(rule: S) {
  return rule.nullish();
}

/** Optional; null stands for `fallback()` (for example [] for a list, {} for an object, now for a time). */
export function nullMeans<S extends z.ZodType, F>(rule: S, fallback: () => F) {
  return rule.nullish().transform((value) => (value === null ? fallback() : value));
}

/** Optional; null leaves the column untouched like a missing field (kept where clients relied on it). */
export function nullIgnored<S extends z.ZodType>(rule: S) {
  return nullMeans(rule, () => undefined);
}

/** `{ id }` of an IdInput naming a `typename`. */
export function idInputSchema(typename: string) {
  return z.object({ id: globalId(typename) });
}

// --- Rules: one behaviour each -----------------------------------------------------------------

/** A value GraphQL has already checked (enums, booleans, DateTime, Date), passed on as it is. */
export function given<T>() {
  return z.custom<T>(() => true);
}

/** Trimmed text of `min` to `max` characters (after trimming). */
export function text(options: { min?: number; max: number }) {
  const min = options.min ?? 0;
  return z.string().transform((value, ctx) => {
    const trimmed = value.trim();
    if (trimmed.length < min || trimmed.length > options.max) return refuse(ctx, `{field} must be ${min} to ${options.max} characters`);
    return trimmed;
  });
}

/** Optional text that null or blank clears: trimmed, at most `max` characters. */
export function optionalText(max: number) {
  return clearable(text({ max }).transform((value) => (value.length === 0 ? null : value)));
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
/** An e-mail address, lower-cased; blank is null. */
const emailRule = text({ max: 254 }).transform((value, ctx) => {
  if (value.length === 0) return null;
  if (!EMAIL.test(value)) return refuse(ctx, '{field} is not a valid e-mail address');
  return value.toLowerCase();
});

/** An optional e-mail address; null or blank clears it. */
export function email() {
  return clearable(emailRule);
}

/** A required e-mail address: blank is refused. */
export function requiredEmail() {
  return emailRule.transform((value, ctx) => value ?? refuse(ctx, '{field} is required'));
}

const HTTP_URL = /^https?:\/\/\S+$/i;
/** An http(s) URL of at most 2048 characters (blank: null). */
export function url() {
  return text({ max: 2048 }).transform((value, ctx) => {
    if (value.length === 0) return null;
    if (!HTTP_URL.test(value)) return refuse(ctx, '{field} must be an http(s) URL');
    return value;
  });
}

/** An integer from `min` to `max`, both included. */
export function intBetween(min: number, max: number) {
  return z.number().refine((value) => value >= min && value <= max, { message: `{field} must be between ${min} and ${max}` });
}

/** Up to `maxItems` trimmed strings of at most `maxLength` characters; blanks and duplicates are dropped. */
export function stringSet(options: { maxItems: number; maxLength: number; tooMany: string; tooLong: string }) {
  return z.array(z.string()).transform((values, ctx) => {
    if (values.length > options.maxItems) return refuse(ctx, options.tooMany);
    const cleaned = values.map((value) => value.trim()).filter((value) => value.length > 0);
    if (cleaned.some((value) => value.length > options.maxLength)) return refuse(ctx, options.tooLong);
    return [...new Set(cleaned)];
  });
}

/** Tags: at most 50, each at most 50 characters; null clears them. */
export function tags() {
  return nullMeans(
    stringSet({ maxItems: 50, maxLength: 50, tooMany: '{field}: at most 50 tags', tooLong: '{field}: each tag at most 50 characters' }),
    (): string[] => [],
  );
}

function isJson(value: unknown): value is Prisma.InputJsonValue | null {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) return value.every(isJson);
  return typeof value === 'object' && Object.values(value).every(isJson);
}

const isJsonObject = (value: Record<string, unknown>): value is Prisma.InputJsonObject => Object.values(value).every(isJson);

/** A JSON object as the JSONObject scalar hands it over (parsed JSON, at most 16 KiB), typed for Prisma. */
export const jsonValue = z
  .record(z.string(), z.unknown())
  .transform((value, ctx) => (isJsonObject(value) ? value : refuse(ctx, '{field} must be a JSON object')));

/** A JSON object (custom fields and the like); null stores {}. */
export function jsonObject() {
  return nullMeans(jsonValue, (): Prisma.InputJsonObject => ({}));
}

function uuidOf(value: string, typename: string): string | null {
  try {
    return parseGlobalId(value, typename, 'id');
  } catch {
    return null;
  }
}

/** An opaque global id of `typename`, decoded to its uuid. */
export function globalId(typename: string) {
  return z.string().transform((value, ctx) => uuidOf(value, typename) ?? refuse(ctx, `{field} is not a valid ${typename} id`));
}

/** Global ids of `typename` decoded to uuids (a bad one is blamed on the list); duplicates count once; at most `max`. */
export function globalIds(typename: string, max: number, tooMany: string) {
  return z.array(z.string()).transform((values, ctx) => {
    const ids = new Set<string>();
    for (const value of values) {
      const id = uuidOf(value, typename);
      if (id === null) return refuse(ctx, `{field} is not a valid ${typename} id`);
      ids.add(id);
    }
    if (ids.size > max) return refuse(ctx, tooMany);
    return [...ids];
  });
}

/** An ISO 4217 currency code, upper-cased. */
export function currency() {
  return z.string().transform((value, ctx) => {
    const code = value.trim().toUpperCase();
    if (!/^[A-Z]{3}$/.test(code)) return refuse(ctx, '{field} must be a 3-letter ISO 4217 code');
    return code;
  });
}

/**
 * An amount of money (a Decimal scalar string, at most 2 decimals): not negative and below
 * `below` (10^12 for numeric(14, 2), 10^10 for numeric(12, 2)).
 */
export function money(below: number) {
  return z.string().transform((value, ctx) => {
    const amount = new Prisma.Decimal(value);
    if (amount.isNegative()) return refuse(ctx, '{field} cannot be negative');
    if (amount.greaterThanOrEqualTo(below)) return refuse(ctx, `{field} must be less than ${below}`);
    return amount;
  });
}

/** A decimal (Decimal scalar string) from `min` to `max`, both included. */
export function decimalBetween(min: number, max: number, message = `{field} must be between ${min} and ${max}`) {
  return z.string().transform((value, ctx) => {
    const amount = new Prisma.Decimal(value);
    if (amount.lessThan(min) || amount.greaterThan(max)) return refuse(ctx, message);
    return amount;
  });
}

/** True when the parsed input gives at least one column (undefined leaves a column untouched). */
export function givesAny(data: Record<string, unknown>) {
  return Object.values(data).some((value) => value !== undefined);
}
