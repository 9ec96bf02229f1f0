import { defaultFieldResolver, type GraphQLSchema } from 'graphql';
import type { Context } from './index.js';

/**
 * Every root field first opens the request's transaction (Context.begin: the membership check,
 * the tenant, the timeouts), then runs the shield and its resolver. Opening it here, at the
 * start of execution, rather than in the context function, means an operation refused by
 * parsing, validation, the limits or a malformed HTTP body never takes a connection (before,
 * ten POSTs with `"variables": 0` left ten connections idle in transaction for 15 s each).
 * Root fields of one query start together and share the one begin(); introspection fields are
 * not root fields of Query and never open one.
 */
export function applyTenantDoor(schema: GraphQLSchema): GraphQLSchema {
  for (const rootType of [schema.getQueryType(), schema.getMutationType()]) {
    for (const field of Object.values(rootType?.getFields() ?? {})) {
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = async (source, args, context: Context, info) => {
        await context.begin();
        return resolve(source, args, context, info);
      };
    }
  }
  return schema;
}
