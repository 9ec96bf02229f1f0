import { z } from 'zod';
import { builder } from '../../schema/builder.js';
import { globalId } from '../../schema/validation.js';
import { contentTypeEssence, fileSizeRule, sha256Rule } from '../attachment/policy.js';
import { IMAGE_CONTENT_TYPES, MAX_IMAGE_BYTES, isImageContentType } from './sniff.js';

export const CreateImageUploadInput = builder.inputType('CreateImageUploadInput', {
  fields: (t) => ({
    contentType: t.string({
      required: true,
      description: 'image/png, image/jpeg or image/webp; the bytes must be one (checked when set).',
    }),
    sizeBytes: t.int({ required: true, description: 'The exact size, at most 2 MiB (2097152 bytes); the upload must match it.' }),
    checksumSha256: t.string({ required: true, description: 'SHA-256 of the bytes as 64 hex digits; the upload must match it.' }),
  }),
});

export const SetOrganizationLogoInput = builder.inputType('SetOrganizationLogoInput', {
  fields: (t) => ({
    imageId: t.id({
      required: false,
      description: 'The Attachment of a READY createOrganizationLogoUpload; null clears the logo.',
    }),
  }),
});

const imageContentTypeRule = z.string().transform((value, ctx) => {
  const essence = contentTypeEssence(value);
  if (isImageContentType(essence)) return essence;
  ctx.addIssue({
    code: 'custom',
    message: `{field} ${JSON.stringify(essence)} is not allowed for an image; allowed: ${IMAGE_CONTENT_TYPES.join(', ')}`,
  });
  return z.NEVER;
});

export const createImageUploadSchema = z.object({
  contentType: imageContentTypeRule,
  sizeBytes: fileSizeRule(MAX_IMAGE_BYTES),
  checksumSha256: sha256Rule,
});

export const setOrganizationLogoSchema = z.object({ imageId: globalId('Attachment').nullish() });
