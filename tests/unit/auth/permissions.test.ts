/**
 * The role matrix (src/auth/permissions.ts) and the root-field guard that applies it
 * (src/auth/authorize.ts), as data: no server. tests/graphql/roles.test.ts calls every root
 * field as every kind of caller through the real server.
 */
import { describe, expect, it } from '@jest/globals';
import { getNamedType, isObjectType, type GraphQLField } from 'graphql';
import { authorize, permissionOf } from '../../../src/auth/authorize.js';
import {
  MINIMUM_ROLE,
  NODE_READ_PERMISSIONS,
  OPERATION_PERMISSIONS,
  ROLE_RANK,
  ROLES,
  isGlobalPermission,
  mayReadNode,
  roleAtLeast,
  type OrganizationPermission,
  type Permission,
  type Role,
} from '../../../src/auth/permissions.js';
import type { Context } from '../../../src/context/index.js';
import { ClientFlowError } from '../../../src/schema/errors.js';
import { buildSchema } from '../../../src/modules/index.js';

const schema = buildSchema();

/** The named type a root field returns: the node of a connection, or the type itself. */
function returnedTypeName(field: GraphQLField<unknown, unknown>): string {
  const named = getNamedType(field.type);
  if (isObjectType(named) && named.name.endsWith('Connection')) {
    const edge = getNamedType(named.getFields().edges!.type);
    if (isObjectType(edge)) return getNamedType(edge.getFields().node!.type).name;
  }
  return named.name;
}

/** The error code authorize() throws for this caller, or 'allowed'. */
function decision(
  caller: { signedIn?: boolean; platformAdmin?: boolean; orgId?: string | null; role?: Role | null },
  permission: Permission | undefined,
) {
  const ctx = {
    viewer:
      caller.signedIn === false
        ? null
        : { userId: 'u', subject: 's', email: 'e@example.test', emailVerified: true, isPlatformAdmin: caller.platformAdmin ?? false },
    orgId: caller.orgId ?? null,
    role: caller.role ?? null,
  } as unknown as Context;
  try {
    authorize(ctx, permission);
    return 'allowed';
  } catch (error) {
    expect(error).toBeInstanceOf(ClientFlowError);
    return (error as ClientFlowError).extensions.code;
  }
}

describe('role ranks', () => {
  it('roles are ordered VIEWER < MEMBER < ADMIN < OWNER', () => {
    expect([...ROLES].sort((a, b) => ROLE_RANK[a] - ROLE_RANK[b])).toEqual(['VIEWER', 'MEMBER', 'ADMIN', 'OWNER']);
  });

  it.each(ROLES.flatMap((role) => ROLES.map((minimum) => [role, minimum] as const)))(
    '%s is at least %s exactly when its rank is',
    (role, minimum) => {
      expect(roleAtLeast(role, minimum)).toBe(ROLE_RANK[role] >= ROLE_RANK[minimum]);
    },
  );

  it('no role is at least any role', () => {
    expect(roleAtLeast(null, 'VIEWER')).toBe(false);
    expect(roleAtLeast(undefined, 'VIEWER')).toBe(false);
  });
});

