import { randomUUID } from 'node:crypto';
import { decodeGlobalID } from '@pothos/plugin-relay';
import type { Attachment } from '../../generated/prisma/client.js';
import { builder } from '../../schema/builder.js';
import { blameBrokenReference } from '../../schema/error-mapping.js';
import { badInput } from '../../schema/errors.js';
import { parseGlobalId } from '../../schema/global-ids.js';
import { defineSoftDeleteMutations } from '../../schema/resource.js';
import { allowedContentType, fileSize, sanitizeFileName, sha256Hex } from './policy.js';
import { attachmentsOf } from './service.js';
import { storageKeyOf } from './store.js';
import { ATTACHABLE, AttachmentType, type AttachableTypename } from './types.js';

export const HttpHeaderType = builder.objectRef<{ name: string; value: string }>('HttpHeader').implement({
  description: 'A request header, e.g. for an upload URL.',
  fields: (t) => ({ name: t.exposeString('name'), value: t.exposeString('value') }),
});

const CreateAttachmentUploadInput = builder.inputType('CreateAttachmentUploadInput', {
  fields: (t) => ({
    fileName: t.string({ required: true, description: 'The name to show and to save the file under (any path is dropped).' }),
    contentType: t.string({ required: true, description: 'application/pdf, image/png, image/jpeg, image/gif, image/webp, text/plain, text/csv, docx, xlsx, pptx or application/zip.' }),
    sizeBytes: t.int({ required: true, description: 'The exact size; the upload must match it.' }),
    checksumSha256: t.string({ required: true, description: 'SHA-256 of the bytes as 64 hex digits; the upload must match it.' }),
    recordId: t.id({ required: true, description: 'The Contact, Company, Deal, Lead or Listing the file belongs to.' }),
  }),
});

const CreateAttachmentUploadPayload = builder
  .objectRef<{ attachment: Attachment; uploadUrl: string; uploadHeaders: { name: string; value: string }[]; uploadExpiresAt: Date }>(
    'CreateAttachmentUploadPayload',
  )
  .implement({
    description: 'Send the file\'s bytes with `PUT uploadUrl`, with uploadHeaders, before uploadExpiresAt; the attachment is READY once they arrived.',
    fields: (t) => ({
      attachment: t.field({ type: AttachmentType, resolve: (payload) => payload.attachment }),
      uploadUrl: t.exposeString('uploadUrl'),
      uploadHeaders: t.field({ type: [HttpHeaderType], resolve: (payload) => payload.uploadHeaders }),
      uploadExpiresAt: t.expose('uploadExpiresAt', { type: 'DateTime' }),
    }),
  });

/** The linked record's column and uuid, from a global id of one of the attachable types. */
function recordLink(recordId: string): Record<string, string> {
  let typename: string;
  try {
    typename = decodeGlobalID(recordId).typename;
  } catch {
    typename = '';
  }
  if (!Object.hasOwn(ATTACHABLE, typename)) {
    throw badInput(`recordId must be the id of a ${Object.keys(ATTACHABLE).join(', ')}`, 'recordId');
  }
  return { [ATTACHABLE[typename as AttachableTypename]]: parseGlobalId(recordId, typename, 'recordId') };
}

builder.mutationField('createAttachmentUpload', (t) =>
  t.field({
    type: CreateAttachmentUploadPayload,
    description:
      'Registers a file on a record (status PENDING) and returns where to upload its bytes. The size, type and SHA-256 declared here are enforced on upload.',
    args: { input: t.arg({ type: CreateAttachmentUploadInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const attachments = attachmentsOf(ctx);
      const contentType = allowedContentType(input.contentType);
      const fileName = sanitizeFileName(input.fileName, contentType);
      const sizeBytes = fileSize(input.sizeBytes, attachments.settings.maxBytes);
      const checksumSha256 = sha256Hex(input.checksumSha256);
      const link = recordLink(String(input.recordId));
      const id = randomUUID();
      const orgId = ctx.orgId!;
      const storageKey = storageKeyOf(orgId, id);
      // The composite foreign key refuses a record of another organization (or none at all).
      const attachment = await blameBrokenReference(
        ctx.prisma.attachment.create({
          data: { id, orgId, uploadedById: ctx.viewer!.userId, fileName, contentType, sizeBytes, checksumSha256, storageKey, ...link },
        }),
        () => ({ field: 'recordId', message: 'recordId does not name a record of this organization' }),
      );
      const upload = await attachments.uploadLink(attachment, ctx.viewer!.userId);
      return {
        attachment,
        uploadUrl: upload.url,
        uploadHeaders: Object.entries(upload.headers).map(([name, value]) => ({ name, value })),
        uploadExpiresAt: upload.expiresAt,
      };
    },
  }),
);

defineSoftDeleteMutations({ type: 'Attachment', ref: AttachmentType, delegate: 'attachment', field: 'attachment' });
