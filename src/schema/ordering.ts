import { builder } from './builder.js';
import { OrderDirection } from './scalars.js';

/**
 * `orderBy: [<Type>Order!]` for a model: each field name maps to one or more Prisma columns.
 * The id is always appended as the last key so pages are stable and cursors unambiguous.
 */
export function defineOrderBy<const Fields extends Record<string, string[]>>(
  name: string,
  fields: Fields,
  defaultOrder: { field: keyof Fields & string; direction: 'ASC' | 'DESC' },
) {
  type Field = keyof Fields & string;
  const fieldEnum = builder.enumType(`${name}OrderField`, { values: Object.keys(fields) as Field[] });
  const ref = builder.inputType(`${name}Order`, {
    fields: (t) => ({
      field: t.field({ type: fieldEnum, required: true }),
      direction: t.field({ type: OrderDirection, defaultValue: 'ASC' }),
    }),
  });
  function toOrderBy(order: readonly { field: Field; direction?: 'ASC' | 'DESC' | null }[] | null | undefined) {
    const keys = order && order.length > 0 ? order : [defaultOrder];
    const orderBy: Record<string, 'asc' | 'desc'>[] = [];
    for (const key of keys.slice(0, 5)) {
      const direction = key.direction === 'DESC' ? 'desc' : 'asc';
      for (const column of fields[key.field] ?? []) orderBy.push({ [column]: direction });
    }
    const last = orderBy.at(-1);
    orderBy.push({ id: last ? Object.values(last)[0]! : 'asc' });
    return orderBy;
  }
  return { ref, toOrderBy };
}
