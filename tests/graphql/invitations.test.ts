/**
 * Invitations (sql/025, src/modules/organization/invitations.ts): the only way into an existing
 * organization. An ADMIN invites an e-mail address; whoever signs in with that address, verified
 * by the identity provider, accepts. Nothing reveals whether an address is known.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { SignJWT } from 'jose';
import { applyMigrations } from '../../src/db/migrate.js';
import { LOCAL_APP_PASSWORD, LOCAL_APP_ROLE, withDatabase } from '../../src/db/local-database.js';
import { startTestApp, TEST_JWT_SECRET, type Actor, type GraphQLResponse, type TestApp } from '../helpers/app.js';
import { ACCEPT_INVITATION, INVITE_MEMBER, REVOKE_INVITATION, accept, invite } from '../helpers/invitations.js';
import { createOrganization, type TestOrganization } from '../helpers/organizations.js';
import { decodeGlobalId, encodeGlobalId } from '../helpers/tenant-kit.js';

const INVITATIONS = /* GraphQL */ `
  query Invitations($status: InvitationStatus) {
    invitations(first: 50, status: $status) {
      totalCount
      edges {
        node {
          id
          email
          role
          status
          invitedBy {
            id
          }
        }
      }
    }
  }
`;
const ORGANIZATIONS = /* GraphQL */ `
  query {
    organizations(first: 50) {
      edges {
        node {
          id
          viewerRole
        }
      }
    }
  }
`;
const CREATE_LEAD = /* GraphQL */ `
  mutation ($input: CreateLeadInput!) {
    createLead(input: $input) {
      lead {
        id
      }
    }
  }
`;

const codes = (response: GraphQLResponse) => (response.errors ?? []).map((error) => error.extensions?.code);
const uuid = (globalId: string) => decodeGlobalId(globalId).id;

