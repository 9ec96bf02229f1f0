import { decodeGlobalID } from '@pothos/plugin-relay';
import { z } from 'zod';
import { builder } from '../../schema/builder.js';
import { parseGlobalId } from '../../schema/global-ids.js';
import { contentTypeRule, fileSizeRule, sanitizeFileName, sha256Rule } from './policy.js';
import { ATTACHABLE, type AttachableTypename } from './types.js';

export const CreateAttachmentUploadInput = builder.inputType('CreateAttachmentUploadInput', {
  fields: (t) => ({
    fileName: t.string({ required: true, description: 'The name to show and to save the file under (any path is dropped).' }),
    contentType: t.string({
      required: true,
      description:
        'application/pdf, image/png, image/jpeg, image/gif, image/webp, text/plain, text/csv, docx, xlsx, pptx or application/zip.',
    }),
    sizeBytes: t.int({ required: true, description: 'The exact size; the upload must match it.' }),
    checksumSha256: t.string({ required: true, description: 'SHA-256 of the bytes as 64 hex digits; the upload must match it.' }),
    recordId: t.id({
      description: 'The Contact, Company, Deal, Lead or Listing the file belongs to; omitted for a file on no record (a CSV to import).',
    }),
  }),
});

const isAttachable = (typename: string): typename is AttachableTypename => Object.hasOwn(ATTACHABLE, typename);

/** The linked record's column and uuid, from a global id of one of the attachable types. */
const recordLink = z.string().transform((recordId, ctx) => {
  let typename = '';
  try {
    typename = decodeGlobalID(recordId).typename;
  } catch {
    // reported below, like any other type
  }
  if (isAttachable(typename)) {
    try {
      return { [ATTACHABLE[typename]]: parseGlobalId(recordId, typename, 'recordId') };
    } catch {
      ctx.addIssue({ code: 'custom', message: `{field} is not a valid ${typename} id` });
      return z.NEVER;
    }
  }
  ctx.addIssue({ code: 'custom', message: `{field} must be the id of a ${Object.keys(ATTACHABLE).join(', ')}` });
  return z.NEVER;
});

/** createAttachmentUpload's input; the size limit is the deployment's (attachments.settings.maxBytes). */
export function createUploadSchema(maxBytes: number) {
  return z
    .object({
      contentType: contentTypeRule,
      fileName: z.string(),
      sizeBytes: fileSizeRule(maxBytes),
      checksumSha256: sha256Rule,
      // No record: a file of the organization alone (a CSV for importContacts and the like).
      recordId: recordLink.nullish().transform((link) => link ?? {}),
    })
    .transform(({ fileName, recordId, ...upload }, ctx) => {
      const sanitized = sanitizeFileName(fileName, upload.contentType);
      if ('problem' in sanitized) {
        ctx.addIssue({ code: 'custom', message: sanitized.problem, path: ['fileName'] });
        return z.NEVER;
      }
      return { ...upload, fileName: sanitized.name, link: recordId };
    });
}