describe('the matrix covers the schema', () => {
  it('every root field of the schema is in the matrix', () => {
    expect(Object.keys(schema.getQueryType()!.getFields()).sort()).toEqual(Object.keys(OPERATION_PERMISSIONS.Query).sort());
    expect(Object.keys(schema.getMutationType()!.getFields()).sort()).toEqual(Object.keys(OPERATION_PERMISSIONS.Mutation).sort());
    expect(Object.keys(schema.getSubscriptionType()!.getFields()).sort()).toEqual(Object.keys(OPERATION_PERMISSIONS.Subscription).sort());
  });

  it('node and nodes are root fields', () => {
    expect(Object.keys(schema.getQueryType()!.getFields())).toEqual(expect.arrayContaining(['node', 'nodes']));
  });

  it('the subscriptions of issue 13 are root fields, each needing `read` (any member)', () => {
    expect(Object.keys(schema.getSubscriptionType()!.getFields()).sort()).toEqual([
      'activityAdded',
      'contactUpdated',
      'dealUpdated',
      'notificationAdded',
    ]);
    expect(new Set(Object.values(OPERATION_PERMISSIONS.Subscription))).toEqual(new Set(['read']));
  });

  it('every organization permission has a minimum role', () => {
    const used = new Set([
      ...Object.values(OPERATION_PERMISSIONS.Query),
      ...Object.values(OPERATION_PERMISSIONS.Mutation),
      ...Object.values(OPERATION_PERMISSIONS.Subscription),
    ]);
    for (const permission of used) {
      if (!isGlobalPermission(permission)) expect(ROLES).toContain(MINIMUM_ROLE[permission]);
    }
  });

  it('a root list stricter than `read` returns a node type whose read rule is at least as strict', () => {
    const queryFields = schema.getQueryType()!.getFields();
    const problems: string[] = [];
    for (const [field, permission] of Object.entries(OPERATION_PERMISSIONS.Query)) {
      if (isGlobalPermission(permission) || permission === 'read') continue;
      const typename = returnedTypeName(queryFields[field]!);
      const nodeRule: OrganizationPermission = NODE_READ_PERMISSIONS[typename] ?? 'read';
      if (ROLE_RANK[MINIMUM_ROLE[nodeRule]] < ROLE_RANK[MINIMUM_ROLE[permission]]) {
        problems.push(`${field} needs ${permission}, but node(id) of ${typename} only ${nodeRule}`);
      }
    }
    expect(problems).toEqual([]);
  });
});

describe('node read rules', () => {
  it('a type without a rule of its own needs `read` (any member)', () => {
    expect(ROLES.filter((role) => mayReadNode(role, 'Contact'))).toEqual([...ROLES]);
    expect(mayReadNode(null, 'Contact')).toBe(false);
  });

  it.each(Object.entries(NODE_READ_PERMISSIONS))('%s needs %s', (typename, permission) => {
    expect(ROLES.filter((role) => mayReadNode(role, typename))).toEqual(
      ROLES.filter((role) => roleAtLeast(role, MINIMUM_ROLE[permission])),
    );
  });
});

describe('authorize: the guard of every root field', () => {
  it('a field missing from the matrix is denied (FORBIDDEN), even to an OWNER', () => {
    expect(permissionOf('Query', 'noSuchField')).toBeUndefined();
    expect(permissionOf('Query', 'toString')).toBeUndefined(); // not an inherited property either
    expect(decision({ orgId: 'org', role: 'OWNER' }, undefined)).toBe('FORBIDDEN');
  });

  it('an anonymous caller is UNAUTHENTICATED, whatever the permission', () => {
    expect(decision({ signedIn: false }, 'signedIn')).toBe('UNAUTHENTICATED');
    expect(decision({ signedIn: false }, 'read')).toBe('UNAUTHENTICATED');
  });

  it('signedIn needs no organization', () => {
    expect(decision({}, 'signedIn')).toBe('allowed');
  });

  it('platformAdmin needs the platform flag, not a role', () => {
    expect(decision({ orgId: 'org', role: 'OWNER' }, 'platformAdmin')).toBe('FORBIDDEN');
    expect(decision({ platformAdmin: true }, 'platformAdmin')).toBe('allowed');
  });

  it('an organization permission without an organization is FORBIDDEN', () => {
    expect(decision({ platformAdmin: true }, 'read')).toBe('FORBIDDEN');
  });

  it.each(
    (Object.keys(MINIMUM_ROLE) as OrganizationPermission[]).flatMap((permission) => ROLES.map((role) => [permission, role] as const)),
  )('%s as %s follows MINIMUM_ROLE', (permission, role) => {
    expect(decision({ orgId: 'org', role }, permission)).toBe(roleAtLeast(role, MINIMUM_ROLE[permission]) ? 'allowed' : 'FORBIDDEN');
  });
});
