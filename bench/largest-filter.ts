import { FILTER_LIMIT_DEFAULTS, type FilterLimits } from '../src/limits/filter-budget.js';

/**
 * The largest deals filter the filter budget allows (README "Limits"), in one OR, every string
 * of the longest length: as many relation paths of the most hops (deal → contact → company, each
 * hop a join) as the relation budget allows, each an `in` list; then `in` lists of the most
 * values on the deal's name until the values budget is spent, the most contains (ILIKE
 * '%…%'), and equals for the rest of the conditions. `matching` is put in the first (company)
 * list, so a company of that name matches. Used by bench/worst-case.ts and tests/limits.
 */
export function largestAllowedDealFilter(options: { limits?: FilterLimits; matching?: string } = {}) {
  const limits = options.limits ?? FILTER_LIMIT_DEFAULTS;
  const hops = Math.min(limits.relationHops, 2);
  const paths = Math.floor(limits.relations / hops);
  const lists = Math.floor(limits.values / limits.listValues);
  const text = (seed: string) => seed.padEnd(limits.stringLength, 'q').slice(0, limits.stringLength);
  const list = (i: number) => ({
    in: Array.from({ length: limits.listValues }, (_, j) =>
      i === 0 && j === 0 && options.matching ? options.matching : text(`no such name ${i}-${j} `),
    ),
  });
  const path = (condition: Record<string, unknown>) =>
    hops === 2 ? { contact: { company: { name: condition } } } : { company: { name: condition } };
  const branches: Record<string, unknown>[] = [];
  for (let i = 0; i < limits.conditions; i += 1) {
    if (i < paths) branches.push(path(list(i)));
    else if (i < lists) branches.push({ name: list(i) });
    else if (i < lists + limits.patterns) branches.push({ name: { contains: text(`zz${i} no such name `) } });
    else branches.push({ name: { equals: text(`no deal ${i} `) } });
  }
  return { OR: branches };
}
