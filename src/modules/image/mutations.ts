import { randomUUID } from 'node:crypto';
import type { Attachment } from '../../generated/prisma/client.js';
import { tenantOf } from '../../context/index.js';
import { builder } from '../../schema/builder.js';
import { badInput, imageContentMismatch, imageNotUploaded } from '../../schema/errors.js';
import { payloadType } from '../../schema/resource.js';
import { parseInput } from '../../schema/validation.js';
import { HttpHeaderType } from '../attachment/mutations.js';
import { FILE_COLUMNS } from '../attachment/service.js';
import { storageKeyOf } from '../attachment/store.js';
import { AttachmentType } from '../attachment/types.js';
import { OrganizationType } from '../organization/types.js';
import {
  CreateOrganizationLogoUploadInput,
  SetOrganizationLogoInput,
  createOrganizationLogoUploadSchema,
  setOrganizationLogoSchema,
} from './inputs.js';
import { IMAGE_EXTENSION, MAX_IMAGE_BYTES, isImageContentType, readHead, sniffImageType } from './sniff.js';

const CreateOrganizationLogoUploadPayload = builder
  .objectRef<{ attachment: Attachment; uploadUrl: string; uploadHeaders: { name: string; value: string }[]; uploadExpiresAt: Date }>(
    'CreateOrganizationLogoUploadPayload',
  )
  .implement({
    description:
      "Send the image's bytes with `PUT uploadUrl`, with uploadHeaders, before uploadExpiresAt; then setOrganizationLogo(imageId: attachment.id).",
    fields: (t) => ({
      attachment: t.field({ type: AttachmentType, resolve: (payload) => payload.attachment }),
      uploadUrl: t.exposeString('uploadUrl'),
      uploadHeaders: t.field({ type: [HttpHeaderType], resolve: (payload) => payload.uploadHeaders }),
      uploadExpiresAt: t.expose('uploadExpiresAt', { type: 'DateTime' }),
    }),
  });

builder.mutationField('createOrganizationLogoUpload', (t) =>
  t.field({
    type: CreateOrganizationLogoUploadPayload,
    description:
      'Registers an image for the organization logo (an attachment on no record, status PENDING) and returns where to upload ' +
      'its bytes, exactly as createAttachmentUpload: PNG, JPEG or WebP, at most 2 MiB; size and SHA-256 are enforced on upload.',
    args: { input: t.arg({ type: CreateOrganizationLogoUploadInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const { contentType, sizeBytes, checksumSha256 } = parseInput(createOrganizationLogoUploadSchema, input);
      const id = randomUUID();
      const orgId = tenantOf(ctx).orgId;
      const attachment = await ctx.prisma.attachment.create({
        data: {
          id,
          orgId,
          uploadedById: ctx.viewer!.userId,
          fileName: `logo.${IMAGE_EXTENSION[contentType]}`,
          contentType,
          sizeBytes,
          checksumSha256,
          storageKey: storageKeyOf(orgId, id),
        },
      });
      const upload = await ctx.attachments.uploadLink(attachment, ctx.viewer!.userId);
      return {
        attachment,
        uploadUrl: upload.url,
        uploadHeaders: Object.entries(upload.headers).map(([name, value]) => ({ name, value })),
        uploadExpiresAt: upload.expiresAt,
      };
    },
  }),
);

/** An attachment on no record: what createOrganizationLogoUpload makes (record files never become logos). */
const IMAGE_COLUMNS = { ...FILE_COLUMNS, contactId: true, companyId: true, dealId: true, leadId: true, listingId: true } as const;

builder.mutationField('setOrganizationLogo', (t) =>
  t.field({
    type: payloadType('SetOrganizationLogoPayload', OrganizationType, 'organization'),
    description:
      'Sets the logo to an uploaded image (createOrganizationLogoUpload), or clears it with imageId null. The bytes must be ' +
      'the declared PNG, JPEG or WebP (IMAGE_CONTENT_MISMATCH otherwise). The previous logo stops being served at once and ' +
      'is deleted, so the attachment purge removes its bytes.',
    args: { input: t.arg({ type: SetOrganizationLogoInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const { imageId } = parseInput(setOrganizationLogoSchema, input);
      const orgId = tenantOf(ctx).orgId;
      if (imageId) {
        // Read under RLS: another organization's image is not found.
        const image = await ctx.prisma.attachment.findUnique({ where: { orgId_id: { orgId, id: imageId } }, select: IMAGE_COLUMNS });
        if (!image || image.deletedAt) throw badInput('imageId does not name an image of this organization', 'imageId');
        if (image.contactId ?? image.companyId ?? image.dealId ?? image.leadId ?? image.listingId) {
          throw badInput('imageId must be an image of createOrganizationLogoUpload, not a file on a record', 'imageId');
        }
        if (!isImageContentType(image.contentType) || image.sizeBytes > MAX_IMAGE_BYTES) {
          throw badInput('imageId is not a PNG, JPEG or WebP image of at most 2 MiB', 'imageId');
        }
        if (image.status !== 'READY' && !(await ctx.attachments.uploadArrived(ctx, image))) throw imageNotUploaded();
        const found = sniffImageType(await readHead(ctx.attachments.service.store, image.storageKey));
        if (found !== image.contentType) throw imageContentMismatch(image.contentType, found);
      }
      // FOR UPDATE: two concurrent changes each retire the logo they replaced, none is left behind.
      const [current] = await ctx.prisma.$queryRaw<{ logo_id: string | null }[]>`
        SELECT logo_id FROM organizations WHERE id = ${orgId}::uuid FOR UPDATE`;
      const organization = await ctx.prisma.organization.update({ where: { id: orgId }, data: { logoId: imageId ?? null } });
      const previous = current?.logo_id;
      if (previous && previous !== imageId) {
        await ctx.prisma.attachment.updateMany({ where: { orgId, id: previous, deletedAt: null }, data: { deletedAt: new Date() } });
      }
      return { organization };
    },
  }),
);
