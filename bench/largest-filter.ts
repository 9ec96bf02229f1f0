import { FILTER_LIMIT_DEFAULTS, type FilterLimits } from '../src/limits/filter-budget.js';

/**
 * The largest deals filter the filter budget allows (README "Limits"): every condition at the
 * end of the longest relation path (deal → contact → company), in one OR, half of them `in`
 * lists of the most values, half `contains` (ILIKE '%…%', no index can narrow it) of the longest
 * string; the `in` strings are as long as a request body of `bodyBytes` leaves room for (1 MiB
 * by default: 50 lists × 100 values × 185 characters). `matching` is put in the first list, so
 * a company of that name matches. Used by bench/worst-case.ts and tests/limits.
 */
export function largestAllowedDealFilter(options: { limits?: FilterLimits; bodyBytes?: number; matching?: string } = {}) {
  const limits = options.limits ?? FILTER_LIMIT_DEFAULTS;
  const bodyBytes = options.bodyBytes ?? 1024 * 1024;
  const lists = Math.ceil(limits.conditions / 2);
  const patterns = limits.conditions - lists;
  // 90 % of the body for the list strings; 3 bytes of JSON (quotes, comma) around each.
  const listStringLength = Math.min(limits.stringLength, Math.floor((0.9 * bodyBytes) / (lists * limits.listValues)) - 3);
  const text = (seed: string, length: number) => seed.padEnd(length, 'q').slice(0, length);
  const viaCompany = (condition: Record<string, unknown>) => ({ contact: { company: { name: condition } } });
  const branches = [
    ...Array.from({ length: lists }, (_, i) =>
      viaCompany({
        in: Array.from({ length: limits.listValues }, (_, j) => (i === 0 && j === 0 && options.matching ? options.matching : text(`no company ${i}-${j} `, listStringLength))),
      })),
    ...Array.from({ length: patterns }, (_, i) => viaCompany({ contains: text(`zz${i} no such name `, limits.stringLength) })),
  ];
  return { OR: branches };
}
