import type { GraphQLSchema } from 'graphql';
import { applyMiddleware } from 'graphql-middleware';
import { chain, deny, rule, shield } from 'graphql-shield';
import type { Context } from '../context/index.js';
import { forbidden, unauthenticated } from '../schema/errors.js';
import { MINIMUM_ROLE, OPERATION_PERMISSIONS, roleAtLeast, type OrganizationPermission, type Role } from './permissions.js';

// One rule per permission, each checking one thing. The errors say why, with a code.
const signedIn = rule({ cache: 'contextual' })((_parent, _args, ctx: Context) =>
  ctx.viewer ? true : unauthenticated(),
);

// The flag comes from the users row (app.begin_request), never from the token.
const isPlatformAdmin = rule({ cache: 'contextual' })((_parent, _args, ctx: Context) =>
  ctx.viewer?.isPlatformAdmin ? true : forbidden('Only platform administrators may change the marketplace catalog'),
);

const inOrganization = rule({ cache: 'contextual' })((_parent, _args, ctx: Context) =>
  ctx.orgId ? true : forbidden('This field needs the X-Organization-Id header naming an organization you belong to'),
);

// One rule per role (graphql-shield wants rule names unique).
const roleRules = new Map<Role, ReturnType<ReturnType<typeof rule>>>();
function atLeast(permission: OrganizationPermission) {
  const minimum = MINIMUM_ROLE[permission];
  if (!roleRules.has(minimum)) {
    roleRules.set(
      minimum,
      rule(`role:${minimum}`, { cache: 'contextual' })((_parent, _args, ctx: Context) =>
        roleAtLeast(ctx.role, minimum) ? true : forbidden(`Requires the ${minimum} role or higher`),
      ),
    );
  }
  return roleRules.get(minimum)!;
}

const RULES = {
  signedIn,
  platformAdmin: chain(signedIn, isPlatformAdmin),
  ...(Object.fromEntries(
    (Object.keys(MINIMUM_ROLE) as OrganizationPermission[]).map((permission) => [
      permission,
      // chain stops at the first failing rule, so the error names the first missing piece.
      chain(signedIn, inOrganization, atLeast(permission)),
    ]),
  ) as Record<OrganizationPermission, ReturnType<typeof chain>>),
};

/**
 * Wraps the schema with the role matrix. Root fields get their rule from OPERATION_PERMISSIONS;
 * a root field missing there falls back to deny. Fields of the other object types are not
 * wrapped at all: they are reachable only through a guarded root field, and RLS scopes every
 * row they return. (graphql-shield would wrap each of them in an async middleware even for
 * `allow`, turning every scalar of a 50-row page into promises: measured, it cost more than
 * the rule checks themselves — see bench/README.md.)
 */
export function applyShield(schema: GraphQLSchema): GraphQLSchema {
  const ruleTree: Record<string, unknown> = {};
  for (const rootType of ['Query', 'Mutation'] as const) {
    // Only fields the schema has: graphql-shield refuses rules for unknown fields. The role
    // tests check that the schema's root fields and the matrix are the same set.
    const fields = (rootType === 'Query' ? schema.getQueryType() : schema.getMutationType())?.getFields() ?? {};
    ruleTree[rootType] = Object.fromEntries(
      Object.entries(OPERATION_PERMISSIONS[rootType])
        .filter(([field]) => field in fields)
        .map(([field, permission]) => [field, RULES[permission]]),
    );
  }
  const permissions = shield(ruleTree as never, {
    fallbackRule: deny,
    fallbackError: () => forbidden('This field is not in the role matrix'),
    allowExternalErrors: true,
    debug: false,
  });
  const generated = permissions.generate(schema) as Record<string, unknown>;
  const rootOnly = { Query: generated.Query, Mutation: generated.Mutation };
  return applyMiddleware(schema, rootOnly as never);
}
