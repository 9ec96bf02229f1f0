import type { EnumRef, InputFieldRef, InputObjectRef } from '@pothos/core';
import { builder, type BuilderTypes } from './builder.js';
import { parseGlobalId } from './global-ids.js';
import { getDatamodel } from '../generated/pothos-types.js';
import { prefixKeyColumns, prefixKeyRange } from './prefix-keys.js';
import { FILTER_LIMIT_DEFAULTS, FilterBudget, type FilterLimits } from '../limits/filter-budget.js';
import { CustomFieldFilter, customFieldConditions, escapeLike, type CustomFieldTypes } from './custom-field-filters.js';

/**
 * Typed, Airtable-style filters: one input type per model, built from a declarative list of
 * fields, combined with AND/OR/NOT, and translated to a Prisma `where` in one place.
 */
type Comparable = 'int' | 'decimal' | 'dateTime' | 'date';
export type FilterField =
  /** prefixKey: a generated lower(column) COLLATE "C" column that startsWith can read as a range. */
  | { kind: 'string'; column: string; prefixKey?: string }
  | { kind: Comparable; column: string }
  | { kind: 'boolean'; column: string }
  | { kind: 'stringList'; column: string }
  | { kind: 'id'; column: string; type: string }
  | { kind: 'enum'; column: string; filter: InputObjectRef<BuilderTypes, unknown> }
  | { kind: 'relation'; relation: string; filter: () => FilterDefinition }
  /** `[CustomFieldFilter!]` on the custom_fields column, read by the entity's custom field definitions. */
  | { kind: 'customFields'; entity: string };

/** Where translate() is in one filter: its budget, nesting and relation hops so far. */
export interface FilterWalk {
  budget: FilterBudget;
  depth: number;
  hops: number;
  /** The live custom fields of the organization, when the filter names customFields (resource.ts loads them). */
  customFields?: CustomFieldTypes;
}

export interface FilterDefinition {
  ref: InputObjectRef<BuilderTypes, Record<string, unknown>>;
  /**
   * The Prisma `where` of a filter. The limits are the request's (the operation-limits plugin
   * counted every filter of the operation against them before execution); translate() enforces
   * them again on this one filter, so no caller can build an unbounded condition tree.
   */
  toWhere(
    filter: Record<string, unknown> | null | undefined,
    limits?: FilterLimits,
    customFields?: CustomFieldTypes,
  ): Record<string, unknown>;
  /** toWhere for a filter nested inside another (relation filters keep counting). */
  translateAt(filter: Record<string, unknown> | null | undefined, walk: FilterWalk): Record<string, unknown>;
}

const datamodel = getDatamodel().datamodel.models as unknown as Record<string, { fields: { name: string; isRequired: boolean }[] }>;

const StringFilter = builder.inputType('StringFilter', {
  description: 'contains and startsWith ignore case; isNull: true matches missing values.',
  fields: (t) => ({
    equals: t.string(),
    in: t.stringList(),
    contains: t.string(),
    startsWith: t.string(),
    isNull: t.boolean(),
  }),
});

function comparableFilter(scalar: 'Int' | 'Decimal' | 'DateTime' | 'Date') {
  return builder.inputType(`${scalar}Filter`, {
    fields: (t) => ({
      equals: t.field({ type: scalar as 'Int' }),
      in: t.field({ type: [scalar as 'Int'] }),
      gt: t.field({ type: scalar as 'Int' }),
      gte: t.field({ type: scalar as 'Int' }),
      lt: t.field({ type: scalar as 'Int' }),
      lte: t.field({ type: scalar as 'Int' }),
      isNull: t.boolean(),
    }),
  });
}
const comparableFilters: Record<Comparable, InputObjectRef<BuilderTypes, unknown>> = {
  int: comparableFilter('Int'),
  decimal: comparableFilter('Decimal'),
  dateTime: comparableFilter('DateTime'),
  date: comparableFilter('Date'),
};

const BooleanFilter = builder.inputType('BooleanFilter', { fields: (t) => ({ equals: t.boolean() }) });
const StringListFilter = builder.inputType('StringListFilter', {
  description: 'hasAny: at least one of the values; hasAll: every value.',
  fields: (t) => ({ hasAny: t.stringList(), hasAll: t.stringList() }),
});
const IDFilter = builder.inputType('IDFilter', {
  fields: (t) => ({ equals: t.id(), in: t.idList(), isNull: t.boolean() }),
});

/** `<Enum>Filter { equals, in }` for a GraphQL enum. */
export function enumFilter(enumRef: EnumRef<BuilderTypes, string>, name: string) {
  return builder.inputType(`${name}Filter`, {
    fields: (t) => ({ equals: t.field({ type: enumRef }), in: t.field({ type: [enumRef] }) }),
  });
}

