import { randomUUID } from 'node:crypto';
import type { Attachment } from '../../generated/prisma/client.js';
import { builder } from '../../schema/builder.js';
import { blameBrokenReference } from '../../schema/error-mapping.js';
import { defineSoftDeleteMutations } from '../../schema/resource.js';
import { parseInput } from '../../schema/validation.js';
import { CreateAttachmentUploadInput, createUploadSchema } from './inputs.js';
import { storageKeyOf } from './store.js';
import { AttachmentType } from './types.js';
import { tenantOf } from '../../context/index.js';

export const HttpHeaderType = builder.objectRef<{ name: string; value: string }>('HttpHeader').implement({
  description: 'A request header, e.g. for an upload URL.',
  fields: (t) => ({ name: t.exposeString('name'), value: t.exposeString('value') }),
});

const CreateAttachmentUploadPayload = builder
  .objectRef<{ attachment: Attachment; uploadUrl: string; uploadHeaders: { name: string; value: string }[]; uploadExpiresAt: Date }>(
    'CreateAttachmentUploadPayload',
  )
  .implement({
    description:
      "Send the file's bytes with `PUT uploadUrl`, with uploadHeaders, before uploadExpiresAt; the attachment is READY once they arrived.",
    fields: (t) => ({
      attachment: t.field({ type: AttachmentType, resolve: (payload) => payload.attachment }),
      uploadUrl: t.exposeString('uploadUrl'),
      uploadHeaders: t.field({ type: [HttpHeaderType], resolve: (payload) => payload.uploadHeaders }),
      uploadExpiresAt: t.expose('uploadExpiresAt', { type: 'DateTime' }),
    }),
  });

builder.mutationField('createAttachmentUpload', (t) =>
  t.field({
    type: CreateAttachmentUploadPayload,
    description:
      'Registers a file on a record (status PENDING) and returns where to upload its bytes. The size, type and SHA-256 declared here are enforced on upload.',
    args: { input: t.arg({ type: CreateAttachmentUploadInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const attachments = ctx.attachments;
      const { contentType, fileName, sizeBytes, checksumSha256, link } = parseInput(
        createUploadSchema(attachments.settings.maxBytes),
        input,
      );
      const id = randomUUID();
      const orgId = tenantOf(ctx).orgId;
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
