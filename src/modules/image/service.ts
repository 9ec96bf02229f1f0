import { randomUUID } from 'node:crypto';
import type { Attachment } from '../../generated/prisma/client.js';
import { tenantOf, type Context } from '../../context/index.js';
import { badInput, imageContentMismatch, imageNotUploaded } from '../../schema/errors.js';
import { FILE_COLUMNS } from '../attachment/service.js';
import { storageKeyOf } from '../attachment/store.js';
import {
  IMAGE_EXTENSION,
  MAX_IMAGE_BYTES,
  RECORD_COLUMNS,
  isImageContentType,
  readHead,
  sniffImageType,
  type ImageContentType,
} from './sniff.js';

export interface ImageUpload {
  attachment: Attachment;
  uploadUrl: string;
  uploadHeaders: { name: string; value: string }[];
  uploadExpiresAt: Date;
}

/** A pending image attachment on no record (`<name>.<ext>`), and where to PUT its bytes: the attachment flow. */
export async function createImageUpload(
  ctx: Context,
  name: 'logo' | 'avatar',
  declared: { contentType: ImageContentType; sizeBytes: number; checksumSha256: string },
): Promise<ImageUpload> {
  const id = randomUUID();
  const orgId = tenantOf(ctx).orgId;
  const attachment = await ctx.prisma.attachment.create({
    data: {
      id,
      orgId,
      uploadedById: ctx.viewer!.userId,
      fileName: `${name}.${IMAGE_EXTENSION[declared.contentType]}`,
      ...declared,
      storageKey: storageKeyOf(orgId, id),
    },
  });
  const upload = await ctx.attachments.uploadLink(attachment, ctx.viewer!.userId);
  return {
    attachment,
    uploadUrl: upload.url,
    uploadHeaders: Object.entries(upload.headers).map(([header, value]) => ({ name: header, value })),
    uploadExpiresAt: upload.expiresAt,
  };
}

/** An attachment on no record: what the image uploads make (record files never become logos or avatars). */
const IMAGE_COLUMNS = { ...FILE_COLUMNS, ...RECORD_COLUMNS, uploadedById: true } as const;

/**
 * The uploaded image `imageId` of the request's organization (read under RLS: another
 * organization's is not found), READY, and whose first bytes in the store are the declared type.
 */
export async function uploadedImage(ctx: Context, imageId: string, field: string) {
  const orgId = tenantOf(ctx).orgId;
  const image = await ctx.prisma.attachment.findUnique({ where: { orgId_id: { orgId, id: imageId } }, select: IMAGE_COLUMNS });
  if (!image || image.deletedAt) throw badInput(`${field} does not name an image of this organization`, field);
  if (image.contactId ?? image.companyId ?? image.dealId ?? image.leadId ?? image.listingId) {
    throw badInput(`${field} must be an uploaded image, not a file on a record`, field);
  }
  if (!isImageContentType(image.contentType) || image.sizeBytes > MAX_IMAGE_BYTES) {
    throw badInput(`${field} is not a PNG, JPEG or WebP image of at most 2 MiB`, field);
  }
  if (image.status !== 'READY' && !(await ctx.attachments.uploadArrived(ctx, image))) throw imageNotUploaded(field);
  const found = sniffImageType(await readHead(ctx.attachments.service.store, image.storageKey));
  if (found !== image.contentType) throw imageContentMismatch(image.contentType, found, field);
  return { ...image, contentType: found };
}

/**
 * Sets (an uploaded image of yours) or clears your avatar. An avatar is the user's, not an
 * organization's: its bytes are copied to `<user id>/<new avatar id>` in the store and described
 * on the users row (app.set_avatar), so no organization's purge or RLS touches it; the upload's
 * attachment is deleted (the attachment purge removes it). The previous avatar's bytes stay until
 * the request commits: app.set_avatar queues their deletion (delete_avatar_object) in this
 * transaction, so a rolled-back change leaves the old avatar served whole.
 */
export async function setAvatar(ctx: Context, imageId: string | null): Promise<void> {
  const userId = ctx.viewer!.userId;
  const store = ctx.attachments.service.store;
  if (imageId === null) {
    await ctx.prisma.$queryRaw`SELECT app.set_avatar(NULL, NULL, NULL, NULL) IS NULL AS done`;
    return;
  }
  const image = await uploadedImage(ctx, imageId, 'avatarId');
  if (image.uploadedById !== userId) throw badInput('avatarId must be an image you uploaded (createAvatarUpload)', 'avatarId');
  const avatarId = randomUUID();
  await store.put(storageKeyOf(userId, avatarId), await store.get(image.storageKey), image);
  await ctx.prisma.$queryRaw`
    SELECT app.set_avatar(${avatarId}::uuid, ${image.contentType}, ${image.sizeBytes}::int, ${image.checksumSha256}) IS NULL AS done`;
  await ctx.prisma.attachment.updateMany({ where: { id: image.id, deletedAt: null }, data: { deletedAt: new Date() } });
}