function scalarConditions(
  field: FilterField & { column: string },
  name: string,
  ops: Record<string, unknown>,
  nullable: boolean,
  budget: FilterBudget,
) {
  const column = field.column;
  const out: Record<string, unknown>[] = [];
  for (const [op, raw] of Object.entries(ops)) {
    if (raw === undefined || raw === null) continue;
    budget.operand(op, raw, name);
    budget.check();
    if (op === 'isNull') {
      out.push({ [column]: raw ? null : { not: null } });
      continue;
    }
    // SQL comparisons with NULL are NULL, which NOT would keep out; "not null and ..." makes
    // them false, so NOT { title: { equals: "CEO" } } includes contacts without a title.
    if (nullable) out.push({ [column]: { not: null } });
    let value = raw;
    if (field.kind === 'id') {
      value =
        op === 'in' ? (raw as string[]).map((id) => parseGlobalId(id, field.type, name)) : parseGlobalId(raw as string, field.type, name);
    }
    const prefixKey = field.kind === 'string' && op === 'startsWith' ? field.prefixKey : undefined;
    const range = prefixKey ? prefixKeyRange(value as string) : null;
    if (prefixKey && range) {
      out.push({ [prefixKey]: range });
    } else if (field.kind === 'string' && (op === 'contains' || op === 'startsWith')) {
      out.push({ [column]: { [op]: escapeLike(value as string), mode: 'insensitive' } });
    } else if (field.kind === 'stringList') {
      out.push({ [column]: { [op === 'hasAny' ? 'hasSome' : 'hasEvery']: value } });
    } else {
      out.push({ [column]: { [op]: value } });
    }
  }
  return out;
}

export function defineFilter(name: string, fieldsThunk: () => Record<string, FilterField>): FilterDefinition {
  // A thunk so filters can refer to each other across modules; evaluated once.
  let spec: Record<string, FilterField> | undefined;
  const fields = () => {
    if (!spec) {
      spec = fieldsThunk();
      for (const field of Object.values(spec)) if (field.kind === 'string' && field.prefixKey) prefixKeyColumns.add(field.prefixKey);
    }
    return spec;
  };
  const ref = builder.inputRef<Record<string, unknown>>(`${name}Filter`);
  const nullableColumns = new Set((datamodel[name]?.fields ?? []).filter((field) => !field.isRequired).map((field) => field.name));
  const definition: FilterDefinition = {
    ref,
    toWhere: (filter, limits = FILTER_LIMIT_DEFAULTS, customFields) =>
      translate(filter, { budget: new FilterBudget(limits), depth: 0, hops: 0, customFields }),
    translateAt: (filter, walk) => translate(filter, walk),
  };
  ref.implement({
    description: `Filter ${name} records: every given condition must hold; combine with AND, OR and NOT.`,
    fields: (t) => {
      const inputs: Record<string, InputFieldRef<BuilderTypes, {} | null | undefined>> = {};
      for (const [fieldName, field] of Object.entries(fields())) {
        const type =
          field.kind === 'string'
            ? StringFilter
            : field.kind === 'boolean'
              ? BooleanFilter
              : field.kind === 'stringList'
                ? StringListFilter
                : field.kind === 'id'
                  ? IDFilter
                  : field.kind === 'enum'
                    ? field.filter
                    : field.kind === 'relation'
                      ? field.filter().ref
                      : field.kind === 'customFields'
                        ? null
                        : comparableFilters[field.kind];
        inputs[fieldName] = type ? t.field({ type }) : t.field({ type: [CustomFieldFilter] });
      }
      inputs.AND = t.field({ type: [ref] });
      inputs.OR = t.field({ type: [ref] });
      inputs.NOT = t.field({ type: ref });
      return inputs;
    },
  });

  function translate(filter: Record<string, unknown> | null | undefined, walk: FilterWalk): Record<string, unknown> {
    if (!filter) return {};
    const { budget, depth, hops, customFields } = walk;
    budget.nest(depth, 'filter');
    const and: Record<string, unknown>[] = [];
    for (const [key, value] of Object.entries(filter)) {
      if (value === undefined || value === null) continue;
      if (key === 'AND' || key === 'OR') {
        budget.list(value as unknown[], key);
        const parts = (value as Record<string, unknown>[]).map((part) => translate(part, { budget, depth: depth + 1, hops, customFields }));
        and.push({ [key]: parts });
      } else if (key === 'NOT') {
        and.push({ NOT: translate(value as Record<string, unknown>, { budget, depth: depth + 1, hops, customFields }) });
      } else {
        const field = fields()[key]!;
        if (field.kind === 'relation') {
          budget.relation(hops + 1, key);
          budget.check();
          and.push({
            [field.relation]: {
              is: field.filter().translateAt(value as Record<string, unknown>, { budget, depth: depth + 1, hops: hops + 1, customFields }),
            },
          });
        } else if (field.kind === 'customFields') {
          and.push(...customFieldConditions(field.entity, key, value as Record<string, unknown>[], customFields, budget));
        } else {
          and.push(...scalarConditions(field, key, value as Record<string, unknown>, nullableColumns.has(field.column), budget));
        }
      }
    }
    // An empty filter inside AND/OR/NOT or a relation is still a term of the SQL: it counts.
    if (and.length === 0 && depth > 0) {
      budget.condition();
      budget.check();
    }
    return and.length === 0 ? {} : and.length === 1 ? and[0]! : { AND: and };
  }
  return definition;
}
