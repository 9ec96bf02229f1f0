import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile, rm } from 'node:fs/promises';
import http from 'node:http';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pino from 'pino';
import { loadConfig } from '../../../src/config.js';
import { LocalDiskStore } from '../../../src/modules/attachment/store.js';
import { S3Store } from '../../../src/modules/attachment/s3-store.js';
import { FileTokenSigner, fileTokenKey } from '../../../src/modules/attachment/tokens.js';
import { createServer, type AppServer } from '../../../src/server.js';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { operationText, startTestApp, TEST_JWT_SECRET, type Actor, type GraphQLResponse, type TestApp } from '../../helpers/app.js';
import { createOrganization, type TestOrganization } from '../../helpers/organizations.js';
import { useTenants } from '../../helpers/actors.js';
import { userIdOf } from '../../helpers/builders.js';
import { codes } from '../../helpers/responses.js';
import { joinOrganization } from '../../helpers/invitations.js';
import { createContactGraph, createDealGraph, createLead, decodeGlobalId, encodeGlobalId } from '../../helpers/tenant-kit.js';
import { createListing } from '../../helpers/tenant-types/listing.js';
import { PIXEL_PNG, logoUploadInput } from '../../helpers/role-operations/image.js';
import {
  AttachmentContactAttachmentsDocument,
  AttachmentCreateUploadDocument,
  AttachmentDealAttachmentsDocument,
  AttachmentDeleteDocument,
  AttachmentListDocument,
  AttachmentNodeDocument,
  AttachmentRemoveMemberDocument,
  AttachmentRestoreDocument,
  type AttachmentListQueryVariables,
  type CreateAttachmentUploadInput,
} from '../../generated/operations/graphql.js';

const sha256 = (bytes: Buffer | string) => createHash('sha256').update(bytes).digest('hex');
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

/** The declared metadata of `bytes` as a PDF on `recordId`. */
const pdfInput = (recordId: string, bytes: Buffer = PDF, fileName = 'Proposal.pdf') => ({
  fileName,
  contentType: 'application/pdf',
  sizeBytes: bytes.length,
  checksumSha256: sha256(bytes),
  recordId,
});

const put = (url: string, body: Buffer | Readable, headers: Record<string, string> = {}) =>
  fetch(url, { method: 'PUT', body, headers, ...(body instanceof Readable ? { duplex: 'half' } : {}) } as RequestInit);

/** An error body of the /files routes. */
const errorOf = async (response: Response) => ((await response.json()) as { error: { code: string; message: string } }).error;

/** A `node(id:)` answer narrowed to the types whose fragment selects `key` (fails the test when it does not). */
function selected<N extends object, K extends string>(node: N | null | undefined, key: K): Extract<N, Record<K, unknown>> {
  if (!node || !(key in node)) throw new Error(`expected a node with ${key}, got ${JSON.stringify(node)}`);
  return node as Extract<N, Record<K, unknown>>;
}

