import { createHash } from 'node:crypto';
import type { Actor } from '../app.js';
import { createContactGraph, idInput, run, unique, type TenantType } from '../tenant-kit.js';

export const CREATE_ATTACHMENT_UPLOAD = /* GraphQL */ `
  mutation CreateAttachmentUpload($input: CreateAttachmentUploadInput!) {
    createAttachmentUpload(input: $input) {
      attachment {
        id
      }
    }
  }
`;

const BYTES = 'isolation matrix\n';

const uploadInput = (recordId: string) => ({
  fileName: `${unique('notes').replace(' ', '-')}.txt`,
  contentType: 'text/plain',
  sizeBytes: Buffer.byteLength(BYTES),
  checksumSha256: createHash('sha256').update(BYTES).digest('hex'),
  recordId,
});

/** A (pending) attachment on a new contact, uploaded by the actor. */
async function createAttachment(actor: Actor): Promise<string> {
  const { contact } = await createContactGraph(actor);
  const data = await run(actor, CREATE_ATTACHMENT_UPLOAD, { input: uploadInput(contact) });
  return data.createAttachmentUpload.attachment.id;
}

const RECORD = 'record { ... on Contact { id } ... on Company { id } ... on Deal { id } ... on Lead { id } ... on Listing { id } }';

/** Tenant types of the attachment module, for the isolation matrix (see tests/helpers/tenant-kit.ts). */
export const tenantTypes: TenantType[] = [
  {
    typename: 'Attachment',
    table: 'attachments',
    rootList: 'attachments',
    filterable: true,
    softDelete: true,
    selection: `id uploadedBy { id } ${RECORD}`,
    nestedTypes: ['Attachment', 'User', 'Contact'],
    create: (actor) => createAttachment(actor),
    // Attachments are not edited: a different file is a new attachment.
    remove: idInput('deleteAttachment'),
    restore: idInput('restoreAttachment'),
    // recordId names any attachable record; another organization's fails on the composite key.
    references: (['Contact', 'Company', 'Deal', 'Lead', 'Listing'] as const).map((target) => ({
      name: `createAttachmentUpload with a ${target} recordId`,
      target,
      field: 'createAttachmentUpload',
      inputType: 'CreateAttachmentUploadInput',
      input: (foreign: string) => uploadInput(foreign),
    })),
  },
];
