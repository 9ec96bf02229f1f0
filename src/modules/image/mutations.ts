import { tenantOf } from '../../context/index.js';
import { builder } from '../../schema/builder.js';
import { payloadType } from '../../schema/resource.js';
import { parseInput } from '../../schema/validation.js';
import { HttpHeaderType } from '../attachment/mutations.js';
import { AttachmentType } from '../attachment/types.js';
import { OrganizationType } from '../organization/types.js';
import { CreateImageUploadInput, SetOrganizationLogoInput, createImageUploadSchema, setOrganizationLogoSchema } from './inputs.js';
import { createImageUpload, uploadedImage, type ImageUpload } from './service.js';

const CreateImageUploadPayload = builder.objectRef<ImageUpload>('CreateImageUploadPayload').implement({
  description:
    "Send the image's bytes with `PUT uploadUrl`, with uploadHeaders, before uploadExpiresAt; then setOrganizationLogo(imageId: " +
    'attachment.id) or updateProfile(avatarId: attachment.id).',
  fields: (t) => ({
    attachment: t.field({ type: AttachmentType, resolve: (payload) => payload.attachment }),
    uploadUrl: t.exposeString('uploadUrl'),
    uploadHeaders: t.field({ type: [HttpHeaderType], resolve: (payload) => payload.uploadHeaders }),
    uploadExpiresAt: t.expose('uploadExpiresAt', { type: 'DateTime' }),
  }),
});

builder.mutationField('createOrganizationLogoUpload', (t) =>
  t.field({
    type: CreateImageUploadPayload,
    description:
      'Registers an image for the organization logo (an attachment on no record, status PENDING) and returns where to upload ' +
      'its bytes, exactly as createAttachmentUpload: PNG, JPEG or WebP, at most 2 MiB; size and SHA-256 are enforced on upload.',
    args: { input: t.arg({ type: CreateImageUploadInput, required: true }) },
    resolve: (_root, { input }, ctx) => createImageUpload(ctx, 'logo', parseInput(createImageUploadSchema, input)),
  }),
);

builder.mutationField('createAvatarUpload', (t) =>
  t.field({
    type: CreateImageUploadPayload,
    description:
      'Registers an image for your avatar in the organization named by X-Organization-Id (any member) and returns where to ' +
      'upload its bytes; updateProfile(avatarId: attachment.id) then makes it yours. PNG, JPEG or WebP, at most 2 MiB.',
    args: { input: t.arg({ type: CreateImageUploadInput, required: true }) },
    resolve: (_root, { input }, ctx) => createImageUpload(ctx, 'avatar', parseInput(createImageUploadSchema, input)),
  }),
);

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
      if (imageId) await uploadedImage(ctx, imageId, 'imageId');
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
