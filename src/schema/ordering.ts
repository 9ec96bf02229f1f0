import { builder } from './builder.js';
import { OrderDirection } from './scalars.js';
import { badInput } from './errors.js';
import type { SortKey } from './sql-list.js';

/** The order field that sorts by a custom field (named by customFieldKey), on lists of records that have them. */
export const CUSTOM_FIELD_ORDER = 'CUSTOM_FIELD';

/**
 * `orderBy: [<Type>Order!]` for a model: each field name maps to one or more Prisma columns.
 * The id is always appended as the last key so pages are stable and cursors unambiguous.
 * With `customFields`, CUSTOM_FIELD + customFieldKey sorts by a custom field's value: that
 * order is read through SQL (src/schema/sql-list.ts), as Prisma cannot order by a JSON path.
 */
export function defineOrderBy<const Fields extends Record<string, string[]>>(
  name: string,
  fields: Fields,
  defaultOrder: { field: keyof Fields & string; direction: 'ASC' | 'DESC' },
  options: { customFields?: boolean } = {},
) {
  type Field = keyof Fields & string;
  type Order = { field: Field | typeof CUSTOM_FIELD_ORDER; direction?: 'ASC' | 'DESC' | null; customFieldKey?: string | null };
  const values = [...Object.keys(fields), ...(options.customFields ? [CUSTOM_FIELD_ORDER] : [])] as Field[];
  const fieldEnum = builder.enumType(`${name}OrderField`, { values });
  const ref = builder.inputType(`${name}Order`, {
    fields: (t) => ({
      field: t.field({ type: fieldEnum, required: true }),
      direction: t.field({ type: OrderDirection, defaultValue: 'ASC' }),
      ...(options.customFields
        ? {
            customFieldKey: t.string({
              description:
                'With field CUSTOM_FIELD: the key of a live custom field to sort by (not MULTI_SELECT). Numbers and MONEY sort ' +
                'as numbers, DATE as dates, text in the collation of names; records without a value come last in both directions.',
            }),
          }
        : {}),
    }),
  });
  /** The keys of an order (at most 5), the default when none; refuses a custom key given wrongly. */
  function sortKeys(order: readonly Order[] | null | undefined): SortKey[] {
    const keys: readonly Order[] = order && order.length > 0 ? order : [defaultOrder];
    const out: SortKey[] = [];
    keys.slice(0, 5).forEach((key, index) => {
      const descending = key.direction === 'DESC';
      const at = `orderBy[${index}].customFieldKey`;
      if (key.field === CUSTOM_FIELD_ORDER) {
        if (!key.customFieldKey) throw badInput(`${at}: CUSTOM_FIELD needs the key of the custom field to sort by`, at);
        out.push({ customField: key.customFieldKey, descending, at });
        return;
      }
      if (key.customFieldKey) throw badInput(`${at}: a customFieldKey goes with field CUSTOM_FIELD`, at);
      for (const column of fields[key.field] ?? []) out.push({ field: column, descending });
    });
    return out;
  }
  /** The Prisma orderBy of an order without custom fields. */
  function toOrderBy(order: readonly Order[] | null | undefined) {
    const orderBy: Record<string, 'asc' | 'desc'>[] = [];
    for (const key of sortKeys(order)) if ('field' in key) orderBy.push({ [key.field]: key.descending ? 'desc' : 'asc' });
    const last = orderBy.at(-1);
    orderBy.push({ id: last ? Object.values(last)[0]! : 'asc' });
    return orderBy;
  }
  return { ref, toOrderBy, sortKeys };
}
