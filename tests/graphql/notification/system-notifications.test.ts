import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { startTestApp, type Actor, type TestApp } from '../../helpers/app.js';
import { createOrganization, type TestOrganization } from '../../helpers/organizations.js';
import { codes } from '../../helpers/responses.js';
import { decodeGlobalId, encodeGlobalId } from '../../helpers/tenant-kit.js';
import { CREATE_API_KEY } from '../../helpers/tenant-types/api-key.js';
import {
  NotificationListDocument,
  NotificationMeDocument,
  NotificationSendSystemDocument,
  type SendSystemNotificationInput,
} from '../../generated/operations/graphql.js';
import {
  MAX_SYSTEM_NOTIFICATION_BODY,
  MAX_SYSTEM_NOTIFICATION_TITLE,
  MAX_SYSTEM_NOTIFICATION_USER_IDS,
} from '../../../src/modules/notification/inputs.js';

async function must<T, V>(actor: Actor, query: TypedDocumentNode<T, V>, variables?: V): Promise<T> {
  const response = await actor.query(query, variables);
  if (response.errors) throw new Error(JSON.stringify(response.errors));
  return response.data!;
}

/**
 * sendSystemNotification: platform administrators (not members of the organization) write a
 * SYSTEM notification to its members through app.send_system_notification (SECURITY DEFINER).
 */