describe('attachments', () => {
  const { app, org, other } = useTenants('Files', { otherTenant: true });
  let contactId: string;
  let foreignContactId: string;
  let foreignDealId: string;
  let memberUserId: string;
  const signer = new FileTokenSigner(fileTokenKey({ AUTH_JWT_SECRET: TEST_JWT_SECRET }).key);
  const store = new LocalDiskStore(loadConfig({}).ATTACHMENTS_DIR);

  const rowOf = async (globalId: string) =>
    (await app.owner.query('SELECT * FROM attachments WHERE id = $1', [decodeGlobalId(globalId).id])).rows[0] ?? null;
  const countRows = async () => (await app.owner.query('SELECT count(*)::int AS n FROM attachments')).rows[0].n as number;
  const fileOf = (globalId: string, orgId = org.id) => join(store.root, orgId, decodeGlobalId(globalId).id);
  /** Files of an organization's directory, temporary ones included. */
  const filesIn = async (orgId: string) => (existsSync(join(store.root, orgId)) ? readdir(join(store.root, orgId)) : []);

  async function createUpload(actor: Actor, input: CreateAttachmentUploadInput) {
    const response = await actor.query(AttachmentCreateUploadDocument, { input });
    expect(response.errors).toBeUndefined();
    return response.data!.createAttachmentUpload;
  }

  /** Creates an upload and sends its bytes; returns the attachment's id. */
  async function uploaded(bytes: Buffer = PDF, fileName = 'Proposal.pdf', recordId = contactId) {
    const upload = await createUpload(org.member, pdfInput(recordId, bytes, fileName));
    const response = await put(upload.uploadUrl, bytes, { 'content-type': 'application/pdf' });
    expect(response.status).toBe(200);
    return upload.attachment.id;
  }

  const read = async (actor: Actor, id: string) => {
    const response = await actor.query(AttachmentNodeDocument, { id });
    expect(response.errors).toBeUndefined();
    return selected(response.data!.node, 'fileName');
  };

  beforeAll(async () => {
    contactId = (await createContactGraph(org.member)).contact;
    const foreign = await createDealGraph(other.owner);
    foreignContactId = foreign.contact;
    foreignDealId = foreign.deal;
    memberUserId = await userIdOf(org.member);
  });
  afterAll(async () => {
    await Promise.all([org, other].map((o) => rm(join(store.root, o.id), { recursive: true, force: true })));
  });

  describe('upload and download through the local store', () => {
    it('create → PUT the bytes → READY → GET returns the same bytes, as a safe download', async () => {
      const upload = await createUpload(org.member, pdfInput(contactId));
      expect(upload.attachment).toMatchObject({
        fileName: 'Proposal.pdf',
        contentType: 'application/pdf',
        sizeBytes: PDF.length,
        checksumSha256: sha256(PDF),
        status: 'PENDING',
        downloadUrl: null,
        uploadedBy: { id: memberUserId },
        record: { __typename: 'Contact', id: contactId },
      });
      expect(upload.uploadUrl).toMatch(new RegExp(`^${app.url.replace('/graphql', '')}/files/[\\w-]+\\.[\\w-]+\\.[\\w-]+$`));
      expect(upload.uploadHeaders).toEqual([{ name: 'Content-Type', value: 'application/pdf' }]);
      const ttl = (Date.parse(upload.uploadExpiresAt) - Date.now()) / 1000;
      expect(ttl).toBeGreaterThan(890);
      expect(ttl).toBeLessThanOrEqual(900);

      const id = upload.attachment.id;
      const pending = await rowOf(id);
      expect(pending).toMatchObject({
        org_id: org.id,
        status: 'PENDING',
        storage_key: `${org.id}/${decodeGlobalId(id).id}`,
        contact_id: decodeGlobalId(contactId).id,
      });
      expect(existsSync(fileOf(id))).toBe(false);

      const response = await put(upload.uploadUrl, PDF, { 'content-type': 'application/pdf' });
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ attachment: { id, status: 'READY', sizeBytes: PDF.length, checksumSha256: sha256(PDF) } });
      expect((await rowOf(id)).status).toBe('READY');
      expect(await readFile(fileOf(id))).toEqual(PDF);
      expect((await filesIn(org.id)).filter((name) => name.endsWith('.part'))).toEqual([]);

      // The uploader (from the token) is the acting user of the READY update in the audit log.
      const audit = await app.owner.query(
        `SELECT actor_user_id, changes FROM audit_log WHERE record_id = $1 AND action = 'UPDATE' ORDER BY occurred_at DESC LIMIT 1`,
        [decodeGlobalId(id).id],
      );
      expect(audit.rows[0]).toMatchObject({
        actor_user_id: decodeGlobalId(memberUserId).id,
        changes: { status: { old: 'PENDING', new: 'READY' } },
      });

      const node = await read(org.viewer, id);
      expect(node).toMatchObject({ status: 'READY', deletedAt: null, record: { __typename: 'Contact', id: contactId } });
      expect(node.downloadUrl).toMatch(/\/files\/[\w-]+\.[\w-]+\.[\w-]+$/);
      const download = await fetch(node.downloadUrl!);
      expect(download.status).toBe(200);
      expect(Buffer.from(await download.arrayBuffer())).toEqual(PDF);
      expect(download.headers.get('content-type')).toBe('application/pdf');
      expect(download.headers.get('content-length')).toBe(String(PDF.length));
      expect(download.headers.get('content-disposition')).toBe(`attachment; filename="Proposal.pdf"; filename*=UTF-8''Proposal.pdf`);
      expect(download.headers.get('x-content-type-options')).toBe('nosniff');
      expect(download.headers.get('cache-control')).toBe('private, no-store');
      expect(download.headers.get('etag')).toBe(`"${sha256(PDF)}"`);

      const head = await fetch(node.downloadUrl!, { method: 'HEAD' });
      expect(head.status).toBe(200);
      expect(head.headers.get('content-length')).toBe(String(PDF.length));

      const onContact = await org.viewer.query(AttachmentContactAttachmentsDocument, { id: contactId });
      expect(selected(onContact.data!.node, 'attachments').attachments.edges.map((edge) => edge.node)).toContainEqual({
        id,
        status: 'READY',
      });
    });

    it('a streamed (chunked) upload without Content-Length works too', async () => {
      const bytes = Buffer.alloc(200_000, 'x');
      const upload = await createUpload(org.member, { ...pdfInput(contactId, bytes, 'notes.txt'), contentType: 'text/plain' });
      const chunks = Readable.from([bytes.subarray(0, 70_000), bytes.subarray(70_000)]);
      const response = await put(upload.uploadUrl, chunks);
      expect(response.status).toBe(200);
      expect(sha256(await readFile(fileOf(upload.attachment.id)))).toBe(sha256(bytes)); // toEqual on 200 kB is slow
    });

    it('links to a deal, a company, a lead and a listing as well; record answers the right type', async () => {
      const graph = await createDealGraph(org.member);
      const listing = await createListing(org.member);
      for (const [typename, recordId] of [
        ['Deal', graph.deal],
        ['Company', graph.company],
        ['Lead', await createLead(org.member)],
        ['Listing', listing],
      ] as const) {
        const upload = await createUpload(org.member, pdfInput(recordId));
        const node = await read(org.viewer, upload.attachment.id);
        expect(node.record).toEqual({ __typename: typename, id: recordId });
      }
    });

    it('a second upload of a READY attachment is refused (409) and changes nothing', async () => {
      const upload = await createUpload(org.member, pdfInput(contactId));
      expect((await put(upload.uploadUrl, PDF)).status).toBe(200);
      const again = await put(upload.uploadUrl, PDF);
      expect(again.status).toBe(409);
      expect((await errorOf(again)).code).toBe('ALREADY_UPLOADED');
      expect(await readFile(fileOf(upload.attachment.id))).toEqual(PDF);
    });
  });

  describe('createAttachmentUpload validates what is declared (BAD_USER_INPUT naming the field; nothing written)', () => {
    it.each([
      ['sizeBytes', { sizeBytes: 25 * 1024 * 1024 + 1 }],
      ['sizeBytes', { sizeBytes: -1 }],
      ['contentType', { contentType: 'application/x-msdownload', fileName: 'setup.exe' }],
      ['contentType', { contentType: 'text/html', fileName: 'page.html' }],
      ['contentType', { contentType: 'image/svg+xml', fileName: 'logo.svg' }],
      ['checksumSha256', { checksumSha256: 'abc' }],
      ['checksumSha256', { checksumSha256: 'g'.repeat(64) }],
      ['fileName', { fileName: '' }],
      ['fileName', { fileName: 'folder/' }],
      ['fileName', { fileName: '..' }],
      ['fileName', { fileName: `${'a'.repeat(252)}.pdf` }],
      ['fileName', { fileName: 'invoice.pdf.exe' }],
      ['fileName', { fileName: 'no-extension' }],
      ['recordId', { recordId: 'not-a-global-id' }],
      ['recordId', { recordId: encodeGlobalId('Pipeline', '00000000-0000-4000-8000-000000000000') }],
      ['recordId', { recordId: encodeGlobalId('Contact', '00000000-0000-4000-8000-000000000000') }],
    ])('%s: %j', async (field, override) => {
      const before = await countRows();
      const response = await org.member.query(AttachmentCreateUploadDocument, { input: { ...pdfInput(contactId), ...override } });
      expect(codes(response)).toEqual(['BAD_USER_INPUT']);
      expect(response.errors![0]!.extensions!.field).toBe(field);
      expect(response.data).toBeNull();
      expect(await countRows()).toBe(before);
    });

    it('the largest allowed size (25 MiB) is accepted', async () => {
      const upload = await createUpload(org.member, { ...pdfInput(contactId), sizeBytes: 25 * 1024 * 1024 });
      expect(upload.attachment.sizeBytes).toBe(25 * 1024 * 1024);
    });

    it("another organization's contact or deal as recordId is BAD_USER_INPUT on recordId, and writes nothing", async () => {
      for (const recordId of [foreignContactId, foreignDealId]) {
        const before = await countRows();
        const response = await org.member.query(AttachmentCreateUploadDocument, { input: pdfInput(recordId) });
        expect(codes(response)).toEqual(['BAD_USER_INPUT']);
        expect(response.errors![0]!.extensions!.field).toBe('recordId');
        expect(response.data).toBeNull();
        expect(await countRows()).toBe(before);
      }
    });

    it('keeps only the last path segment, drops control and direction-override characters, normalizes the type', async () => {
      const upload = await createUpload(org.member, {
        ...pdfInput(contactId),
        fileName: 'C:\\fakepath\\Q3\u0007  re\u202Eport.pdf',
        contentType: 'Application/PDF; charset=binary',
      });
      expect(upload.attachment).toMatchObject({ fileName: 'Q3 report.pdf', contentType: 'application/pdf' });
      expect(upload.attachment.checksumSha256).toBe(sha256(PDF));
      const upper = await createUpload(org.member, { ...pdfInput(contactId), checksumSha256: sha256(PDF).toUpperCase() });
      expect(upper.attachment.checksumSha256).toBe(sha256(PDF));
    });

    it('a VIEWER may not create an upload (FORBIDDEN)', async () => {
      const response = await org.viewer.query(AttachmentCreateUploadDocument, { input: pdfInput(contactId) });
      expect(codes(response)).toEqual(['FORBIDDEN']);
    });
  });

  describe('PUT refuses anything but the declared bytes: no file and no READY row stay behind', () => {
    /** A fresh pending upload; after a refusal, asserts it is still PENDING and has no file. */
    async function refused(send: (upload: Awaited<ReturnType<typeof createUpload>>) => Promise<Response>, status: number, code: string) {
      const upload = await createUpload(org.member, pdfInput(contactId));
      const response = await send(upload);
      expect(response.status).toBe(status);
      expect(response.headers.get('content-type')).toMatch(/^application\/json/);
      expect((await errorOf(response)).code).toBe(code);
      expect((await rowOf(upload.attachment.id)).status).toBe('PENDING');
      expect(existsSync(fileOf(upload.attachment.id))).toBe(false);
      expect((await filesIn(org.id)).filter((name) => name.endsWith('.part'))).toEqual([]);
      return upload;
    }

    it('a wrong checksum (same size, other bytes)', async () => {
      const tampered = Buffer.from(PDF);
      tampered[10] = tampered[10]! ^ 1;
      await refused((upload) => put(upload.uploadUrl, tampered), 400, 'CHECKSUM_MISMATCH');
    });

    it('a body larger than declared by Content-Length', async () => {
      await refused((upload) => put(upload.uploadUrl, Buffer.concat([PDF, Buffer.from('more')])), 400, 'SIZE_MISMATCH');
    });

    it('a body larger than declared, streamed without Content-Length', async () => {
      await refused((upload) => put(upload.uploadUrl, Readable.from([PDF, Buffer.alloc(1024)])), 400, 'SIZE_MISMATCH');
    });

    it('a body smaller than declared', async () => {
      await refused((upload) => put(upload.uploadUrl, PDF.subarray(0, 20)), 400, 'SIZE_MISMATCH');
      await refused((upload) => put(upload.uploadUrl, Readable.from([PDF.subarray(0, 20)])), 400, 'SIZE_MISMATCH');
    });

    it.each([
      ['halfway through the body', 100],
      ['while the API still looks the attachment up', 0],
    ])('an upload the client aborts %s', async (_when, afterMs) => {
      const upload = await createUpload(org.member, pdfInput(contactId));
      await new Promise<void>((resolve) => {
        const request = http.request(upload.uploadUrl, { method: 'PUT', headers: { 'content-length': PDF.length } });
        request.on('error', () => resolve());
        request.on('close', () => resolve());
        request.write(PDF.subarray(0, 30), () => setTimeout(() => request.destroy(), afterMs));
      });
      await new Promise((resolve) => setTimeout(resolve, 400));
      expect((await rowOf(upload.attachment.id)).status).toBe('PENDING');
      expect(existsSync(fileOf(upload.attachment.id))).toBe(false);
      expect((await filesIn(org.id)).filter((name) => name.endsWith('.part'))).toEqual([]);
      // The same link still works for a complete upload.
      expect((await put(upload.uploadUrl, PDF)).status).toBe(200);
    });

    it('a different Content-Type than declared', async () => {
      await refused((upload) => put(upload.uploadUrl, PDF, { 'content-type': 'text/html' }), 400, 'CONTENT_TYPE_MISMATCH');
    });

    it('an expired token', async () => {
      await refused(
        async (upload) => {
          const row = await rowOf(upload.attachment.id);
          const token = await signer.sign(
            { attachmentId: row.id, orgId: org.id, operation: 'upload', userId: decodeGlobalId(memberUserId).id },
            new Date(Date.now() - 1000),
          );
          return put(`${upload.uploadUrl.replace(/[^/]+$/, '')}${token}`, PDF);
        },
        403,
        'TOKEN_EXPIRED',
      );
    });

    it('a tampered token (claims changed, signature kept), a token signed with another key, an access token', async () => {
      await refused(
        async (upload) => {
          const [header, payload, signature] = upload.uploadUrl.split('/').pop()!.split('.');
          const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString());
          const forged = Buffer.from(JSON.stringify({ ...claims, exp: claims.exp + 3600 })).toString('base64url');
          return put(upload.uploadUrl.replace(/[^/]+$/, `${header}.${forged}.${signature}`), PDF);
        },
        403,
        'INVALID_TOKEN',
      );
      await refused(
        async (upload) => {
          const row = await rowOf(upload.attachment.id);
          const foreignSigner = new FileTokenSigner(fileTokenKey({ AUTH_JWT_SECRET: 'another-secret-that-is-long-enough-0123456789' }).key);
          const token = await foreignSigner.sign(
            { attachmentId: row.id, orgId: org.id, operation: 'upload', userId: row.uploaded_by_id },
            new Date(Date.now() + 60_000),
          );
          return put(upload.uploadUrl.replace(/[^/]+$/, token), PDF);
        },
        403,
        'INVALID_TOKEN',
      );
      await refused((upload) => put(upload.uploadUrl.replace(/[^/]+$/, org.member.token), PDF), 403, 'INVALID_TOKEN');
    });

    it('a download token used to upload', async () => {
      await refused(
        async (upload) => {
          const row = await rowOf(upload.attachment.id);
          const token = await signer.sign(
            { attachmentId: row.id, orgId: org.id, operation: 'download', userId: row.uploaded_by_id },
            new Date(Date.now() + 60_000),
          );
          return put(upload.uploadUrl.replace(/[^/]+$/, token), PDF);
        },
        403,
        'INVALID_TOKEN',
      );
    });

    it("a token naming another organization's attachment (RLS hides it: 404), which stays PENDING", async () => {
      const foreign = await createUpload(other.owner, pdfInput(foreignContactId));
      const foreignRow = await rowOf(foreign.attachment.id);
      await refused(
        async (upload) => {
          const token = await signer.sign(
            { attachmentId: foreignRow.id, orgId: org.id, operation: 'upload', userId: decodeGlobalId(memberUserId).id },
            new Date(Date.now() + 60_000),
          );
          return put(upload.uploadUrl.replace(/[^/]+$/, token), PDF);
        },
        404,
        'NOT_FOUND',
      );
      expect((await rowOf(foreign.attachment.id)).status).toBe('PENDING');
      expect(existsSync(fileOf(foreign.attachment.id, other.id))).toBe(false);
      expect(existsSync(fileOf(foreign.attachment.id, org.id))).toBe(false);
    });

    it('an upload to a soft-deleted attachment (410)', async () => {
      await refused(
        async (upload) => {
          expect((await org.admin.query(AttachmentDeleteDocument, { id: upload.attachment.id })).errors).toBeUndefined();
          return put(upload.uploadUrl, PDF);
        },
        410,
        'DELETED',
      );
    });
  });

  describe('downloads', () => {
    it('a download link stops working once its user is removed from the organization (checked at download time)', async () => {
      const reader = await app.actor('Files-leaving-reader');
      const membershipId = await joinOrganization(org.owner, reader, 'VIEWER');
      const id = await uploaded();
      const url = (await read(reader.inOrg(org.id), id)).downloadUrl as string;
      expect((await fetch(url)).status).toBe(200);
      expect((await org.owner.query(AttachmentRemoveMemberDocument, { input: { membershipId } })).errors).toBeUndefined();
      const refused = await fetch(url);
      expect(refused.status).toBe(403);
      expect((await errorOf(refused)).code).toBe('NOT_A_MEMBER');
      // Everyone else's links to the same file still work.
      expect((await fetch((await read(org.viewer, id)).downloadUrl!)).status).toBe(200);
    });

    it('so does an upload link: nothing is stored and the row stays PENDING', async () => {
      const uploader = await app.actor('Files-leaving-uploader');
      const membershipId = await joinOrganization(org.owner, uploader, 'MEMBER');
      const upload = await createUpload(uploader.inOrg(org.id), pdfInput(contactId));
      expect((await org.owner.query(AttachmentRemoveMemberDocument, { input: { membershipId } })).errors).toBeUndefined();
      const refused = await put(upload.uploadUrl, PDF, { 'content-type': 'application/pdf' });
      expect(refused.status).toBe(403);
      expect((await errorOf(refused)).code).toBe('NOT_A_MEMBER');
      expect((await rowOf(upload.attachment.id)).status).toBe('PENDING');
    });

    it('a soft-deleted attachment has no downloadUrl and its earlier URL is refused (410); restore brings it back', async () => {
      const id = await uploaded();
      const url = (await read(org.viewer, id)).downloadUrl as string;
      expect((await fetch(url)).status).toBe(200);

      const deleted = await org.admin.query(AttachmentDeleteDocument, { id });
      expect(deleted.errors).toBeUndefined();
      expect(deleted.data!.deleteAttachment.attachment).toMatchObject({ id, downloadUrl: null });
      expect(deleted.data!.deleteAttachment.attachment.deletedAt).not.toBeNull();
      const refused = await fetch(url);
      expect(refused.status).toBe(410);
      expect((await errorOf(refused)).code).toBe('DELETED');

      const restored = await org.admin.query(AttachmentRestoreDocument, { id });
      expect(restored.data!.restoreAttachment.attachment).toEqual({ id, deletedAt: null, status: 'READY' });
      expect(Buffer.from(await (await fetch(url)).arrayBuffer())).toEqual(PDF);
    });

    it('deleting and restoring needs ADMIN; a MEMBER is FORBIDDEN', async () => {
      const id = await uploaded();
      expect(codes(await org.member.query(AttachmentDeleteDocument, { id }))).toEqual(['FORBIDDEN']);
      expect((await rowOf(id)).deleted_at).toBeNull();
    });

    it('a pending attachment cannot be downloaded (409 NOT_READY)', async () => {
      const upload = await createUpload(org.member, pdfInput(contactId));
      const row = await rowOf(upload.attachment.id);
      const token = await signer.sign(
        { attachmentId: row.id, orgId: org.id, operation: 'download', userId: row.uploaded_by_id },
        new Date(Date.now() + 60_000),
      );
      const response = await fetch(upload.uploadUrl.replace(/[^/]+$/, token));
      expect(response.status).toBe(409);
      expect((await errorOf(response)).code).toBe('NOT_READY');
    });

    it('the download URL expires: it lives ATTACHMENTS_URL_TTL_SECONDS, and is refused afterwards', async () => {
      const id = await uploaded();
      const node = await read(org.viewer, id);
      const claims = JSON.parse(Buffer.from(node.downloadUrl!.split('/').pop()!.split('.')[1]!, 'base64url').toString());
      expect(claims).toMatchObject({ sub: decodeGlobalId(id).id, org: org.id, op: 'download' });
      expect(claims.exp * 1000).toBe(Date.parse(node.downloadUrlExpiresAt!));
      expect(claims.exp - claims.iat).toBeGreaterThanOrEqual(899);
      expect(claims.exp - claims.iat).toBeLessThanOrEqual(900);

      // The same link with a one-second life: good now, refused once it is over.
      const shortLived = await signer.sign(
        { attachmentId: claims.sub, orgId: org.id, operation: 'download', userId: claims.uid },
        new Date(Date.now() + 1500),
      );
      const url = node.downloadUrl!.replace(/[^/]+$/, shortLived);
      expect((await fetch(url)).status).toBe(200);
      await new Promise((resolve) => setTimeout(resolve, 2100));
      const expired = await fetch(url);
      expect(expired.status).toBe(403);
      expect((await errorOf(expired)).code).toBe('TOKEN_EXPIRED');
    });

    it('an upload token cannot download (INVALID_TOKEN)', async () => {
      const id = await uploaded();
      const row = await rowOf(id);
      const upload = await signer.sign(
        { attachmentId: row.id, orgId: org.id, operation: 'upload', userId: row.uploaded_by_id },
        new Date(Date.now() + 60_000),
      );
      const base = (await read(org.viewer, id)).downloadUrl!.replace(/[^/]+$/, '');
      const asUpload = await fetch(`${base}${upload}`);
      expect(asUpload.status).toBe(403);
      expect((await errorOf(asUpload)).code).toBe('INVALID_TOKEN');
    });

    it("a token naming another organization finds nothing of this one's attachments", async () => {
      const id = await uploaded();
      const row = await rowOf(id);
      const base = (await read(org.viewer, id)).downloadUrl!.replace(/[^/]+$/, '');
      // Signed for a member of the other organization: RLS there does not find this one's file.
      const otherMember = decodeGlobalId(await userIdOf(other.owner)).id;
      const crossOrg = await signer.sign(
        { attachmentId: row.id, orgId: other.id, operation: 'download', userId: otherMember },
        new Date(Date.now() + 60_000),
      );
      const response = await fetch(`${base}${crossOrg}`);
      expect(response.status).toBe(404);
      expect((await errorOf(response)).code).toBe('NOT_FOUND');
      // Signed for this file's uploader, who is no member there: refused before any lookup.
      const notMember = await signer.sign(
        { attachmentId: row.id, orgId: other.id, operation: 'download', userId: row.uploaded_by_id },
        new Date(Date.now() + 60_000),
      );
      expect((await errorOf(await fetch(`${base}${notMember}`))).code).toBe('NOT_A_MEMBER');
    });

    it('a non-ASCII file name is offered in ASCII and exactly (RFC 8187)', async () => {
      const id = await uploaded(PDF, 'Angebot für Müller "final".pdf');
      const response = await fetch((await read(org.viewer, id)).downloadUrl!);
      expect(response.headers.get('content-disposition')).toBe(
        `attachment; filename="Angebot f_r M_ller _final_.pdf"; filename*=UTF-8''Angebot%20f%C3%BCr%20M%C3%BCller%20%22final%22.pdf`,
      );
    });
  });

  it('removing the uploader from the organization keeps the file; uploadedBy becomes null', async () => {
    const uploader = await app.actor('Files-uploader');
    const membershipId = await joinOrganization(org.owner, uploader, 'MEMBER');
    const upload = await createUpload(uploader.inOrg(org.id), pdfInput(contactId));
    expect((await put(upload.uploadUrl, PDF)).status).toBe(200);
    const removed = await org.owner.query(AttachmentRemoveMemberDocument, { input: { membershipId } });
    expect(removed.errors).toBeUndefined();
    const node = await read(org.viewer, upload.attachment.id);
    expect(node).toMatchObject({ status: 'READY', uploadedBy: null });
    expect(Buffer.from(await (await fetch(node.downloadUrl!)).arrayBuffer())).toEqual(PDF);
  });

  describe('the attachments list', () => {
    let files: { alpha: string; beta: string; gamma: string };
    let dealId: string;
    beforeAll(async () => {
      dealId = (await createDealGraph(org.member)).deal;
      files = {
        alpha: await uploaded(PDF, 'alpha-list.pdf', dealId),
        beta: (await createUpload(org.member, { ...pdfInput(dealId, PDF, 'beta-list.csv'), contentType: 'text/csv' })).attachment.id,
        gamma: await uploaded(PDF, 'gamma-list.pdf', dealId),
      };
    });

    const list = async (variables: AttachmentListQueryVariables) => {
      const response = await org.viewer.query(AttachmentListDocument, variables);
      expect(response.errors).toBeUndefined();
      return response.data!.attachments;
    };

    it('orders by FILE_NAME and CREATED_AT', async () => {
      const onDeal = { dealId: { equals: dealId } };
      expect(
        (await list({ filter: onDeal, orderBy: [{ field: 'FILE_NAME', direction: 'ASC' }] })).edges.map((e) => e.node.fileName),
      ).toEqual(['alpha-list.pdf', 'beta-list.csv', 'gamma-list.pdf']);
      expect((await list({ filter: onDeal, orderBy: [{ field: 'CREATED_AT', direction: 'DESC' }] })).edges.map((e) => e.node.id)).toEqual([
        files.gamma,
        files.beta,
        files.alpha,
      ]);
    });

    it('filters by record, content type, file name and status', async () => {
      const onDeal = { dealId: { equals: dealId } };
      expect((await list({ filter: { ...onDeal, contentType: { equals: 'text/csv' } } })).edges.map((e) => e.node.id)).toEqual([
        files.beta,
      ]);
      expect((await list({ filter: { ...onDeal, status: { equals: 'PENDING' } } })).totalCount).toBe(1);
      const byName = await list({ filter: { AND: [onDeal, { fileName: { startsWith: 'GAMMA' } }] } });
      expect(byName).toEqual({ totalCount: 1, edges: [{ node: { id: files.gamma, fileName: 'gamma-list.pdf' } }] });
      const notPdf = await list({ filter: { AND: [onDeal, { NOT: { contentType: { equals: 'application/pdf' } } }] } });
      expect(notPdf.totalCount).toBe(1);
    });

    it('deleted ones leave the list and the record connection, and show up in the trash', async () => {
      expect((await org.admin.query(AttachmentDeleteDocument, { id: files.alpha })).errors).toBeUndefined();
      const onDeal = { dealId: { equals: dealId } };
      const live = await org.viewer.query(AttachmentListDocument, { filter: onDeal });
      expect(live.data!.attachments.totalCount).toBe(2);
      const trash = await org.viewer.query(AttachmentListDocument, { filter: onDeal, deleted: 'ONLY' });
      expect(trash.data!.attachments.edges.map((e) => e.node.id)).toEqual([files.alpha]);
      const deal = await org.viewer.query(AttachmentDealAttachmentsDocument, { id: dealId });
      const { attachments } = selected(deal.data!.node, 'attachments');
      expect(attachments.totalCount).toBe(2);
      expect(attachments.edges.map((e) => e.node.id)).not.toContain(files.alpha);
    });

    it('the statement count of a page does not grow with its size (record, uploader and links)', async () => {
      interface AttachmentPage {
        attachments: { totalCount: number; edges: { node: { id: string } }[] };
      }
      const page = (first: number) =>
        `{ attachments(first: ${first}, filter: { status: { equals: READY } }) { totalCount edges { node { id status downloadUrl uploadedBy { id name } record { __typename ... on Contact { id fullName } ... on Deal { id name } } } } } }`;
      const measure = async (first: number) => {
        const counter = app.database.statements;
        counter.reset();
        const response = await org.viewer.query<AttachmentPage>(page(first));
        expect(response.errors).toBeUndefined();
        expect(response.data!.attachments.edges.length).toBe(first);
        return counter.count;
      };
      const small = await measure(2);
      expect(await measure(6)).toBe(small);
      // BEGIN with begin_request, the page (record and uploader joined in), its count, COMMIT.
      expect(small).toBeLessThanOrEqual(4);
    });
  });
});