describe('invitations', () => {
  let app: TestApp;
  let org: TestOrganization;

  const membershipRole = async (orgId: string, email: string) =>
    (
      await app.owner.query(
        'SELECT m.role::text AS role FROM memberships m JOIN users u ON u.id = m.user_id WHERE m.org_id = $1 AND u.email = $2',
        [orgId, email],
      )
    ).rows[0]?.role ?? null;
  const invitationRow = async (globalId: string) =>
    (await app.owner.query('SELECT to_jsonb(i) AS row FROM invitations i WHERE id = $1', [uuid(globalId)])).rows[0]?.row ?? null;

  /** A signed-in person whose token carries exactly these claims (no org header). */
  const signedIn = async (claims: { email: string; email_verified?: boolean | string }) => {
    const token = await new SignJWT({ name: 'Claims', ...claims })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(`test|claims|${randomUUID()}`)
      .setIssuedAt()
      .setExpirationTime('1h')
      .sign(new TextEncoder().encode(TEST_JWT_SECRET));
    return (query: string, variables?: Record<string, unknown>) => app.post({ query, variables }, { authorization: `Bearer ${token}` });
  };

  beforeAll(async () => {
    app = await startTestApp();
    org = await createOrganization(app, 'Invites');
  });
  afterAll(async () => app?.close());

  describe('inviteMember', () => {
    it('returns the invitation: the e-mail lower-cased, the role, a week to accept it', async () => {
      const before = Date.now();
      const response = await org.admin.query(INVITE_MEMBER, { input: { email: '  New.Person@Example.TEST ', role: 'MEMBER' } });
      expect(response.errors).toBeUndefined();
      const { invitation } = response.data.inviteMember;
      expect(invitation).toMatchObject({ email: 'new.person@example.test', role: 'MEMBER' });
      expect(decodeGlobalId(invitation.id).typename).toBe('Invitation');
      const ttl = Date.parse(invitation.expiresAt) - before;
      expect(ttl).toBeGreaterThan(167.9 * 3_600_000);
      expect(ttl).toBeLessThan(168.1 * 3_600_000);
    });

    it('answers the same whether or not anyone uses the address, and notifies nobody', async () => {
      const known = await app.actor('known');
      const notificationsBefore = await app.owner.query('SELECT count(*)::int AS n FROM notifications');
      const forKnown = await org.admin.query(INVITE_MEMBER, { input: { email: known.email, role: 'VIEWER' } });
      const forUnknown = await org.admin.query(INVITE_MEMBER, { input: { email: `nobody.${randomUUID()}@example.test`, role: 'VIEWER' } });
      for (const response of [forKnown, forUnknown]) {
        expect(response.errors).toBeUndefined();
        expect(Object.keys(response.data.inviteMember.invitation).sort()).toEqual(['email', 'expiresAt', 'id', 'role']);
      }
      const notificationsAfter = await app.owner.query('SELECT count(*)::int AS n FROM notifications');
      expect(notificationsAfter.rows[0].n).toBe(notificationsBefore.rows[0].n);
      expect(await membershipRole(org.id, known.email)).toBeNull();
    });

    it('a malformed e-mail is BAD_USER_INPUT and writes nothing', async () => {
      const before = await app.owner.query('SELECT count(*)::int AS n FROM invitations');
      const response = await org.admin.query(INVITE_MEMBER, { input: { email: 'not an address', role: 'VIEWER' } });
      expect(codes(response)).toEqual(['BAD_USER_INPUT']);
      const after = await app.owner.query('SELECT count(*)::int AS n FROM invitations');
      expect(after.rows[0].n).toBe(before.rows[0].n);
    });

    it('an invited person who has not accepted is no member: they cannot be assigned records and receive no notification', async () => {
      const invitee = await app.actor('not-yet');
      await invite(org.admin, invitee.email, 'MEMBER');
      const userId = (await invitee.query('{ me { id } }')).data.me.id;
      const assigned = await org.admin.query(CREATE_LEAD, { input: { lastName: 'For a stranger', assigneeId: userId } });
      expect(codes(assigned)).toEqual(['BAD_USER_INPUT']);
      const notifications = await app.owner.query('SELECT count(*)::int AS n FROM notifications WHERE user_id = $1', [uuid(userId)]);
      expect(notifications.rows[0].n).toBe(0);
    });
  });

  describe('acceptInvitation', () => {
    it('makes the invitee a member with the role, with no organization header; the address matches whatever its case', async () => {
      const invitee = await app.actor('joiner');
      const invitationId = await invite(org.admin, invitee.email.toUpperCase(), 'MEMBER');
      const response = await invitee.query(ACCEPT_INVITATION, { input: { invitationId } });
      expect(response.errors).toBeUndefined();
      expect(response.data.acceptInvitation.membership.role).toBe('MEMBER');
      expect(uuid(response.data.acceptInvitation.organization.id)).toBe(org.id);
      expect(await membershipRole(org.id, invitee.email)).toBe('MEMBER');
      const organizations = await invitee.query(ORGANIZATIONS);
      expect(organizations.data.organizations.edges.map((edge: { node: { viewerRole: string } }) => edge.node.viewerRole)).toEqual([
        'MEMBER',
      ]);
      const listed = await org.admin.query(INVITATIONS, { status: 'ACCEPTED' });
      expect(listed.data.invitations.edges.map((edge: { node: { id: string } }) => edge.node.id)).toContain(invitationId);
    });

    describe('every refusal is the same NOT_FOUND and writes nothing', () => {
      type Send = () => Promise<GraphQLResponse>;
      /** Each case prepares an invitation (or none) and who sends the refused acceptInvitation. */
      const refusals: [string, () => Promise<{ invitationId: string; send: Send }>][] = [
        [
          'another address',
          async () => {
            const invitationId = await invite(org.admin, `someone.else.${randomUUID()}@example.test`, 'ADMIN');
            const intruder = await app.actor('intruder');
            return { invitationId, send: () => intruder.query(ACCEPT_INVITATION, { input: { invitationId } }) };
          },
        ],
        [
          'the right address, not verified (email_verified absent)',
          async () => {
            const email = `unverified.${randomUUID()}@example.test`;
            const invitationId = await invite(org.admin, email, 'ADMIN');
            const unverified = await signedIn({ email });
            return { invitationId, send: () => unverified(ACCEPT_INVITATION, { input: { invitationId } }) };
          },
        ],
        [
          'the right address, email_verified: "true" (a string)',
          async () => {
            const email = `stringly.${randomUUID()}@example.test`;
            const invitationId = await invite(org.admin, email, 'ADMIN');
            const stringly = await signedIn({ email, email_verified: 'true' });
            return { invitationId, send: () => stringly(ACCEPT_INVITATION, { input: { invitationId } }) };
          },
        ],
        [
          'expired',
          async () => {
            const invitee = await app.actor('late');
            const invitationId = await invite(org.admin, invitee.email, 'MEMBER');
            await app.owner.query("UPDATE invitations SET expires_at = now() - interval '1 second' WHERE id = $1", [uuid(invitationId)]);
            return { invitationId, send: () => invitee.query(ACCEPT_INVITATION, { input: { invitationId } }) };
          },
        ],
        [
          'revoked',
          async () => {
            const invitee = await app.actor('revoked');
            const invitationId = await invite(org.admin, invitee.email, 'MEMBER');
            expect((await org.admin.query(REVOKE_INVITATION, { input: { invitationId } })).errors).toBeUndefined();
            return { invitationId, send: () => invitee.query(ACCEPT_INVITATION, { input: { invitationId } }) };
          },
        ],
        [
          'accepted already (by its own invitee)',
          async () => {
            const invitee = await app.actor('twice');
            const invitationId = await invite(org.admin, invitee.email, 'MEMBER');
            await accept(invitee, invitationId);
            return { invitationId, send: () => invitee.query(ACCEPT_INVITATION, { input: { invitationId } }) };
          },
        ],
        [
          'unknown',
          async () => {
            const invitationId = encodeGlobalId('Invitation', randomUUID());
            const guesser = await app.actor('guesser');
            return { invitationId, send: () => guesser.query(ACCEPT_INVITATION, { input: { invitationId } }) };
          },
        ],
      ];
      let reference: GraphQLResponse;

      beforeAll(async () => {
        reference = await (await refusals[refusals.length - 1]![1]()).send();
      });

      it.each(refusals)('%s', async (_name, prepare) => {
        const { invitationId, send } = await prepare();
        const invitation = await invitationRow(invitationId);
        const memberships = await app.owner.query('SELECT count(*)::int AS n FROM memberships');
        const response = await send();
        expect(codes(response)).toEqual(['NOT_FOUND']);
        expect(response.errors![0]!.message).toBe(reference.errors![0]!.message);
        expect(response.status).toBe(reference.status);
        expect(response.data).toBeNull();
        expect(await invitationRow(invitationId)).toEqual(invitation);
        expect((await app.owner.query('SELECT count(*)::int AS n FROM memberships')).rows[0].n).toBe(memberships.rows[0].n);
      });
    });

    it('concurrent accepts of one invitation make one membership', async () => {
      const invitee = await app.actor('racer');
      const invitationId = await invite(org.admin, invitee.email, 'VIEWER');
      const responses = await Promise.all(Array.from({ length: 4 }, () => invitee.query(ACCEPT_INVITATION, { input: { invitationId } })));
      expect(responses.filter((response) => !response.errors)).toHaveLength(1);
      // The others find it accepted once the winner's row lock is gone (or, waiting past
      // DATABASE_LOCK_TIMEOUT_MS on a slow machine, are told to retry).
      const refusals = responses.filter((response) => response.errors).map((response) => codes(response)[0]);
      expect(refusals).toHaveLength(3);
      expect(refusals.every((code) => code === 'NOT_FOUND' || code === 'CONCURRENT_MODIFICATION')).toBe(true);
      const rows = await app.owner.query(
        'SELECT count(*)::int AS n FROM memberships m JOIN users u ON u.id = m.user_id WHERE m.org_id = $1 AND u.email = $2',
        [org.id, invitee.email],
      );
      expect(rows.rows[0].n).toBe(1);
    });

    it('a member accepting a second invitation gets BAD_USER_INPUT; the role stays and the invitation stays pending', async () => {
      const invitationId = await invite(org.owner, org.viewer.email, 'ADMIN');
      const response = await org.viewer.inOrg(null).query(ACCEPT_INVITATION, { input: { invitationId } });
      expect(codes(response)).toEqual(['BAD_USER_INPUT']);
      expect(await membershipRole(org.id, org.viewer.email)).toBe('VIEWER');
      expect((await invitationRow(invitationId)).accepted_at).toBeNull();
    });
  });

  describe('revokeInvitation and the invitations list', () => {
    it('revoking is idempotent; an accepted invitation cannot be revoked', async () => {
      const invitationId = await invite(org.admin, `revocable.${randomUUID()}@example.test`, 'VIEWER');
      for (let attempt = 0; attempt < 2; attempt += 1) {
        const revoked = await org.admin.query(REVOKE_INVITATION, { input: { invitationId } });
        expect(revoked.errors).toBeUndefined();
        expect(revoked.data.revokeInvitation.invitation).toEqual({ id: invitationId, status: 'REVOKED' });
      }
      const invitee = await app.actor('kept');
      const acceptedId = await invite(org.admin, invitee.email, 'VIEWER');
      await accept(invitee, acceptedId);
      expect(codes(await org.admin.query(REVOKE_INVITATION, { input: { invitationId: acceptedId } }))).toEqual(['BAD_USER_INPUT']);
    });

    it("lists the organization's invitations by status, with who invited", async () => {
      const pendingId = await invite(org.admin, `pending.${randomUUID()}@example.test`, 'VIEWER');
      const pending = await org.admin.query(INVITATIONS, { status: 'PENDING' });
      expect(pending.errors).toBeUndefined();
      const node = pending.data.invitations.edges.find((edge: { node: { id: string } }) => edge.node.id === pendingId).node;
      expect(node).toMatchObject({
        status: 'PENDING',
        role: 'VIEWER',
        invitedBy: { id: (await org.admin.query('{ me { id } }')).data.me.id },
      });
      const statuses = new Set(pending.data.invitations.edges.map((edge: { node: { status: string } }) => edge.node.status));
      expect([...statuses]).toEqual(['PENDING']);
    });
  });

  describe('INVITATION_TTL_HOURS', () => {
    let shortLived: TestApp;
    beforeAll(async () => {
      shortLived = await startTestApp({ env: { INVITATION_TTL_HOURS: '2' } });
    });
    afterAll(async () => shortLived?.close());

    it('sets how long an invitation can be accepted', async () => {
      const admin = await shortLived.actor('ttl-owner');
      const created = await admin.query('mutation { createOrganization(input: { name: "TTL" }) { organization { id } } }');
      const inOrg = admin.inOrg(uuid(created.data.createOrganization.organization.id));
      const before = Date.now();
      const response = await inOrg.query(INVITE_MEMBER, { input: { email: 'ttl@example.test', role: 'VIEWER' } });
      const ttl = Date.parse(response.data.inviteMember.invitation.expiresAt) - before;
      expect(ttl).toBeGreaterThan(1.9 * 3_600_000);
      expect(ttl).toBeLessThan(2.1 * 3_600_000);
    });
  });
});