describe('SYSTEM notifications from platform administrators', () => {
  let app: TestApp;
  let org: TestOrganization;
  let other: TestOrganization;
  let staff: Actor;
  const userIds = new Map<Actor, string>();
  const userOf = (actor: Actor) => userIds.get(actor)!;
  const uuidOf = (...actors: Actor[]) => actors.map((actor) => decodeGlobalId(userOf(actor)).id).sort();
  const orgGlobalId = (id: string) => encodeGlobalId('Organization', id);

  /** Every SYSTEM notification in the database (RLS does not apply). */
  const systemRows = async () =>
    (
      await app.owner.query(
        `SELECT org_id::text, user_id::text, title, body, subject_id, read_at FROM notifications WHERE type = 'SYSTEM' ORDER BY created_at, id`,
      )
    ).rows as { org_id: string; user_id: string; title: string; body: string | null; subject_id: string | null; read_at: Date | null }[];
  const added = async (work: () => Promise<unknown>) => {
    const before = (await systemRows()).length;
    await work();
    return (await systemRows()).slice(before);
  };
  const send = (actor: Actor, input: SendSystemNotificationInput) => actor.query(NotificationSendSystemDocument, { input });

  beforeAll(async () => {
    app = await startTestApp();
    [org, other] = await Promise.all([createOrganization(app, 'Broadcast'), createOrganization(app, 'BroadcastOther')]);
    staff = await app.platformAdmin('broadcast-staff');
    for (const actor of [org.owner, org.admin, org.member, org.viewer, other.owner, staff])
      userIds.set(actor, (await must(actor, NotificationMeDocument)).me.id);
    // An API key's service account is a membership too, but not a person to notify.
    const key = await org.owner.query(CREATE_API_KEY, { input: { name: 'Partner sync', role: 'VIEWER' } });
    expect(key.errors).toBeUndefined();
  }, 60_000);
  afterAll(async () => app?.close());

  it('reaches every member (people only) of that organization, once each, and they see it', async () => {
    let response: Awaited<ReturnType<typeof send>> | undefined;
    const rows = await added(async () => {
      response = await send(staff, {
        organizationId: orgGlobalId(org.id),
        title: '  Maintenance tonight  ',
        body: 'The API is read-only from 02:00 to 02:30 UTC.',
      });
    });
    expect(response!.errors).toBeUndefined();
    expect(response!.data!.sendSystemNotification).toEqual({ recipientCount: 4 });
    expect(rows.map((row) => row.user_id).sort()).toEqual(uuidOf(org.owner, org.admin, org.member, org.viewer));
    for (const row of rows) {
      expect(row).toEqual({
        org_id: org.id,
        user_id: expect.any(String),
        title: 'Maintenance tonight',
        body: 'The API is read-only from 02:00 to 02:30 UTC.',
        subject_id: null,
        read_at: null,
      });
    }
    const seen = await must(org.viewer, NotificationListDocument, { filter: { type: { equals: 'SYSTEM' } } });
    expect(seen.notifications.edges.map((edge) => [edge.node.title, edge.node.body])).toEqual([
      ['Maintenance tonight', 'The API is read-only from 02:00 to 02:30 UTC.'],
    ]);
    // The other organization's members got nothing.
    const elsewhere = await must(other.owner, NotificationListDocument, { filter: { type: { equals: 'SYSTEM' } } });
    expect(elsewhere.notifications.totalCount).toBe(0);
  });

  it('with userIds, reaches only those members (duplicates count once); a blank body is none', async () => {
    let response: Awaited<ReturnType<typeof send>> | undefined;
    const rows = await added(async () => {
      response = await send(staff, {
        organizationId: orgGlobalId(org.id),
        userIds: [userOf(org.member), userOf(org.viewer), userOf(org.member)],
        title: 'Your seat',
        body: '   ',
      });
    });
    expect(response!.data!.sendSystemNotification).toEqual({ recipientCount: 2 });
    expect(rows.map((row) => row.user_id).sort()).toEqual(uuidOf(org.member, org.viewer));
    expect(rows.every((row) => row.title === 'Your seat' && row.body === null)).toBe(true);
  });

  it('members of the organization, whatever their role, cannot send one (FORBIDDEN, nothing written)', async () => {
    const rows = await added(async () => {
      for (const actor of [org.owner, org.admin, org.member, org.viewer, org.owner.inOrg(null)]) {
        const response = await send(actor, { organizationId: orgGlobalId(org.id), title: 'Fake outage' });
        expect(codes(response)).toEqual(['FORBIDDEN']);
        expect(response.data).toBeNull();
      }
    });
    expect(rows).toEqual([]);
  });

  it('bad input is BAD_USER_INPUT naming the field, and notifies nobody', async () => {
    const organizationId = orgGlobalId(org.id);
    const tooManyIds = Array.from({ length: MAX_SYSTEM_NOTIFICATION_USER_IDS + 1 }, (_, i) =>
      encodeGlobalId('User', `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`),
    );
    const cases: [SendSystemNotificationInput, string, RegExp][] = [
      [{ organizationId, title: '   ' }, 'title', /title must be 1 to 200 characters/],
      [{ organizationId, title: 'x'.repeat(MAX_SYSTEM_NOTIFICATION_TITLE + 1) }, 'title', /title must be 1 to 200/],
      [{ organizationId, title: 'Long', body: 'x'.repeat(MAX_SYSTEM_NOTIFICATION_BODY + 1) }, 'body', /body must be 0 to 2000/],
      [{ organizationId, title: 'Nobody', userIds: [] }, 'userIds', /at least one member; omit it to notify every member/],
      [{ organizationId, title: 'Crowd', userIds: tooManyIds }, 'userIds', /at most 100 members/],
      [{ organizationId, title: 'Typed', userIds: [organizationId] }, 'userIds', /not a valid User id/],
      [{ organizationId: userOf(org.owner), title: 'Wrong type' }, 'organizationId', /not a valid Organization id/],
      [{ organizationId: 'nonsense', title: 'Malformed' }, 'organizationId', /not a valid Organization id/],
      // A member of another organization, and the platform administrator, are not members here.
      [{ organizationId, title: 'Stranger', userIds: [userOf(org.member), userOf(other.owner)] }, 'userIds', /is not a member/],
      [{ organizationId, title: 'Self', userIds: [userOf(staff)] }, 'userIds', /is not a member/],
    ];
    const rows = await added(async () => {
      for (const [input, field, message] of cases) {
        const response = await send(staff, input);
        expect({ field, codes: codes(response) }).toEqual({ field, codes: ['BAD_USER_INPUT'] });
        expect(response.errors![0]!.extensions?.field).toBe(field);
        expect(response.errors![0]!.message).toMatch(message);
        expect(response.data).toBeNull();
      }
    });
    expect(rows).toEqual([]);
    const stranger = await send(staff, { organizationId, title: 'Stranger', userIds: [userOf(other.owner)] });
    expect(stranger.errors![0]!.message).toBe(`userIds: ${userOf(other.owner)} is not a member of this organization`);
  });

  it('an organization that does not exist is NOT_FOUND', async () => {
    const response = await send(staff, { organizationId: orgGlobalId('00000000-0000-4000-8000-00000000abcd'), title: 'Hello?' });
    expect(codes(response)).toEqual(['NOT_FOUND']);
    expect(response.data).toBeNull();
  });

  describe('app.send_system_notification in the database', () => {
    it('refuses anyone who is not a platform administrator, even through raw SQL as the API role (42501)', async () => {
      const client = await app.database.pool.connect();
      try {
        await client.query('BEGIN');
        await client.query("SELECT set_config('app.current_user_id', $1, true), set_config('app.current_org_id', $2, true)", [
          decodeGlobalId(userOf(org.owner)).id,
          org.id,
        ]);
        await expect(
          client.query("SELECT * FROM app.send_system_notification($1, NULL, 'Spoof', NULL, 1000)", [org.id]),
        ).rejects.toMatchObject({ code: '42501' });
      } finally {
        await client.query('ROLLBACK');
        client.release();
      }
    });

    it('refuses more recipients than the limit, writes nothing, and gives the request its tenant back', async () => {
      const client = await app.database.pool.connect();
      try {
        await client.query('BEGIN');
        await client.query("SELECT set_config('app.current_user_id', $1, true), set_config('app.current_org_id', $2, true)", [
          decodeGlobalId(userOf(staff)).id,
          other.id,
        ]);
        const refused = await client.query("SELECT * FROM app.send_system_notification($1, NULL, 'Crowd', NULL, 3)", [org.id]);
        expect(refused.rows).toEqual([{ outcome: 'too_many', recipient_count: 4, not_members: null }]);
        const sent = await client.query("SELECT * FROM app.send_system_notification($1, NULL, 'Fits', NULL, 4)", [org.id]);
        expect(sent.rows).toEqual([{ outcome: 'sent', recipient_count: 4, not_members: null }]);
        const tenant = await client.query("SELECT current_setting('app.current_org_id') AS org");
        expect(tenant.rows).toEqual([{ org: other.id }]);
        // Under the restored tenant the API role sees none of the rows written elsewhere.
        const visible = await client.query("SELECT count(*)::int AS n FROM notifications WHERE title IN ('Crowd', 'Fits')");
        expect(visible.rows).toEqual([{ n: 0 }]);
      } finally {
        await client.query('ROLLBACK');
        client.release();
      }
      const written = await app.owner.query("SELECT count(*)::int AS n FROM notifications WHERE title IN ('Crowd', 'Fits')");
      expect(written.rows).toEqual([{ n: 0 }]);
    });
  });
});
