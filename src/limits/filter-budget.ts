import { getNamedType, isInputObjectType, type GraphQLInputObjectType, type GraphQLInputType } from 'graphql';
import { ClientFlowError, ErrorCode } from '../schema/errors.js';

/**
 * The filter budget: how large a `filter` may be once its variables are substituted. A filter
 * becomes one SQL WHERE tree; a 5.8 KB filter of ~1,000 relation conditions grew a PostgreSQL
 * backend to 23.5 GB (planner memory for OR-ed subqueries), and one variable reused in an OR
 * expanded to 50,000 conditions (8.5 s of CPU). The defaults allow the largest filter measured
 * in bench/README.md ("Largest allowed filter").
 */
export interface FilterLimits {
  /** Leaf conditions (equals, in, contains, …) per request, across all filter arguments. */
  conditions: number;
  /**
   * contains/startsWith conditions per request: ILIKE, which PostgreSQL evaluates on every row
   * once several are OR-ed (a trigram index serves one): ~1.7 µs per row each, measured.
   */
  patterns: number;
  /** Values of all in/hasAny/hasAll lists per request. */
  values: number;
  /**
   * Relation filters per request, across all filter arguments: Prisma joins the related table
   * once per relation filter (LEFT JOIN, over the whole organization), so each one costs about
   * as much as the rest of the query (bench/README.md "Largest allowed filter").
   */
  relations: number;
  /** Relation filters nested in one path (deal → contact → company is 2). */
  relationHops: number;
  /** Values in one list: in, hasAny, hasAll, AND, OR. */
  listValues: number;
  /** Characters of one string value. */
  stringLength: number;
  /** Nesting of AND/OR/NOT and relation filters. */
  depth: number;
}

export const FILTER_LIMIT_DEFAULTS: FilterLimits = {
  conditions: 50,
  patterns: 5,
  values: 500,
  relations: 2,
  relationHops: 2,
  listValues: 100,
  stringLength: 200,
  depth: 5,
};

/** The largest values the configuration accepts (src/config.ts). */
export const FILTER_LIMIT_CEILINGS: FilterLimits = {
  conditions: 1_000,
  patterns: 100,
  values: 10_000,
  relations: 20,
  relationHops: 3,
  listValues: 1_000,
  stringLength: 2_000,
  depth: 8,
};

export type FilterLimitName =
  | 'filterConditions'
  | 'filterPatterns'
  | 'filterValues'
  | 'filterRelations'
  | 'filterRelationHops'
  | 'filterListValues'
  | 'filterStringLength'
  | 'filterDepth';

function overBudget(limit: FilterLimitName, maximum: number, found: number, field: string, message: string) {
  return new ClientFlowError(ErrorCode.BAD_USER_INPUT, message, { field, limit, maximum, found, http: { status: 400 } });
}

/**
 * Counts one request's filters (or one filter, in translate()). Lists, strings and nesting fail
 * at the first value over; the per-request totals (conditions, patterns, values, relations) are
 * summed and compared by check(), so the error can say how many there were.
 */
export class FilterBudget {
  conditions = 0;
  patterns = 0;
  values = 0;
  relations = 0;

  constructor(readonly limits: FilterLimits) {}

  condition() {
    this.conditions += 1;
  }

  check(field = 'filter') {
    const totals: [FilterLimitName, number, number, string][] = [
      ['filterRelations', this.relations, this.limits.relations, 'relation filters (contact, company, …)'],
      ['filterPatterns', this.patterns, this.limits.patterns, 'contains/startsWith conditions'],
      ['filterValues', this.values, this.limits.values, 'values in in/hasAny/hasAll lists'],
      ['filterConditions', this.conditions, this.limits.conditions, 'filter conditions'],
    ];
    for (const [limit, found, maximum, what] of totals) {
      if (found > maximum)
        throw overBudget(limit, maximum, found, field, `${field}: at most ${maximum} ${what} per request, found ${found}`);
    }
  }

