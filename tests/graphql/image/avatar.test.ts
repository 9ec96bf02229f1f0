import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { loadConfig } from '../../../src/config.js';
import type { Actor } from '../../helpers/app.js';
import { useTenants } from '../../helpers/actors.js';
import { storeBehindTheApi } from '../../helpers/image-store.js';
import { userIdOf as globalUserIdOf } from '../../helpers/builders.js';
import { codes, fields } from '../../helpers/responses.js';
import { decodeGlobalId } from '../../helpers/tenant-kit.js';
import { PIXEL_PNG, logoUploadInput } from '../../helpers/role-operations/image.js';

const CREATE_AVATAR_UPLOAD = /* GraphQL */ `
  mutation CreateAvatarUpload($input: CreateImageUploadInput!) {
    createAvatarUpload(input: $input) {
      attachment {
        id
        fileName
      }
      uploadUrl
      uploadHeaders {
        name
        value
      }
    }
  }
`;
const UPDATE_PROFILE = /* GraphQL */ `
  mutation UpdateProfile($input: UpdateProfileInput!) {
    updateProfile(input: $input) {
      user {
        id
        name
        avatarUrl
      }
    }
  }
`;
const MEMBERS = '{ members(first: 20) { edges { node { user { id avatarUrl } } } } }';

/** The user's uuid (userIdOf answers the global id). */
const userIdOf = async (actor: Actor) => decodeGlobalId(await globalUserIdOf(actor)).id;

const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0xff, 0xd9]);

