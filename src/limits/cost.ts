import {
  getNamedType,
  getNullableType,
  isCompositeType,
  isListType,
  isObjectType,
  Kind,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';
import type { ComplexityEstimator, ComplexityEstimatorArgs } from 'graphql-query-complexity';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../schema/builder.js';
import { ClientFlowError, ErrorCode } from '../schema/errors.js';
import { MAX_CONFLICTS } from '../modules/appointment/service.js';
import { MAX_MEDIA } from '../modules/listing/service.js';
import { MAX_METRIC_DAYS } from '../modules/metrics/service.js';
import { MAX_DOCUMENTS_PER_CALL } from '../modules/trusted-document/inputs.js';
import { countFilter, isModelFilterType, type FilterBudget } from './filter-budget.js';

/**
 * The worst-case cost of an operation: the most objects its response can hold. Every object
 * costs 1 (a connection, its pageInfo, each edge and node, each related record); a connection
 * multiplies the cost of one edge by its page size (`first`/`last`, else DEFAULT_PAGE_SIZE), so
 * nested connections multiply along the path; `totalCount` costs 1 (a COUNT statement), as does
 * a root field that returns a scalar. Scalars and enums cost nothing: they come with their row.
 * The actual cost is the number of objects the response really holds (countResultObjects).
 */

/**
 * How many items a list that is not a connection holds at most, with where the number comes
 * from. Every list of objects in the schema must be here (checkListEstimates), so a new list
 * field cannot be priced at zero by accident.
 */
export const LIST_ESTIMATES: Record<string, number> = {
  // One per member with activities; the benchmark's large organization has 14 members.
  'ActivityCounts.byOwner': 100,
  // ActivityType has 6 values, LeadStatus 5.
  'ActivityCounts.byType': 6,
  'Dashboard.leadFunnel': 5,
  // An estimate, not the bound: up to 2 × MAX_ATTENDEES_PER_KIND (200) may be invited, but priced
  // at 200 an agenda of 20 appointments would cost 12,000, 60 % of LIMIT_MAX_COST.
  'Appointment.attendees': 50,
  'CreateAppointmentPayload.conflicts': MAX_CONFLICTS,
  'UpdateAppointmentPayload.conflicts': MAX_CONFLICTS,
  // One per changed column; the widest audited table has fewer than 40 columns.
  'AuditEntry.changes': 40,
  // pipeline/service.ts: a pipeline has 1 to 30 stages.
  'Dashboard.pipelineSummary': 30,
  'Pipeline.stages': 30,
  'Listing.media': MAX_MEDIA,
  'RefreshMetricsPayload.metrics': MAX_METRIC_DAYS,
  // One per document sent, at most MAX_DOCUMENTS_PER_CALL.
  'RegisterTrustedDocumentsPayload.trustedDocuments': MAX_DOCUMENTS_PER_CALL,
  // The attachment store signs at most a handful of headers (content type, checksum, …).
  'CreateAttachmentUploadPayload.uploadHeaders': 10,
  'CreateImageUploadPayload.uploadHeaders': 10,
  // The marketplace catalog is small and curated by platform staff; a cart or bundle holds a
  // few tools. Not enforced anywhere: an estimate, not a bound.
  'BundlePurchase.toolPurchases': 50,
  'Checkout.bundlePurchases': 50,
  'Checkout.toolPurchases': 50,
  'ShoppingCart.items': 50,
  'MarketplaceTool.bundles': 50,
  'ToolBundle.tools': 50,
  // One per live custom field of the entity: at most MAX_CUSTOM_FIELDS_PER_ENTITY (100), a few
  // in practice; priced at 100, a page of 100 deals would cost 10,000, half of LIMIT_MAX_COST.
  // The values come from the record's own row and one read of the definitions per request.
  'Company.customFieldValues': 20,
  'Contact.customFieldValues': 20,
  'Lead.customFieldValues': 20,
  'Deal.customFieldValues': 20,
  'Activity.customFieldValues': 20,
  // At most IMPORT_MAX_REPORTED_ERRORS (1,000), and none on a committed run; an estimate: a
  // run's errors are leaves, and pricing 1,000 would make a page of 20 runs cost the whole budget.
  'ImportRun.errors': 100,
};

/** A Relay connection type: it has edges and pageInfo. */
function isConnectionType(type: GraphQLNamedType): boolean {
  if (!isObjectType(type)) return false;
  const fields = type.getFields();
  return 'edges' in fields && 'pageInfo' in fields;
}

/** Fails at start-up when a list of objects has no estimate (or an estimate names no field). */
export function checkListEstimates(schema: GraphQLSchema) {
  const needed = new Set<string>();
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__') || !isObjectType(type) || isConnectionType(type)) continue;
    for (const field of Object.values(type.getFields())) {
      if (isListType(getNullableType(field.type)) && isCompositeType(getNamedType(field.type))) needed.add(`${type.name}.${field.name}`);
    }
  }
  // nodes(ids:) is priced by the number of ids it is given.
  needed.delete('Query.nodes');
  const missing = [...needed].filter((name) => !(name in LIST_ESTIMATES));
  const unknown = Object.keys(LIST_ESTIMATES).filter((name) => !needed.has(name));
  if (missing.length > 0 || unknown.length > 0) {
    throw new Error(
      `LIST_ESTIMATES (src/limits/cost.ts) is out of date: missing ${missing.join(', ') || '—'}; unknown ${unknown.join(', ') || '—'}`,
    );
  }
}

