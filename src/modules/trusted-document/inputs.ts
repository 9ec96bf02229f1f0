import { z } from 'zod';
import { builder } from '../../schema/builder.js';
import { globalId } from '../../schema/validation.js';

/** How many documents one call registers: a partner's whole set at once, one transaction. */
export const MAX_DOCUMENTS_PER_CALL = 50;
/** A document's size: the largest operation in src/operations is under 2 KiB; 64 KiB is generous. */
export const MAX_DOCUMENT_BYTES = 64 * 1024;

export const RegisterTrustedDocumentsInput = builder.inputType('RegisterTrustedDocumentsInput', {
  fields: (f) => ({
    documents: f.stringList({
      required: true,
      description: `1 to ${MAX_DOCUMENTS_PER_CALL} GraphQL documents, each at most ${MAX_DOCUMENT_BYTES / 1024} KiB, its operations named.`,
    }),
  }),
});

export const registerTrustedDocumentsSchema = z.object({
  documents: z
    .array(z.string())
    .min(1, '{field} must hold at least one document')
    .max(MAX_DOCUMENTS_PER_CALL, `{field} may hold at most ${MAX_DOCUMENTS_PER_CALL} documents`)
    .refine((documents) => documents.every((body) => Buffer.byteLength(body, 'utf8') <= MAX_DOCUMENT_BYTES), {
      message: `{field}: each document may be at most ${MAX_DOCUMENT_BYTES / 1024} KiB`,
    }),
});

export const trustedDocumentIdSchema = z.object({ id: globalId('TrustedDocument') });
