/**
 * The role matrix for Subscription fields, over the WebSocket: every field as every kind of
 * caller. An allowed caller's subscription delivers an event; a refused one gets the same code
 * as over HTTP (FORBIDDEN) at the start, and an anonymous socket is closed with 4401 at
 * connection_init. Like tests/graphql/roles.test.ts, it enumerates the matrix, so a new
 * subscription field without a case here fails.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { MINIMUM_ROLE, OPERATION_PERMISSIONS, ROLES, roleAtLeast, type Permission, type Role } from '../../src/auth/permissions.js';
import { startTestApp, type Actor, type TestApp } from '../helpers/app.js';
import { eventually } from '../helpers/eventually.js';
import { createOrganization, type TestOrganization } from '../helpers/organizations.js';
import { listening, Subscriber, wsUrlOf, type Subscription } from '../helpers/realtime.js';
import { CREATE_ACTIVITY, CREATE_CONTACT, CREATE_DEAL, currentUserId, decodeGlobalId, run, unique } from '../helpers/tenant-kit.js';

type Caller = Role | 'outsider' | 'outsider (no org header)' | 'platform admin (no org header)' | 'anonymous';
const CALLERS: Caller[] = [...ROLES, 'outsider', 'outsider (no org header)', 'platform admin (no org header)', 'anonymous'];
type Outcome = 'allowed' | 'FORBIDDEN' | 'closed 4401';

function expectedOutcome(permission: Permission, caller: Caller): Outcome {
  if (caller === 'anonymous') return 'closed 4401';
  if (caller === 'outsider' || caller === 'outsider (no org header)' || caller === 'platform admin (no org header)') return 'FORBIDDEN';
  if (permission === 'signedIn' || permission === 'person' || permission === 'platformAdmin') {
    throw new Error(`no case for a subscription needing ${permission}`);
  }
  return roleAtLeast(caller, MINIMUM_ROLE[permission]) ? 'allowed' : 'FORBIDDEN';
}

/** Per Subscription field: a minimal document, and a change that it reports to every member. */
const SUBSCRIPTIONS: Record<string, { query: string; trigger: (org: TestOrganization, app: TestApp) => Promise<unknown> }> = {
  activityAdded: {
    query: 'subscription { activityAdded { id } }',
    trigger: (org) => run(org.owner, CREATE_ACTIVITY, { input: { type: 'NOTE', subject: unique('Note') } }),
  },
  dealUpdated: {
    query: 'subscription { dealUpdated { id } }',
    trigger: (org) => run(org.owner, CREATE_DEAL, { input: { deal: { name: unique('Deal'), value: '10.00' } } }),
  },
  contactUpdated: {
    query: 'subscription { contactUpdated { id } }',
    trigger: (org) => run(org.owner, CREATE_CONTACT, { input: { firstName: 'Role', lastName: unique('Matrix') } }),
  },
  notificationAdded: {
    query: 'subscription { notificationAdded { id } }',
    // One notification for each member (each sees their own only).
    trigger: async (org, app) => {
      for (const role of ROLES) {
        await app.owner.query("INSERT INTO notifications (org_id, user_id, type, title) VALUES ($1, $2, 'SYSTEM', 'Role matrix')", [
          org.id,
          decodeGlobalId(await currentUserId(org.as(role))).id,
        ]);
      }
    },
  },
};

interface Call {
  field: string;
  caller: Caller;
  expected: Outcome;
  subscriber?: Subscriber;
  subscription?: Subscription;
}

const CALLS: Call[] = Object.entries(OPERATION_PERMISSIONS.Subscription).flatMap(([field, permission]) =>
  CALLERS.map((caller) => ({ field, caller, expected: expectedOutcome(permission, caller) })),
);

describe('role matrix for subscriptions', () => {
  let app: TestApp;
  let org: TestOrganization;
  let platformAdmin: Actor;

  const connect = (caller: Caller): Subscriber => {
    const url = wsUrlOf(app);
    switch (caller) {
      case 'anonymous':
        return Subscriber.as(url, null, org.id);
      case 'outsider':
        return Subscriber.as(url, org.outsider);
      case 'outsider (no org header)':
        return Subscriber.as(url, org.outsider, null);
      case 'platform admin (no org header)':
        return Subscriber.as(url, platformAdmin, null);
      default:
        return Subscriber.as(url, org.as(caller));
    }
  };

  beforeAll(async () => {
    app = await startTestApp();
    org = await createOrganization(app, 'Roles');
    platformAdmin = await app.platformAdmin('subscription-platform-admin');
    const allowed = CALLS.filter((call) => call.expected === 'allowed');
    for (const call of CALLS) {
      const operation = SUBSCRIPTIONS[call.field];
      if (!operation) continue; // reported by "has a case for every field"
      call.subscriber = connect(call.caller);
      call.subscription = call.subscriber.subscribe(operation.query);
    }
    await listening(app.server, allowed.length);
    for (const operation of Object.values(SUBSCRIPTIONS)) await operation.trigger(org, app);
    await eventually(
      () =>
        CALLS.every((call) => {
          if (!call.subscription) return true;
          if (call.expected === 'allowed') return call.subscription.results.length > 0;
          if (call.expected === 'FORBIDDEN') return call.subscription.completed;
          return call.subscriber!.closeCode !== null;
        }),
      20_000,
    );
  }, 120_000);

  afterAll(async () => {
    await Promise.all(CALLS.flatMap((call) => (call.subscriber ? [call.subscriber.dispose()] : [])));
    await app?.close();
  });

  it('has a case for every Subscription field in the matrix', () => {
    expect(Object.keys(SUBSCRIPTIONS).sort()).toEqual(Object.keys(OPERATION_PERMISSIONS.Subscription).sort());
  });

  it.each(CALLS.map((call) => [`Subscription.${call.field}`, call.caller, call.expected, call] as const))(
    '%s as %s → %s',
    (_field, _caller, expected, call) => {
      const subscription = call.subscription!;
      if (expected === 'allowed') {
        expect(subscription.errorCodes).toEqual([]);
        expect(subscription.data[0]?.[call.field]).toEqual({ id: expect.any(String) });
      } else if (expected === 'FORBIDDEN') {
        expect(subscription.errorCodes).toEqual(['FORBIDDEN']);
        expect(subscription.results.map((result) => result.data?.[call.field] ?? null)).toEqual([null]);
      } else {
        expect(call.subscriber!.closeCode).toBe(4401);
        expect(subscription.results).toEqual([]);
      }
    },
  );
});
