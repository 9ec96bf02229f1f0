import { defaultFieldResolver, type GraphQLSchema } from 'graphql';
import { authorize, permissionOf } from '../auth/authorize.js';
import type { Context } from './index.js';

/**
 * Every root field first opens the request's transaction (Context.begin: the membership check,
 * the tenant, the timeouts), then applies the role matrix (auth/authorize.ts) with the role that
 * begin() read, then runs its resolver. Opening it here, at the start of execution, rather than
 * in the context function, means an operation refused by parsing, validation, the limits or a
 * malformed HTTP body never takes a connection (before, ten POSTs with `"variables": 0` left ten
 * connections idle in transaction for 15 s each). Root fields of one query start together and
 * share the one begin(); introspection fields are not fields of Query and never open one. Other
 * types' fields are not wrapped: they are reachable only through a guarded root field, and RLS
 * scopes every row they return.
 */
export function applyTenantDoor(schema: GraphQLSchema): GraphQLSchema {
  for (const [rootName, rootType] of [
    ['Query', schema.getQueryType()],
    ['Mutation', schema.getMutationType()],
  ] as const) {
    for (const field of Object.values(rootType?.getFields() ?? {})) {
      // The schema is built once per process and shared by every server of it (tests start several).
      if (guarded.has(field)) continue;
      guarded.add(field);
      const resolve = field.resolve ?? defaultFieldResolver;
      const permission = permissionOf(rootName, field.name);
      field.resolve = async (source, args, context: Context, info) => {
        await context.begin();
        authorize(context, permission);
        return resolve(source, args, context, info);
      };
    }
  }
  // A subscription is checked the same way when it starts, in a transaction of its own that ends
  // before the first event; every event is checked again when it is delivered (realtime/stream.ts).
  for (const field of Object.values(schema.getSubscriptionType()?.getFields() ?? {})) {
    if (guarded.has(field) || !field.subscribe) continue;
    guarded.add(field);
    const subscribe = field.subscribe;
    const permission = permissionOf('Subscription', field.name);
    field.subscribe = async (source, args, context: Context, info) => {
      let started = false;
      try {
        await context.begin();
        authorize(context, permission);
        const stream: unknown = await subscribe(source, args, context, info);
        started = true;
        return stream;
      } finally {
        await context.finish(started);
      }
    };
  }
  return schema;
}

const guarded = new WeakSet<object>();
