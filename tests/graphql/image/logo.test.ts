import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { loadConfig } from '../../../src/config.js';
import type { Actor } from '../../helpers/app.js';
import { useTenants } from '../../helpers/actors.js';
import { storeBehindTheApi } from '../../helpers/image-store.js';
import { codes, fields } from '../../helpers/responses.js';
import { decodeGlobalId } from '../../helpers/tenant-kit.js';
import { PIXEL_PNG, logoUploadInput } from '../../helpers/role-operations/image.js';

const CREATE_LOGO_UPLOAD = /* GraphQL */ `
  mutation CreateOrganizationLogoUpload($input: CreateImageUploadInput!) {
    createOrganizationLogoUpload(input: $input) {
      attachment {
        id
        status
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
const SET_LOGO = /* GraphQL */ `
  mutation SetOrganizationLogo($input: SetOrganizationLogoInput!) {
    setOrganizationLogo(input: $input) {
      organization {
        id
        logoUrl
      }
    }
  }
`;
const LOGO_URL = '{ organization { logoUrl } }';

/** A JPEG's first bytes (SOI, APP0 "JFIF"): enough for the sniffer, which reads only the start. */
const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0xff, 0xd9]);
/** A WebP's RIFF header and a VP8L chunk header. */
const WEBP = Buffer.concat([Buffer.from('RIFF'), Buffer.from([0x1a, 0, 0, 0]), Buffer.from('WEBPVP8L'), Buffer.alloc(18, 0)]);
const TEXT = Buffer.from('<svg onload="alert(1)"></svg>');

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

describe('organization logos', () => {
  const { app, org, other } = useTenants('Logos', { otherTenant: true });
  const store = loadConfig({}).ATTACHMENTS_DIR;

  afterAll(async () => {
    const ids = [org, other].flatMap((o) => {
      try {
        return [o.id];
      } catch {
        return []; // the app did not start
      }
    });
    await Promise.all(ids.map((id) => rm(join(store, id), { recursive: true, force: true })));
  });

  const attachmentRow = async (globalId: string) =>
    (await app.owner.query('SELECT * FROM attachments WHERE id = $1', [decodeGlobalId(globalId).id])).rows[0];
  const logoIdOf = async (orgId: string) =>
    (await app.owner.query('SELECT logo_id FROM organizations WHERE id = $1', [orgId])).rows[0].logo_id as string | null;
  const countAttachments = async () => (await app.owner.query('SELECT count(*)::int AS n FROM attachments')).rows[0].n as number;

  /**
   * Creates a logo upload for `bytes` declared as `contentType` and PUTs them (`put`), puts them in
   * the store past the upload route (`behind`, as a direct S3 upload lands them) or sends nothing
   * (`none`); the attachment's global id.
   */
  async function uploadImage(actor: Actor, bytes: Buffer, contentType: string, send: 'put' | 'behind' | 'none' = 'put'): Promise<string> {
    const response = await actor.query(CREATE_LOGO_UPLOAD, { input: logoUploadInput(bytes, contentType) });
    expect(response.errors).toBeUndefined();
    const upload = response.data.createOrganizationLogoUpload;
    expect(upload.attachment).toMatchObject({ status: 'PENDING', fileName: expect.stringMatching(/^logo\.(png|jpg|webp)$/) });
    if (send === 'put') {
      const headers = Object.fromEntries(upload.uploadHeaders.map((h: { name: string; value: string }) => [h.name, h.value]));
      const put = await fetch(upload.uploadUrl, { method: 'PUT', body: bytes, headers });
      expect(put.status).toBe(200);
    }
    if (send === 'behind') await storeBehindTheApi(app, store, decodeGlobalId(upload.attachment.id).id, bytes);
    return upload.attachment.id;
  }

  /** PUTs `bytes` to a new logo upload declared as `contentType`: the response and the attachment's uuid. */
  async function putImage(bytes: Buffer, contentType: string) {
    const response = await org.admin.query(CREATE_LOGO_UPLOAD, { input: logoUploadInput(bytes, contentType) });
    expect(response.errors).toBeUndefined();
    const upload = response.data.createOrganizationLogoUpload;
    const headers = Object.fromEntries(upload.uploadHeaders.map((h: { name: string; value: string }) => [h.name, h.value]));
    const put = await fetch(upload.uploadUrl, { method: 'PUT', body: bytes, headers });
    return { put, id: decodeGlobalId(upload.attachment.id).id };
  }

  async function setLogo(actor: Actor, imageId: string | null) {
    return actor.query(SET_LOGO, { input: { imageId } });
  }

  async function setAndGetUrl(actor: Actor, imageId: string): Promise<string> {
    const response = await setLogo(actor, imageId);
    expect(response.errors).toBeUndefined();
    return response.data.setOrganizationLogo.organization.logoUrl;
  }

  it('an ADMIN uploads and sets a PNG; anyone reads it without a token, with its type, nosniff and a cache-forever ETag', async () => {
    const imageId = await uploadImage(org.admin, PIXEL_PNG, 'image/png');
    const url = await setAndGetUrl(org.admin, imageId);
    expect(url).toBe(`${app.url.replace('/graphql', '')}/public/images/${decodeGlobalId(imageId).id}`);
    // The id in the URL is the attachment's random uuid: it names no organization.
    expect(url).not.toContain(org.id);

    const response = await fetch(url);
    expect(response.status).toBe(200);
    expect(Buffer.from(await response.arrayBuffer())).toEqual(PIXEL_PNG);
    expect(response.headers.get('content-type')).toBe('image/png');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(response.headers.get('etag')).toBe(`"${sha256(PIXEL_PNG)}"`);
    expect([...response.headers.keys()].join(' ')).not.toMatch(/disposition|organization/i);

    const again = await fetch(url, { headers: { 'if-none-match': `"${sha256(PIXEL_PNG)}"` } });
    expect(again.status).toBe(304);

    // Every member reads the URL; a VIEWER too.
    const viewer = await org.viewer.query(LOGO_URL);
    expect(viewer.data.organization.logoUrl).toBe(url);
  });

  it('JPEG and WebP are accepted when the bytes are what was declared', async () => {
    for (const [bytes, type] of [
      [JPEG, 'image/jpeg'],
      [WEBP, 'image/webp'],
    ] as const) {
      const url = await setAndGetUrl(org.owner, await uploadImage(org.owner, bytes, type));
      const response = await fetch(url);
      expect(response.headers.get('content-type')).toBe(type);
      expect(Buffer.from(await response.arrayBuffer())).toEqual(bytes);
    }
  });

  describe('bad input is refused with a clear code and writes nothing', () => {
    it.each([
      ['a type that is not png, jpeg or webp', { ...logoUploadInput(), contentType: 'image/gif' }, 'contentType'],
      ['SVG (scriptable)', { ...logoUploadInput(), contentType: 'image/svg+xml' }, 'contentType'],
      ['more than 2 MiB', { ...logoUploadInput(), sizeBytes: 2 * 1024 * 1024 + 1 }, 'sizeBytes'],
      ['a checksum that is no SHA-256', { ...logoUploadInput(), checksumSha256: 'abc' }, 'checksumSha256'],
    ])('createOrganizationLogoUpload: %s (BAD_USER_INPUT on the field)', async (_name, input, field) => {
      const before = await countAttachments();
      const response = await org.admin.query(CREATE_LOGO_UPLOAD, { input });
      expect(codes(response)).toEqual(['BAD_USER_INPUT']);
      expect(fields(response)).toEqual([field]);
      expect(await countAttachments()).toBe(before);
    });

    it.each([
      ['bytes that are not an image', TEXT, 'image/png', /not a PNG, JPEG or WebP image; image\/png was declared/],
      ['a JPEG declared as PNG', JPEG, 'image/png', /a image\/jpeg image; image\/png was declared/],
      ['a PNG declared as WebP, in one chunk shorter than a WebP header', PIXEL_PNG.subarray(0, 10), 'image/webp', /a image\/png image/],
      ['a large body that is no image', Buffer.alloc(300 * 1024, 0x3c), 'image/jpeg', /not a PNG, JPEG or WebP image/],
    ])('the upload (PUT) of %s: 400 IMAGE_CONTENT_MISMATCH, nothing stored, still PENDING', async (_name, bytes, type, message) => {
      const { put, id } = await putImage(bytes, type);
      expect(put.status).toBe(400);
      const body = (await put.json()) as { error: { code: string; message: string } };
      expect(body.error.code).toBe('IMAGE_CONTENT_MISMATCH');
      expect(body.error.message).toMatch(message);
      expect(existsSync(join(store, org.id, id))).toBe(false);
      expect((await app.owner.query('SELECT status FROM attachments WHERE id = $1', [id])).rows[0].status).toBe('PENDING');
    });

    it('a file on a record keeps its bytes as sent: only uploads that may become images are sniffed', async () => {
      const contact = await org.member.query('mutation ($input: CreateContactInput!) { createContact(input: $input) { contact { id } } }', {
        input: { firstName: 'Sniff', lastName: 'Free' },
      });
      const created = await org.member.query(
        'mutation ($input: CreateAttachmentUploadInput!) { createAttachmentUpload(input: $input) { attachment { id } uploadUrl } }',
        { input: { ...logoUploadInput(TEXT), fileName: 'scan.png', recordId: contact.data.createContact.contact.id } },
      );
      expect(created.errors).toBeUndefined();
      const { uploadUrl } = created.data.createAttachmentUpload;
      expect((await fetch(uploadUrl, { method: 'PUT', body: TEXT, headers: { 'content-type': 'image/png' } })).status).toBe(200);
    });

    // Bytes that reach the store past the upload route (a direct S3 upload) are sniffed when set.
    it('bytes that are not an image, declared as PNG: IMAGE_CONTENT_MISMATCH when set, the logo stays', async () => {
      const before = await logoIdOf(org.id);
      const response = await setLogo(org.admin, await uploadImage(org.admin, TEXT, 'image/png', 'behind'));
      expect(codes(response)).toEqual(['IMAGE_CONTENT_MISMATCH']);
      expect(response.errors![0]!.message).toMatch(/not a PNG, JPEG or WebP image; image\/png was declared/);
      expect(await logoIdOf(org.id)).toBe(before);
    });

    it('a JPEG declared as PNG: IMAGE_CONTENT_MISMATCH when set, naming what the bytes are', async () => {
      const response = await setLogo(org.admin, await uploadImage(org.admin, JPEG, 'image/png', 'behind'));
      expect(codes(response)).toEqual(['IMAGE_CONTENT_MISMATCH']);
      expect(response.errors![0]!.message).toMatch(/a image\/jpeg image; image\/png was declared/);
    });

    it('an image whose bytes were never uploaded: IMAGE_NOT_UPLOADED', async () => {
      const response = await setLogo(org.admin, await uploadImage(org.admin, PIXEL_PNG, 'image/png', 'none'));
      expect(codes(response)).toEqual(['IMAGE_NOT_UPLOADED']);
    });

    it('not an Attachment id: BAD_USER_INPUT on imageId', async () => {
      const response = await setLogo(org.admin, org.id);
      expect(codes(response)).toEqual(['BAD_USER_INPUT']);
      expect(fields(response)).toEqual(['imageId']);
    });
  });

  it('a MEMBER or VIEWER may not upload or set the logo (FORBIDDEN)', async () => {
    const imageId = await uploadImage(org.admin, PIXEL_PNG, 'image/png');
    for (const actor of [org.member, org.viewer]) {
      expect(codes(await actor.query(CREATE_LOGO_UPLOAD, { input: logoUploadInput() }))).toEqual(['FORBIDDEN']);
      expect(codes(await setLogo(actor, imageId))).toEqual(['FORBIDDEN']);
      expect(codes(await setLogo(actor, null))).toEqual(['FORBIDDEN']);
    }
  });

  it("another organization cannot set this one's image as its logo, nor read this one's logo through the API", async () => {
    const imageId = await uploadImage(org.admin, PIXEL_PNG, 'image/png');
    const response = await setLogo(other.owner, imageId);
    expect(codes(response)).toEqual(['BAD_USER_INPUT']);
    expect(fields(response)).toEqual(['imageId']);
    expect(await logoIdOf(other.id)).toBeNull();
    expect((await other.owner.query(LOGO_URL)).data.organization.logoUrl).toBeNull();
  });

  it('a replaced logo stops being served at once and its attachment is deleted (the purge removes the bytes)', async () => {
    const first = await uploadImage(org.admin, PIXEL_PNG, 'image/png');
    const firstUrl = await setAndGetUrl(org.admin, first);
    expect((await fetch(firstUrl)).status).toBe(200);

    const second = await uploadImage(org.admin, JPEG, 'image/jpeg');
    const secondUrl = await setAndGetUrl(org.admin, second);
    expect(secondUrl).not.toBe(firstUrl);
    const gone = await fetch(firstUrl);
    expect(gone.status).toBe(404);
    expect(gone.headers.get('cache-control')).toBe('no-store');
    expect((await attachmentRow(first)).deleted_at).not.toBeNull();
    expect((await fetch(secondUrl)).status).toBe(200);
  });

  it('a replacement whose transaction rolls back leaves the old logo served whole and its attachment kept', async () => {
    const old = await uploadImage(org.owner, PIXEL_PNG, 'image/png');
    const oldUrl = await setAndGetUrl(org.owner, old);
    const replacement = await uploadImage(org.owner, JPEG, 'image/jpeg');

    // The replacement runs, then the second field fails: the request's transaction rolls back.
    const response = await org.owner.query(
      `mutation ($replace: SetOrganizationLogoInput!, $fail: SetOrganizationLogoInput!) {
        replaced: setOrganizationLogo(input: $replace) { organization { logoUrl } }
        failed: setOrganizationLogo(input: $fail) { organization { logoUrl } }
      }`,
      { replace: { imageId: replacement }, fail: { imageId: org.id } },
    );
    expect(codes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.data).toBeNull();

    expect(await logoIdOf(org.id)).toBe(decodeGlobalId(old).id);
    expect((await attachmentRow(old)).deleted_at).toBeNull();
    const image = await fetch(oldUrl);
    expect(image.status).toBe(200);
    expect(Buffer.from(await image.arrayBuffer())).toEqual(PIXEL_PNG);
  });

  it('a cleared logo 404s and logoUrl is null', async () => {
    const url = await setAndGetUrl(org.admin, await uploadImage(org.admin, PIXEL_PNG, 'image/png'));
    const cleared = await setLogo(org.admin, null);
    expect(cleared.errors).toBeUndefined();
    expect(cleared.data.setOrganizationLogo.organization.logoUrl).toBeNull();
    expect(await logoIdOf(org.id)).toBeNull();
    expect((await fetch(url)).status).toBe(404);
  });

  it('an uploaded image that is no logo, an unknown id and a malformed id all 404', async () => {
    const notSet = await uploadImage(org.admin, PIXEL_PNG, 'image/png');
    const base = `${app.url.replace('/graphql', '')}/public/images`;
    for (const id of [decodeGlobalId(notSet).id, '00000000-0000-4000-8000-000000000000', 'not-a-uuid']) {
      const response = await fetch(`${base}/${id}`);
      expect(response.status).toBe(404);
      expect(await response.json()).toEqual({ error: { code: 'NOT_FOUND', message: 'Image not found' } });
    }
  });
});
