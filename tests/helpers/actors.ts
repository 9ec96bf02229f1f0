/**
 * Who calls, for tests that read like specs: one real server and database per test file, an
 * organization with one member per role, and the callers as objects to `.query(document,
 * variables)`:
 *
 *   const { asOwner, asViewer, asOtherTenant, anonymous } = useTenants('Deals', { otherTenant: true });
 *   it('a VIEWER may not create a deal', async () => {
 *     expect(codes(await asViewer.query(CREATE_DEAL, { input }))).toEqual(['FORBIDDEN']);
 *   });
 *
 * useTenants registers the beforeAll that starts them and the afterAll that stops them; its
 * fields are there from beforeAll on (reading one earlier throws). startTenants does the same
 * without registering hooks, for a file that starts a second app with other settings.
 */
import { afterAll, beforeAll } from '@jest/globals';
import { startTestApp, type Actor, type GraphQLResponse, type TestApp, type TestAppOptions } from './app.js';
import { createOrganization, type TestOrganization } from './organizations.js';

/** No Authorization header; sends the organization's X-Organization-Id unless told otherwise. */
export interface Anonymous {
  query<T = any>(query: string, variables?: Record<string, unknown>, options?: { orgId?: string | null }): Promise<GraphQLResponse<T>>;
}

export interface Tenants {
  app: TestApp;
  /** The organization the tests act in. */
  org: TestOrganization;
  /** A second organization (with `otherTenant: true`): another tenant's records and members. */
  other: TestOrganization;
  asOwner: Actor;
  asAdmin: Actor;
  asMember: Actor;
  asViewer: Actor;
  /** Signed in and naming the organization, but no member of it. */
  asOutsider: Actor;
  /** The OWNER of the other organization, acting in it (needs `otherTenant: true`). */
  asOtherTenant: Actor;
  anonymous: Anonymous;
}

export interface TenantsOptions extends TestAppOptions {
  /** Also create a second organization (`other`, `asOtherTenant`). */
  otherTenant?: boolean;
}

/** Starts the app and the organizations now; the caller closes `app`. */
export async function startTenants(name: string, options: TenantsOptions = {}): Promise<Tenants> {
  const { otherTenant, ...appOptions } = options;
  const app = await startTestApp(appOptions);
  const [org, other] = await Promise.all([
    createOrganization(app, name),
    otherTenant ? createOrganization(app, `${name}Other`) : Promise.resolve(undefined),
  ]);
  const anonymous: Anonymous = {
    query: (query, variables, queryOptions) => {
      const orgId = queryOptions && 'orgId' in queryOptions ? queryOptions.orgId : org.id;
      return app.post({ query, variables }, orgId ? { 'x-organization-id': orgId } : {});
    },
  };
  return {
    app,
    org,
    get other(): TestOrganization {
      if (!other) throw new Error(`${name}: start the tenants with { otherTenant: true } to use the other organization`);
      return other;
    },
    asOwner: org.owner,
    asAdmin: org.admin,
    asMember: org.member,
    asViewer: org.viewer,
    asOutsider: org.outsider,
    get asOtherTenant(): Actor {
      if (!other) throw new Error(`${name}: start the tenants with { otherTenant: true } to use asOtherTenant`);
      return other.owner;
    },
    anonymous,
  };
}

/**
 * An object that stands for `resolve()`'s, resolved on each use: the fields of useTenants can be
 * destructured when the describe block is defined, and still reach what beforeAll started.
 */
function deferred<T extends object>(resolve: () => T): T {
  return new Proxy({} as T, {
    get: (_target, property) => {
      const real = resolve();
      const value = Reflect.get(real, property, real);
      return typeof value === 'function' ? value.bind(real) : value;
    },
    has: (_target, property) => Reflect.has(resolve(), property),
    ownKeys: () => Reflect.ownKeys(resolve()),
    getOwnPropertyDescriptor: (_target, property) => {
      const descriptor = Reflect.getOwnPropertyDescriptor(resolve(), property);
      return descriptor && { ...descriptor, configurable: true };
    },
  });
}

/**
 * startTenants in this file's beforeAll, closed in its afterAll. Destructure what the tests
 * need when the describe block is defined; each field stands for the started one.
 */
export function useTenants(name: string, options: TenantsOptions = {}): Tenants {
  let started: Tenants | undefined;
  beforeAll(async () => {
    started = await startTenants(name, options);
  }, 120_000);
  afterAll(async () => {
    await started?.app.close();
  });
  const field = <K extends keyof Tenants>(key: K) =>
    deferred(() => {
      if (!started) throw new Error(`useTenants('${name}').${key} is used before beforeAll started it`);
      return started[key] as object;
    }) as Tenants[K];
  return {
    app: field('app'),
    org: field('org'),
    other: field('other'),
    asOwner: field('asOwner'),
    asAdmin: field('asAdmin'),
    asMember: field('asMember'),
    asViewer: field('asViewer'),
    asOutsider: field('asOutsider'),
    asOtherTenant: field('asOtherTenant'),
    anonymous: field('anonymous'),
  };
}
