import { GraphQLError, Kind } from 'graphql';
import { builder } from './builder.js';

const invalid = (message: string) => new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });

function parseDateTime(value: unknown): Date {
  if (typeof value !== 'string') throw invalid('DateTime must be an ISO-8601 string');
  const date = new Date(value);
  if (Number.isNaN(date.getTime()) || !/^\d{4}-\d{2}-\d{2}T/.test(value)) {
    throw invalid(`Invalid DateTime "${value}": expected ISO-8601 such as 2026-01-31T09:30:00Z`);
  }
  return date;
}

builder.scalarType('DateTime', {
  description: 'An instant as an ISO-8601 string with a time zone, e.g. 2026-01-31T09:30:00.000Z.',
  serialize: (value) => (value instanceof Date ? value.toISOString() : String(value)),
  parseValue: parseDateTime,
  parseLiteral: (ast) => parseDateTime(ast.kind === Kind.STRING ? ast.value : undefined),
});

function parseDate(value: unknown): Date {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    throw invalid('Date must be a calendar date such as 2026-01-31');
  }
  const date = new Date(`${value}T00:00:00.000Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) throw invalid(`Invalid Date "${value}"`);
  return date;
}

builder.scalarType('Date', {
  description: 'A calendar date (no time, no zone), e.g. 2026-01-31.',
  serialize: (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value)),
  parseValue: parseDate,
  parseLiteral: (ast) => parseDate(ast.kind === Kind.STRING ? ast.value : undefined),
});

const DECIMAL = /^-?\d{1,12}(\.\d{1,2})?$/;
function parseDecimal(value: unknown): string {
  const text = typeof value === 'number' ? String(value) : value;
  if (typeof text !== 'string' || !DECIMAL.test(text)) {
    throw invalid('Decimal must be a number with at most 12 integer digits and 2 decimals, e.g. "12500.00"');
  }
  return text;
}

builder.scalarType('Decimal', {
  description: 'An exact decimal amount, serialized as a string (e.g. "12500.00") so no precision is lost.',
  serialize: (value) =>
    typeof value === 'string' ? value : 'toFixed' in value ? (value as { toFixed(d: number): string }).toFixed(2) : value.toString(),
  parseValue: parseDecimal,
  parseLiteral: (ast) => parseDecimal(ast.kind === Kind.STRING || ast.kind === Kind.INT || ast.kind === Kind.FLOAT ? ast.value : undefined),
});

function parseObject(value: unknown): Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw invalid('JSONObject must be an object');
  if (JSON.stringify(value).length > 16_384) throw invalid('JSONObject must be at most 16 KiB');
  return value as Record<string, unknown>;
}

builder.scalarType('JSONObject', {
  description: 'A JSON object (at most 16 KiB), e.g. custom fields.',
  serialize: (value) => value,
  parseValue: parseObject,
  parseLiteral: () => {
    throw invalid('Pass JSONObject values as variables');
  },
});

export const OrderDirection = builder.enumType('OrderDirection', { values: ['ASC', 'DESC'] as const });