describe('attachment configuration', () => {
  it('defaults: local store under .data/attachments, 25 MiB, 15-minute links', () => {
    expect(loadConfig({})).toMatchObject({
      ATTACHMENTS_STORE: 'local',
      ATTACHMENTS_DIR: '.data/attachments',
      ATTACHMENTS_MAX_BYTES: 25 * 1024 * 1024,
      ATTACHMENTS_URL_TTL_SECONDS: 900,
      S3_REGION: 'us-east-1',
      S3_FORCE_PATH_STYLE: 'false',
    });
  });

  it.each([
    ['S3_BUCKET', { ATTACHMENTS_STORE: 's3' }],
    ['S3_SECRET_ACCESS_KEY', { ATTACHMENTS_STORE: 's3', S3_BUCKET: 'files', S3_ACCESS_KEY_ID: 'id' }],
    ['S3_ACCESS_KEY_ID', { S3_SECRET_ACCESS_KEY: 'secret' }],
    ['ATTACHMENTS_STORE', { ATTACHMENTS_STORE: 'ftp' }],
    ['ATTACHMENTS_MAX_BYTES', { ATTACHMENTS_MAX_BYTES: '0' }],
    ['ATTACHMENTS_URL_TTL_SECONDS', { ATTACHMENTS_URL_TTL_SECONDS: '999999' }],
    ['ATTACHMENTS_SIGNING_SECRET', { ATTACHMENTS_SIGNING_SECRET: 'short' }],
    ['S3_ENDPOINT', { S3_ENDPOINT: 'not a url' }],
    ['PUBLIC_URL', { PUBLIC_URL: 'ftp://files.example.test' }],
  ])('a bad %s is named', (variable, env) => {
    expect(() => loadConfig(env as NodeJS.ProcessEnv)).toThrow(new RegExp(`^Invalid configuration: ${variable}\\b`));
  });

  it('the file-token key is the signing secret, or derived from AUTH_JWT_SECRET (never the secret itself)', () => {
    const derived = fileTokenKey({ AUTH_JWT_SECRET: TEST_JWT_SECRET });
    expect(derived.ephemeral).toBe(false);
    expect(Buffer.from(derived.key).toString()).not.toContain(TEST_JWT_SECRET);
    expect(fileTokenKey({ AUTH_JWT_SECRET: TEST_JWT_SECRET }).key).toEqual(derived.key);
    const explicit = 'an-attachment-signing-secret-0123456789';
    expect(Buffer.from(fileTokenKey({ ATTACHMENTS_SIGNING_SECRET: explicit, AUTH_JWT_SECRET: TEST_JWT_SECRET }).key).toString()).toBe(
      explicit,
    );
    expect(fileTokenKey({}).ephemeral).toBe(true);
  });
});

