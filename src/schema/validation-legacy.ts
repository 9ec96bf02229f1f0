import { badInput } from './errors.js';

/**
 * Input checks shared by every module. `undefined` means "not given" and passes through;
 * `null` is only accepted where `nullable` says so (it clears the value on update).
 */
export function text(value: string | null | undefined, field: string, options: { min?: number; max: number; nullable?: boolean }) {
  if (value === undefined) return undefined;
  if (value === null) {
    if (options.nullable) return null;
    throw badInput(`${field} cannot be null`, field);
  }
  const trimmed = value.trim();
  if (trimmed.length < (options.min ?? 0) || trimmed.length > options.max) {
    throw badInput(`${field} must be ${options.min ?? 0} to ${options.max} characters`, field);
  }
  return options.nullable && trimmed.length === 0 ? null : trimmed;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
export function email(value: string | null | undefined, field = 'email') {
  const result = text(value, field, { max: 254, nullable: true });
  if (result && !EMAIL.test(result)) throw badInput(`${field} is not a valid e-mail address`, field);
  return result?.toLowerCase() ?? result;
}

export function url(value: string | null | undefined, field: string) {
  const result = text(value, field, { max: 2048, nullable: true });
  if (result && !/^https?:\/\/\S+$/i.test(result)) throw badInput(`${field} must be an http(s) URL`, field);
  return result;
}

export function intInRange(value: number | null | undefined, field: string, min: number, max: number, nullable = false) {
  if (value === undefined) return undefined;
  if (value === null) {
    if (nullable) return null;
    throw badInput(`${field} cannot be null`, field);
  }
  if (value < min || value > max) throw badInput(`${field} must be between ${min} and ${max}`, field);
  return value;
}

export function tags(values: readonly string[] | null | undefined, field = 'tags') {
  if (values === undefined) return undefined;
  if (values === null) return [];
  if (values.length > 50) throw badInput(`${field}: at most 50 tags`, field);
  const cleaned = values.map((tag) => tag.trim()).filter((tag) => tag.length > 0);
  if (cleaned.some((tag) => tag.length > 50)) throw badInput(`${field}: each tag at most 50 characters`, field);
  return [...new Set(cleaned)];
}

export function jsonObject(value: Record<string, unknown> | null | undefined, field: string) {
  if (value === undefined) return undefined;
  return value ?? {};
}

/** Drops `undefined` keys so Prisma leaves those columns untouched. */
export function defined<T extends Record<string, unknown>>(data: T): Partial<T> {
  return Object.fromEntries(Object.entries(data).filter(([, value]) => value !== undefined)) as Partial<T>;
}