/**
 * In SQL as the API's role: the invitee cannot read the organization's invitations (RLS), not even
 * with the setting app.accept_invitation uses; and acceptance works where the migration role is
 * not a superuser (a managed database), so FORCE RLS binds the functions' owner too.
 */
describe('invitations in the database', () => {
  let app: TestApp;
  let org: TestOrganization;
  let api: pg.Client;

  beforeAll(async () => {
    app = await startTestApp();
    org = await createOrganization(app, 'InvitesSql');
    const { host, port, database } = app.owner as unknown as { host: string; port: number; database: string };
    api = new pg.Client({ host, port, database, user: LOCAL_APP_ROLE, password: LOCAL_APP_PASSWORD });
    await api.connect();
  });
  afterAll(async () => {
    await api?.end();
    await app?.close();
  });

  it("the invitee reads none of the organization's invitations, even naming one in the acceptance setting", async () => {
    const invitee: Actor = await app.actor('sql-invitee');
    const invitationId = uuid(await invite(org.admin, invitee.email, 'VIEWER'));
    await api.query('BEGIN');
    try {
      await api.query('SELECT app.begin_request($1, $2, NULL, NULL)', [invitee.subject, invitee.email]);
      expect((await api.query('SELECT count(*)::int AS n FROM invitations')).rows[0].n).toBe(0);
      await api.query("SELECT set_config('app.accepting_invitation_id', $1, true)", [invitationId]);
      expect((await api.query('SELECT count(*)::int AS n FROM invitations WHERE id = $1', [invitationId])).rows[0].n).toBe(0);
      const updated = await api.query('UPDATE invitations SET accepted_at = now() WHERE id = $1', [invitationId]);
      expect(updated.rowCount).toBe(0);
    } finally {
      await api.query('ROLLBACK');
    }
  });

  it("the acceptance policy applies to the functions' owner only, never to the API role", async () => {
    const { rows } = await app.owner.query(
      `SELECT roles::text[] AS roles FROM pg_policies WHERE tablename = 'invitations' AND policyname = 'invitation_acceptance'`,
    );
    expect(rows).toHaveLength(1);
    expect(rows[0].roles).not.toContain('public');
    const apiMember = await app.owner.query(
      `SELECT bool_or(pg_has_role('${LOCAL_APP_ROLE}', r.rolname, 'MEMBER')) AS member FROM unnest($1::text[]) AS r(rolname)`,
      [rows[0].roles],
    );
    expect(apiMember.rows[0].member).toBe(false);
  });

  describe('with a migration role that is not a superuser', () => {
    const suffix = randomUUID().slice(0, 8);
    const ownerRole = `managed_owner_${suffix}`;
    const database = `managed_${suffix}`;
    const adminUrl = process.env.TEST_ADMIN_DATABASE_URL!;
    let admin: pg.Client;
    let managedApi: pg.Client;

    beforeAll(async () => {
      admin = new pg.Client({ connectionString: adminUrl });
      await admin.connect();
      await admin.query(`CREATE ROLE ${ownerRole} LOGIN PASSWORD 'managed-owner' NOSUPERUSER NOBYPASSRLS`);
      await admin.query(`CREATE DATABASE ${database} OWNER ${ownerRole}`);
      await admin.query(`GRANT CONNECT ON DATABASE ${database} TO clientflow_app`);
      const ownerUrl = withDatabase(adminUrl, database, { user: ownerRole, password: 'managed-owner' });
      await applyMigrations(ownerUrl);
      managedApi = new pg.Client({
        connectionString: withDatabase(adminUrl, database, { user: LOCAL_APP_ROLE, password: LOCAL_APP_PASSWORD }),
      });
      await managedApi.connect();
    }, 120_000);
    afterAll(async () => {
      await managedApi?.end();
      await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
      await admin.query(`DROP ROLE IF EXISTS ${ownerRole}`);
      await admin.end();
    });

    it('the migrations revoked TEMPORARY there too (the owner of the database may)', async () => {
      const { rows } = await managedApi.query("SELECT has_database_privilege(current_database(), 'TEMPORARY') AS allowed");
      expect(rows[0].allowed).toBe(false);
    });

    it('an invitation is accepted under FORCE RLS, and a wrong address still refused', async () => {
      const orgId = randomUUID();
      const invitationId = randomUUID();
      // The inviter's request, as createOrganization and inviteMember write it.
      await managedApi.query('BEGIN');
      const [{ user_id: inviter }] = (
        await managedApi.query("SELECT user_id FROM app.begin_request('managed|owner', 'owner@managed.test', 'Owner', NULL)")
      ).rows;
      await managedApi.query("SELECT set_config('app.current_org_id', $1, true)", [orgId]);
      await managedApi.query("INSERT INTO organizations (id, name, updated_at) VALUES ($1, 'Managed', now())", [orgId]);
      await managedApi.query("INSERT INTO memberships (org_id, user_id, role, updated_at) VALUES ($1, $2, 'OWNER', now())", [
        orgId,
        inviter,
      ]);
      await managedApi.query(
        "INSERT INTO invitations (id, org_id, email, role, invited_by_id, expires_at, updated_at) VALUES ($1, $2, 'joiner@managed.test', 'MEMBER', $3, now() + interval '1 day', now())",
        [invitationId, orgId, inviter],
      );
      await managedApi.query('COMMIT');

      const acceptAs = async (subject: string, email: string) => {
        await managedApi.query('BEGIN');
        try {
          await managedApi.query('SELECT app.begin_request($1, $2, NULL, NULL)', [subject, email]);
          const { rows } = await managedApi.query('SELECT outcome, role, org_id FROM app.accept_invitation($1, $2, true)', [
            invitationId,
            email,
          ]);
          await managedApi.query('COMMIT');
          return rows[0];
        } catch (error) {
          await managedApi.query('ROLLBACK');
          throw error;
        }
      };
      expect(await acceptAs('managed|intruder', 'intruder@managed.test')).toEqual({ outcome: 'invalid', role: null, org_id: null });
      expect(await acceptAs('managed|joiner', 'JOINER@managed.test')).toEqual({ outcome: 'accepted', role: 'MEMBER', org_id: orgId });
      const check = new pg.Client({ connectionString: withDatabase(adminUrl, database) });
      await check.connect();
      try {
        const { rows } = await check.query(
          'SELECT u.auth_subject, m.role::text AS role FROM memberships m JOIN users u ON u.id = m.user_id WHERE m.org_id = $1 ORDER BY 1',
          [orgId],
        );
        expect(rows).toEqual([
          { auth_subject: 'managed|joiner', role: 'MEMBER' },
          { auth_subject: 'managed|owner', role: 'OWNER' },
        ]);
        const audit = await check.query("SELECT count(*)::int AS n FROM audit_log WHERE org_id = $1 AND table_name = 'memberships'", [
          orgId,
        ]);
        expect(audit.rows[0].n).toBe(2);
      } finally {
        await check.end();
      }
    });
  });
});