// ------------------------------------------------------------------------------------------------
// S3: a small S3-compatible server in this process that keeps objects in memory and records every
// request (not a mock of our code: the real AWS SDK and presigner talk HTTP to it).
// ------------------------------------------------------------------------------------------------

interface RecordedRequest {
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
}

async function startFakeS3() {
  const objects = new Map<string, { body: Buffer; contentType?: string; checksum?: string }>();
  const requests: RecordedRequest[] = [];
  const server = http.createServer(async (req, res) => {
    requests.push({ method: req.method!, url: req.url!, headers: req.headers });
    const url = new URL(req.url!, 'http://s3.local');
    const key = decodeURIComponent(url.pathname.slice(1)); // path style: bucket/key
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    const notFound = () => {
      res.writeHead(404, { 'content-type': 'application/xml' });
      res.end(req.method === 'HEAD' ? undefined : '<Error><Code>NoSuchKey</Code><Message>missing</Message></Error>');
    };
    if (req.method === 'PUT') {
      const checksum = req.headers['x-amz-checksum-sha256'] as string | undefined;
      if (checksum && createHash('sha256').update(body).digest('base64') !== checksum) {
        res.writeHead(400, { 'content-type': 'application/xml' });
        res.end('<Error><Code>BadDigest</Code><Message>checksum</Message></Error>');
        return;
      }
      objects.set(key, { body, contentType: req.headers['content-type'], checksum });
      res.writeHead(200, { etag: '"1"' });
      res.end();
    } else if (req.method === 'GET' || req.method === 'HEAD') {
      const object = objects.get(key);
      if (!object) return notFound();
      res.writeHead(200, {
        'content-length': object.body.length,
        'content-type': url.searchParams.get('response-content-type') ?? object.contentType ?? 'application/octet-stream',
        ...(url.searchParams.get('response-content-disposition')
          ? { 'content-disposition': url.searchParams.get('response-content-disposition')! }
          : {}),
        ...(req.headers['x-amz-checksum-mode'] === 'ENABLED' && object.checksum ? { 'x-amz-checksum-sha256': object.checksum } : {}),
      });
      res.end(req.method === 'HEAD' ? undefined : object.body);
    } else if (req.method === 'DELETE') {
      objects.delete(key);
      res.writeHead(204);
      res.end();
    } else {
      res.writeHead(405);
      res.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  return { url: `http://127.0.0.1:${port}`, objects, requests, close: () => new Promise((resolve) => server.close(resolve)) };
}

describe('S3 store', () => {
  let s3: Awaited<ReturnType<typeof startFakeS3>>;
  let store: S3Store;
  const key = '11111111-1111-4111-8111-111111111111/22222222-2222-4222-8222-222222222222';
  const object = { contentType: 'application/pdf', sizeBytes: PDF.length, checksumSha256: sha256(PDF) };

  beforeAll(async () => {
    s3 = await startFakeS3();
    store = new S3Store({
      bucket: 'files',
      region: 'us-east-1',
      endpoint: s3.url,
      forcePathStyle: true,
      credentials: { accessKeyId: 'AKIDTEST', secretAccessKey: 'test-secret' },
    });
  });
  afterAll(async () => {
    store?.client.destroy();
    await s3?.close();
  });

  it('signs an upload URL that pins the type, the length and the SHA-256 (sent as a header S3 verifies)', async () => {
    const signed = await store.presignPut(key, object, 600);
    const url = new URL(signed.url);
    expect(`${url.origin}${url.pathname}`).toBe(`${s3.url}/files/${key}`);
    expect(url.searchParams.get('X-Amz-Algorithm')).toBe('AWS4-HMAC-SHA256');
    expect(url.searchParams.get('X-Amz-Expires')).toBe('600');
    expect(url.searchParams.get('X-Amz-Credential')).toMatch(/^AKIDTEST\/\d{8}\/us-east-1\/s3\/aws4_request$/);
    expect(url.searchParams.get('X-Amz-SignedHeaders')).toBe('content-length;content-type;host;x-amz-checksum-sha256');
    expect(url.searchParams.get('X-Amz-Signature')).toMatch(/^[0-9a-f]{64}$/);
    expect(url.searchParams.has('x-amz-checksum-sha256')).toBe(false);
    expect(signed.headers).toEqual({
      'Content-Type': 'application/pdf',
      'x-amz-checksum-sha256': Buffer.from(sha256(PDF), 'hex').toString('base64'),
    });

    const response = await put(signed.url, PDF, signed.headers);
    expect(response.status).toBe(200);
    expect(s3.objects.get(`files/${key}`)?.body).toEqual(PDF);
    expect(await store.head(key)).toEqual({ sizeBytes: PDF.length, checksumSha256: sha256(PDF) });
  });

  it('signs a download URL that answers with the declared type and an attachment disposition', async () => {
    const url = new URL(
      await store.presignGet(key, { contentType: 'application/pdf', contentDisposition: 'attachment; filename="a.pdf"' }, 300),
    );
    expect(url.searchParams.get('X-Amz-Expires')).toBe('300');
    expect(url.searchParams.get('response-content-disposition')).toBe('attachment; filename="a.pdf"');
    expect(url.searchParams.get('response-content-type')).toBe('application/pdf');
    const response = await fetch(url);
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="a.pdf"');
    expect(Buffer.from(await response.arrayBuffer())).toEqual(PDF);
  });

  it('put, get, head and delete through the SDK', async () => {
    const other = '11111111-1111-4111-8111-111111111111/33333333-3333-4333-8333-333333333333';
    await store.put(other, Readable.from([PDF]), object);
    const sent = s3.requests.filter((request) => request.method === 'PUT').at(-1)!;
    expect(sent.headers['x-amz-checksum-sha256']).toBe(Buffer.from(sha256(PDF), 'hex').toString('base64'));
    expect(sent.headers['content-type']).toBe('application/pdf');
    const chunks: Buffer[] = [];
    for await (const chunk of await store.get(other)) chunks.push(chunk as Buffer);
    expect(Buffer.concat(chunks)).toEqual(PDF);
    await store.delete(other);
    expect(await store.head(other)).toBeNull();
    await expect(store.get(other)).rejects.toThrow(/no stored object/);
  });

  it('refuses keys that are not <orgId>/<attachmentId>', async () => {
    await expect(store.head('../etc/passwd')).rejects.toThrow(/not a storage key/);
  });
});

describe('attachments with ATTACHMENTS_STORE=s3 (end to end against the fake S3)', () => {
  let app: TestApp;
  let org: TestOrganization;
  let s3: Awaited<ReturnType<typeof startFakeS3>>;
  let server: AppServer;
  let apiUrl: string;

  const query = async <R, V>(actor: Actor, document: TypedDocumentNode<R, V>, variables: V): Promise<GraphQLResponse<R>> => {
    const response = await fetch(apiUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${actor.token}`, 'x-organization-id': actor.orgId! },
      body: JSON.stringify({ query: operationText(document), variables }),
    });
    return { status: response.status, ...((await response.json()) as object) };
  };

  beforeAll(async () => {
    [app, s3] = await Promise.all([startTestApp(), startFakeS3()]);
    org = await createOrganization(app, 'S3Files');
    const config = loadConfig({
      NODE_ENV: 'test',
      AUTH_JWT_SECRET: TEST_JWT_SECRET,
      LOG_LEVEL: 'silent',
      ATTACHMENTS_STORE: 's3',
      S3_BUCKET: 'files',
      S3_ENDPOINT: s3.url,
      S3_FORCE_PATH_STYLE: 'true',
      S3_ACCESS_KEY_ID: 'AKIDTEST',
      S3_SECRET_ACCESS_KEY: 'test-secret',
      ATTACHMENTS_URL_TTL_SECONDS: '120',
    });
    server = await createServer({ config, database: app.database, logger: pino({ level: 'silent' }) });
    apiUrl = `http://127.0.0.1:${await server.listen(0, '127.0.0.1')}/graphql`;
  });
  afterAll(async () => {
    await server?.stop();
    await s3?.close();
    await app?.close();
  });

  it('uploads straight to the bucket with the presigned URL; the first read finds the object and marks it READY', async () => {
    const { contact } = await createContactGraph(org.member);
    const created = await query(org.member, AttachmentCreateUploadDocument, { input: pdfInput(contact) });
    expect(created.errors).toBeUndefined();
    const upload = created.data!.createAttachmentUpload;
    const rowId = decodeGlobalId(upload.attachment.id).id;
    expect(upload.uploadUrl.startsWith(`${s3.url}/files/${org.id}/${rowId}?`)).toBe(true);
    expect(new URL(upload.uploadUrl).searchParams.get('X-Amz-Expires')).toBe('120');
    const headers = Object.fromEntries(upload.uploadHeaders.map((header: { name: string; value: string }) => [header.name, header.value]));

    // Before the bytes arrive: PENDING, no link (the HEAD finds nothing).
    const before = await query(org.viewer, AttachmentNodeDocument, { id: upload.attachment.id });
    expect(before.data!.node).toMatchObject({ status: 'PENDING', downloadUrl: null });

    expect((await put(upload.uploadUrl, PDF, headers)).status).toBe(200);
    const after = await query(org.viewer, AttachmentNodeDocument, { id: upload.attachment.id });
    expect(after.errors).toBeUndefined();
    const node = selected(after.data!.node, 'fileName');
    expect(node.status).toBe('READY');
    const download = new URL(node.downloadUrl!);
    expect(download.searchParams.get('response-content-disposition')).toBe(
      `attachment; filename="Proposal.pdf"; filename*=UTF-8''Proposal.pdf`,
    );
    const response = await fetch(download);
    expect(Buffer.from(await response.arrayBuffer())).toEqual(PDF);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect((await app.owner.query('SELECT status FROM attachments WHERE id = $1', [rowId])).rows[0].status).toBe('READY');
  });

  it('logos and avatars work through the bucket too: direct upload, sniffed on set, copied, served publicly', async () => {
    const raw = async (actor: Actor, text: string, variables: Record<string, unknown>) => {
      const response = await fetch(apiUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${actor.token}`, 'x-organization-id': actor.orgId! },
        body: JSON.stringify({ query: text, variables }),
      });
      const body = (await response.json()) as GraphQLResponse;
      expect(body.errors).toBeUndefined();
      return body.data;
    };
    const upload = async (actor: Actor, field: string) => {
      const data = await raw(
        actor,
        `mutation ($input: CreateImageUploadInput!) { ${field}(input: $input) { attachment { id } uploadUrl uploadHeaders { name value } } }`,
        { input: logoUploadInput() },
      );
      const created = data[field];
      expect(created.uploadUrl.startsWith(`${s3.url}/files/${org.id}/`)).toBe(true);
      const headers = Object.fromEntries(
        created.uploadHeaders.map((header: { name: string; value: string }) => [header.name, header.value]),
      );
      expect((await put(created.uploadUrl, PIXEL_PNG, headers)).status).toBe(200);
      return created.attachment.id as string;
    };

    const logo = await raw(
      org.admin,
      'mutation ($input: SetOrganizationLogoInput!) { setOrganizationLogo(input: $input) { organization { logoUrl } } }',
      { input: { imageId: await upload(org.admin, 'createOrganizationLogoUpload') } },
    );
    const avatar = await raw(org.viewer, 'mutation ($input: UpdateProfileInput!) { updateProfile(input: $input) { user { avatarUrl } } }', {
      input: { avatarId: await upload(org.viewer, 'createAvatarUpload') },
    });
    for (const url of [logo.setOrganizationLogo.organization.logoUrl, avatar.updateProfile.user.avatarUrl] as string[]) {
      expect(url.startsWith(apiUrl.replace('/graphql', '/public/images/'))).toBe(true);
      const response = await fetch(url);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('image/png');
      expect(Buffer.from(await response.arrayBuffer())).toEqual(PIXEL_PNG);
    }
  });
});