  list(values: readonly unknown[], field: string) {
    if (values.length > this.limits.listValues) {
      throw overBudget(
        'filterListValues',
        this.limits.listValues,
        values.length,
        field,
        `${field}: at most ${this.limits.listValues} values`,
      );
    }
    for (const value of values) if (typeof value === 'string') this.string(value, field);
  }

  string(value: string, field: string) {
    if (value.length > this.limits.stringLength) {
      throw overBudget(
        'filterStringLength',
        this.limits.stringLength,
        value.length,
        field,
        `${field}: a filter value has at most ${this.limits.stringLength} characters`,
      );
    }
  }

  /** One operator of a scalar filter (StringFilter.in, IntFilter.gte, …): one condition. */
  operand(op: string, value: unknown, field: string) {
    this.condition();
    if (op === 'contains' || op === 'startsWith') this.patterns += 1;
    if (Array.isArray(value)) {
      this.values += value.length;
      this.list(value, field);
    } else if (typeof value === 'string') {
      this.string(value, field);
    }
  }

  nest(depth: number, field: string) {
    if (depth > this.limits.depth) {
      throw overBudget('filterDepth', this.limits.depth, depth, field, `filters nest at most ${this.limits.depth} levels deep`);
    }
  }

  /** A relation filter, `hops` relations from the filtered list. */
  relation(hops: number, field: string) {
    this.relations += 1;
    if (hops > this.limits.relationHops) {
      throw overBudget(
        'filterRelationHops',
        this.limits.relationHops,
        hops,
        field,
        `${field}: relation filters go at most ${this.limits.relationHops} relations deep`,
      );
    }
  }
}

const COMBINATORS = new Set(['AND', 'OR', 'NOT']);

/** A model filter (DealFilter, …) as defineFilter builds it: its own fields plus AND/OR/NOT. */
export function isModelFilterType(type: GraphQLInputType): type is GraphQLInputObjectType {
  const named = getNamedType(type);
  return isInputObjectType(named) && 'AND' in named.getFields() && 'OR' in named.getFields();
}

/**
 * Counts a coerced filter value against the budget, by the same rules as translate() in
 * schema/filters.ts, reading the structure from the schema: a field whose type is another model
 * filter is a relation hop; any other field holds operands.
 */
export function countFilter(value: unknown, type: GraphQLInputObjectType, budget: FilterBudget, path: string, depth = 0, hops = 0) {
  if (value === null || value === undefined || typeof value !== 'object') return;
  budget.nest(depth, path);
  const entries = Object.entries(value).filter(([, each]) => each !== null && each !== undefined);
  if (entries.length === 0 && depth > 0) budget.condition();
  const fields = type.getFields();
  for (const [key, each] of entries) {
    const field = fields[key];
    if (!field) continue;
    if (COMBINATORS.has(key)) {
      const parts = Array.isArray(each) ? each : [each];
      if (Array.isArray(each)) budget.list(each, `${path}.${key}`);
      for (const part of parts) countFilter(part, type, budget, `${path}.${key}`, depth + 1, hops);
    } else if (isModelFilterType(field.type)) {
      budget.relation(hops + 1, `${path}.${key}`);
      countFilter(each, getNamedType(field.type) as GraphQLInputObjectType, budget, `${path}.${key}`, depth + 1, hops + 1);
    } else if (Array.isArray(each)) {
      // customFields: [CustomFieldFilter!]: each item names a key and holds operands.
      budget.list(each, `${path}.${key}`);
      each.forEach((item: Record<string, unknown>, index) => {
        for (const [op, operand] of Object.entries(item)) {
          if (operand === null || operand === undefined) continue;
          if (op === 'key') budget.string(String(operand), `${path}.${key}[${index}].key`);
          else budget.operand(op, operand, `${path}.${key}[${index}].${op}`);
        }
      });
    } else {
      for (const [op, operand] of Object.entries(each as Record<string, unknown>)) {
        if (operand !== null && operand !== undefined) budget.operand(op, operand, `${path}.${key}.${op}`);
      }
    }
  }
}
