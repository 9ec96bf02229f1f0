import { createHash } from 'node:crypto';
import { restore, softDelete, tag, type Fixtures, type OperationSet } from '../role-fixtures.js';

const CREATE_UPLOAD =
  'mutation ($input: CreateAttachmentUploadInput!) { createAttachmentUpload(input: $input) { attachment { id } uploadUrl } }';

const BYTES = 'role matrix\n';

/** A minimal upload of a small text file on a record. */
export const uploadInput = (recordId: string) => ({
  fileName: `notes-${tag()}.txt`,
  contentType: 'text/plain',
  sizeBytes: Buffer.byteLength(BYTES),
  checksumSha256: createHash('sha256').update(BYTES).digest('hex'),
  recordId,
});

/** A fresh (pending) attachment created by the OWNER; returns its global id. */
const attachment = async (fx: Fixtures) =>
  (await fx.must(CREATE_UPLOAD, { input: uploadInput(fx.sharedContactId) })).createAttachmentUpload.attachment.id as string;

/** Role-matrix operations of the attachment module: one minimal, valid call per root field. */
export const operations: OperationSet = {
  Query: {
    attachments: { query: '{ attachments(first: 1) { totalCount } }' },
  },
  Mutation: {
    createAttachmentUpload: { query: CREATE_UPLOAD, variables: async (fx) => ({ input: uploadInput(fx.sharedContactId) }) },
    deleteAttachment: { query: softDelete('Attachment'), variables: async (fx) => ({ input: { id: await attachment(fx) } }) },
    restoreAttachment: {
      query: restore('Attachment'),
      variables: async (fx) => {
        const id = await attachment(fx);
        await fx.must(softDelete('Attachment'), { input: { id } });
        return { input: { id } };
      },
    },
  },
};