describe('avatars', () => {
  const { app, org, other } = useTenants('Avatars', { otherTenant: true });
  const store = loadConfig({}).ATTACHMENTS_DIR;
  const userDirs: string[] = [];

  afterAll(async () => {
    const ids = [...userDirs];
    try {
      ids.push(org.id, other.id);
    } catch {
      // the app did not start
    }
    await Promise.all(ids.map((id) => rm(join(store, id), { recursive: true, force: true })));
  });

  /** Creates an avatar upload in the actor's organization and PUTs the bytes; the attachment's global id. */
  async function uploadAvatar(actor: Actor, bytes: Buffer, contentType: string): Promise<string> {
    const response = await actor.query(CREATE_AVATAR_UPLOAD, { input: logoUploadInput(bytes, contentType) });
    expect(response.errors).toBeUndefined();
    const upload = response.data.createAvatarUpload;
    const headers = Object.fromEntries(upload.uploadHeaders.map((h: { name: string; value: string }) => [h.name, h.value]));
    expect((await fetch(upload.uploadUrl, { method: 'PUT', body: bytes, headers })).status).toBe(200);
    return upload.attachment.id;
  }

  const avatarIdOf = async (actor: Actor) => {
    const userId = await userIdOf(actor);
    userDirs.push(userId);
    return (await app.owner.query('SELECT avatar_id FROM users WHERE id = $1', [userId])).rows[0].avatar_id as string | null;
  };

  it('a VIEWER uploads and sets their avatar; it is served publicly and shown wherever the user is', async () => {
    const imageId = await uploadAvatar(org.viewer, PIXEL_PNG, 'image/png');
    const response = await org.viewer.query(UPDATE_PROFILE, { input: { avatarId: imageId } });
    expect(response.errors).toBeUndefined();
    const url: string = response.data.updateProfile.user.avatarUrl;
    const avatarId = await avatarIdOf(org.viewer);
    // The avatar has its own id, not the upload's: the bytes were copied to the user's key.
    expect(url).toBe(`${app.url.replace('/graphql', '')}/public/images/${avatarId}`);
    expect(avatarId).not.toBe(decodeGlobalId(imageId).id);
    const userId = await userIdOf(org.viewer);
    expect(existsSync(join(store, userId, avatarId!))).toBe(true);

    const image = await fetch(url);
    expect(image.status).toBe(200);
    expect(image.headers.get('content-type')).toBe('image/png');
    expect(image.headers.get('x-content-type-options')).toBe('nosniff');
    expect(image.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(Buffer.from(await image.arrayBuffer())).toEqual(PIXEL_PNG);

    // The upload's attachment is deleted (the purge removes its bytes).
    const upload = await app.owner.query('SELECT deleted_at FROM attachments WHERE id = $1', [decodeGlobalId(imageId).id]);
    expect(upload.rows[0].deleted_at).not.toBeNull();

    // The organization's members see it on the user.
    const members = await org.owner.query(MEMBERS);
    const me = members.data.members.edges.find(
      (edge: { node: { user: { id: string } } }) => decodeGlobalId(edge.node.user.id).id === userId,
    );
    expect(me.node.user.avatarUrl).toBe(url);
  });

  /** The avatar ids whose bytes a delete_avatar_object job (run after commit by a worker) is queued to delete. */
  const queuedDeletions = async (userId: string) =>
    (
      await app.owner.query<{ avatar_id: string }>(
        // graphile-worker's jobs view shows no payload: its table does.
        `SELECT j.payload->>'avatarId' AS avatar_id
           FROM graphile_worker._private_jobs j JOIN graphile_worker._private_tasks t ON t.id = j.task_id
          WHERE t.identifier = 'delete_avatar_object' AND j.payload->>'userId' = $1 ORDER BY j.id`,
        [userId],
      )
    ).rows.map((row) => row.avatar_id);

  it('replacing the avatar stops serving the old one and queues the deletion of its bytes; null removes it (404)', async () => {
    const first = await org.member.query(UPDATE_PROFILE, { input: { avatarId: await uploadAvatar(org.member, PIXEL_PNG, 'image/png') } });
    const firstUrl: string = first.data.updateProfile.user.avatarUrl;
    const firstId = await avatarIdOf(org.member);
    const userId = await userIdOf(org.member);
    expect(await queuedDeletions(userId)).toEqual([]);

    const second = await org.member.query(UPDATE_PROFILE, { input: { avatarId: await uploadAvatar(org.member, JPEG, 'image/jpeg') } });
    expect(second.errors).toBeUndefined();
    const secondUrl: string = second.data.updateProfile.user.avatarUrl;
    const secondId = await avatarIdOf(org.member);
    expect((await fetch(firstUrl)).status).toBe(404);
    // The bytes go after the commit, by the job (tests/jobs/retention.test.ts runs it); no worker runs here.
    expect(await queuedDeletions(userId)).toEqual([firstId]);
    expect(existsSync(join(store, userId, firstId!))).toBe(true);
    const served = await fetch(secondUrl);
    expect(served.headers.get('content-type')).toBe('image/jpeg');

    // Clearing needs no organization header.
    const cleared = await org.member.query(UPDATE_PROFILE, { input: { avatarId: null } }, { orgId: null });
    expect(cleared.errors).toBeUndefined();
    expect(cleared.data.updateProfile.user.avatarUrl).toBeNull();
    expect(await avatarIdOf(org.member)).toBeNull();
    expect((await fetch(secondUrl)).status).toBe(404);
    expect(await queuedDeletions(userId)).toEqual([firstId, secondId]);
  });

  it('a replacement whose transaction rolls back leaves the old avatar served whole, and queues nothing', async () => {
    const first = await org.viewer.query(UPDATE_PROFILE, { input: { avatarId: await uploadAvatar(org.viewer, PIXEL_PNG, 'image/png') } });
    expect(first.errors).toBeUndefined();
    const oldUrl: string = first.data.updateProfile.user.avatarUrl;
    const oldId = await avatarIdOf(org.viewer);
    const userId = await userIdOf(org.viewer);
    const queued = await queuedDeletions(userId);
    const replacement = await uploadAvatar(org.viewer, JPEG, 'image/jpeg');

    // The replacement runs, then the second field fails: the request's transaction rolls back.
    const response = await org.viewer.query(
      `mutation ($replace: UpdateProfileInput!, $fail: UpdateProfileInput!) {
        replaced: updateProfile(input: $replace) { user { avatarUrl } }
        failed: updateProfile(input: $fail) { user { avatarUrl } }
      }`,
      { replace: { avatarId: replacement }, fail: { avatarId: org.id } },
    );
    expect(codes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.data).toBeNull();

    expect(await avatarIdOf(org.viewer)).toBe(oldId);
    expect(await queuedDeletions(userId)).toEqual(queued);
    const image = await fetch(oldUrl);
    expect(image.status).toBe(200);
    expect(Buffer.from(await image.arrayBuffer())).toEqual(PIXEL_PNG);
    // The upload was not used up either: it can still become the avatar.
    const again = await org.viewer.query(UPDATE_PROFILE, { input: { avatarId: replacement } });
    expect(again.errors).toBeUndefined();
    expect(await queuedDeletions(userId)).toEqual([...queued, oldId]);
  });

  it('a name-only update keeps the avatar', async () => {
    await org.admin.query(UPDATE_PROFILE, { input: { avatarId: await uploadAvatar(org.admin, PIXEL_PNG, 'image/png') } });
    const renamed = await org.admin.query(UPDATE_PROFILE, { input: { name: 'Avatar Admin' } });
    expect(renamed.data.updateProfile.user).toMatchObject({ name: 'Avatar Admin', avatarUrl: expect.stringContaining('/public/images/') });
  });

  describe('refusals, with nothing changed', () => {
    it('bytes that are not an image: refused at the upload (PUT), 400 IMAGE_CONTENT_MISMATCH', async () => {
      const html = Buffer.from('<html><script>alert(1)</script></html>');
      const response = await org.owner.query(CREATE_AVATAR_UPLOAD, { input: logoUploadInput(html, 'image/webp') });
      const upload = response.data.createAvatarUpload;
      const headers = Object.fromEntries(upload.uploadHeaders.map((h: { name: string; value: string }) => [h.name, h.value]));
      const put = await fetch(upload.uploadUrl, { method: 'PUT', body: html, headers });
      expect(put.status).toBe(400);
      expect(((await put.json()) as { error: { code: string } }).error.code).toBe('IMAGE_CONTENT_MISMATCH');
      expect(existsSync(join(store, org.id, decodeGlobalId(upload.attachment.id).id))).toBe(false);
    });

    it('bytes that are not an image, past the upload route (a direct S3 upload): IMAGE_CONTENT_MISMATCH on avatarId', async () => {
      const before = await avatarIdOf(org.owner);
      const html = Buffer.from('<html><script>alert(1)</script></html>');
      const created = await org.owner.query(CREATE_AVATAR_UPLOAD, { input: logoUploadInput(html, 'image/webp') });
      const imageId: string = created.data.createAvatarUpload.attachment.id;
      await storeBehindTheApi(app, store, decodeGlobalId(imageId).id, html);
      const response = await org.owner.query(UPDATE_PROFILE, { input: { avatarId: imageId, name: 'Not Applied' } });
      expect(codes(response)).toEqual(['IMAGE_CONTENT_MISMATCH']);
      expect(fields(response)).toEqual(['avatarId']);
      expect(await avatarIdOf(org.owner)).toBe(before);
      const name = await app.owner.query('SELECT display_name FROM users WHERE id = $1', [await userIdOf(org.owner)]);
      expect(name.rows[0].display_name).not.toBe('Not Applied');
    });

    it('a wrong type or a size over 2 MiB is BAD_USER_INPUT at the upload', async () => {
      for (const [input, field] of [
        [{ ...logoUploadInput(), contentType: 'text/html' }, 'contentType'],
        [{ ...logoUploadInput(), sizeBytes: 3 * 1024 * 1024 }, 'sizeBytes'],
      ] as const) {
        const response = await org.member.query(CREATE_AVATAR_UPLOAD, { input });
        expect(codes(response)).toEqual(['BAD_USER_INPUT']);
        expect(fields(response)).toEqual([field]);
      }
    });

    it("another member's upload, or another organization's, cannot become your avatar (BAD_USER_INPUT)", async () => {
      const theirs = await uploadAvatar(org.admin, PIXEL_PNG, 'image/png');
      const own = await org.member.query(UPDATE_PROFILE, { input: { avatarId: theirs } });
      expect(codes(own)).toEqual(['BAD_USER_INPUT']);
      expect(fields(own)).toEqual(['avatarId']);
      const foreign = await other.owner.query(UPDATE_PROFILE, { input: { avatarId: theirs } });
      expect(codes(foreign)).toEqual(['BAD_USER_INPUT']);
      expect(await avatarIdOf(other.owner)).toBeNull();
    });
  });
});