const pageSizeError = (field: string, argument: string, value: number) =>
  new ClientFlowError(ErrorCode.BAD_USER_INPUT, `${field}(${argument}: ${value}): page size must be between 0 and ${MAX_PAGE_SIZE}`, {
    field: argument,
    http: { status: 400 },
  });

/** The page size of a connection field, checked against MAX_PAGE_SIZE. */
function pageSize(field: GraphQLField<unknown, unknown>, args: Record<string, unknown>): number {
  let size: number | undefined;
  for (const argument of ['first', 'last'] as const) {
    const value = args[argument];
    if (typeof value !== 'number') continue;
    if (value < 0 || value > MAX_PAGE_SIZE) throw pageSizeError(field.name, argument, value);
    size = Math.max(size ?? 0, value);
  }
  return size ?? DEFAULT_PAGE_SIZE;
}

/**
 * The cost of a connection's page-level fields selected directly on it (pageInfo and totalCount,
 * 1 each), which the page size must not multiply. One under a directive or a fragment is left
 * multiplied: an overestimate, never an underestimate.
 */
function pageLevelCost(selectionSet: SelectionSetNode | undefined): number {
  let cost = 0;
  for (const selection of selectionSet?.selections ?? []) {
    if (selection.kind !== Kind.FIELD || selection.directives?.length) continue;
    if (selection.name.value === 'pageInfo' || selection.name.value === 'totalCount') cost += 1;
  }
  return cost;
}

/**
 * graphql-query-complexity's estimator for our schema. It also counts every filter argument
 * against the request's filter budget: the library calls it once per field as the operation
 * will run (fragments expanded, @skip/@include applied, variables substituted), which is
 * exactly how the budget counts.
 */
export function costEstimator(filterBudget: FilterBudget): ComplexityEstimator {
  return ({ type, field, args, childComplexity, node }: ComplexityEstimatorArgs): number => {
    // Introspection is bounded by the schema, and disabled in production.
    if (type.name.startsWith('__') || field.name.startsWith('__')) return 0;
    for (const argument of field.args) {
      if (isModelFilterType(argument.type) && args[argument.name] != null) {
        countFilter(
          args[argument.name],
          getNamedType(argument.type) as Parameters<typeof countFilter>[1],
          filterBudget,
          `${field.name}(${argument.name}:)`,
        );
      }
    }
    const named = getNamedType(field.type);
    if (isConnectionType(named)) {
      const page = pageLevelCost(node.selectionSet);
      return 1 + page + pageSize(field, args) * Math.max(0, childComplexity - page);
    }
    if (!isCompositeType(named)) {
      const isRoot = type.name === 'Query' || type.name === 'Mutation';
      return field.name === 'totalCount' || isRoot ? 1 : 0;
    }
    if (!isListType(getNullableType(field.type))) return 1 + childComplexity;
    // A connection's edges: one edge per item; the connection multiplies by its page size.
    if (field.name === 'edges' && isConnectionType(type)) return 1 + childComplexity;
    const ids = args.ids;
    const items = Array.isArray(ids) ? ids.length : (LIST_ESTIMATES[`${type.name}.${field.name}`] ?? MAX_PAGE_SIZE);
    return items * (1 + childComplexity);
  };
}

/** The selections that shape one response object, grouped by response key (alias or name). */
type Plan = Map<string, SelectionSetNode[]>;

function planOf(sets: readonly SelectionSetNode[], fragments: Record<string, FragmentDefinitionNode>): Plan {
  const plan: Plan = new Map();
  const add = (set: SelectionSetNode) => {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        // A leaf (scalar, enum, JSON) holds no objects of the schema's: never walked into.
        if (!selection.selectionSet) continue;
        const key = selection.alias?.value ?? selection.name.value;
        plan.set(key, [...(plan.get(key) ?? []), selection.selectionSet]);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        add(selection.selectionSet);
      } else {
        const fragment = fragments[selection.name.value];
        if (fragment) add(fragment.selectionSet);
      }
    }
  };
  for (const set of sets) add(set);
  return plan;
}

/**
 * The objects a response holds (the actual cost): its result walked along the operation's
 * selections, so JSON scalar values (customFields, automation actions) are not taken apart.
 * Linear in the size of the result; the items of a list share one plan.
 */
export function countResultObjects(
  data: Record<string, unknown> | null | undefined,
  selectionSet: SelectionSetNode,
  fragments: Record<string, FragmentDefinitionNode>,
): number {
  // The items of a list, and every object reached through the same field, share one plan.
  const plans = new Map<SelectionSetNode[], Plan>();
  const planFor = (sets: SelectionSetNode[]) => {
    let plan = plans.get(sets);
    if (!plan) plans.set(sets, (plan = planOf(sets, fragments)));
    return plan;
  };
  const count = (value: unknown, plan: Plan): number => {
    if (value === null || value === undefined || typeof value !== 'object') return 0;
    if (Array.isArray(value)) return value.reduce((sum: number, item: unknown) => sum + count(item, plan), 0);
    let total = 1;
    for (const [key, sets] of plan) {
      const child = (value as Record<string, unknown>)[key];
      if (child !== null && typeof child === 'object') total += count(child, planFor(sets));
    }
    return total;
  };
  // The root object (`data`) is not one of the schema's objects.
  return data ? count(data, planOf([selectionSet], fragments)) - 1 : 0;
}
