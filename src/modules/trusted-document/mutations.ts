import { builder } from '../../schema/builder.js';
import { parseInput } from '../../schema/validation.js';
import { RegisterTrustedDocumentsInput, registerTrustedDocumentsSchema, trustedDocumentIdSchema } from './inputs.js';
import * as service from './service.js';
import { TrustedDocumentType } from './types.js';

const RegisterTrustedDocumentsPayload = builder.objectRef<{ trustedDocuments: { id: string }[] }>('RegisterTrustedDocumentsPayload');
RegisterTrustedDocumentsPayload.implement({
  fields: (t) => ({
    trustedDocuments: t.field({
      type: [TrustedDocumentType],
      description: 'One per document sent, in the same order (a document registered before comes back as it was).',
      resolve: (payload) => payload.trustedDocuments,
    }),
  }),
});

builder.mutationField('registerTrustedDocuments', (t) =>
  t.field({
    type: RegisterTrustedDocumentsPayload,
    description:
      'Lets this organization\'s API keys run these documents by documentId (README "Trusted documents"). Each must ' +
      'validate against the schema and fit the limits with every page at its largest; one that does not refuses the ' +
      'whole call (BAD_USER_INPUT naming it). Registering a document again changes nothing. ADMIN and OWNER, as a person.',
    args: { input: t.arg({ required: true, type: RegisterTrustedDocumentsInput }) },
    resolve: async (_root, { input }, ctx, info) => ({
      trustedDocuments: await service.registerTrustedDocuments(
        ctx,
        info.schema,
        parseInput(registerTrustedDocumentsSchema, input).documents,
      ),
    }),
  }),
);

const RemoveTrustedDocumentPayload = builder.objectRef<{ removedTrustedDocumentId: string }>('RemoveTrustedDocumentPayload');
RemoveTrustedDocumentPayload.implement({ fields: (t) => ({ removedTrustedDocumentId: t.exposeID('removedTrustedDocumentId') }) });

builder.mutationField('removeTrustedDocument', (t) =>
  t.field({
    type: RemoveTrustedDocumentPayload,
    description: 'Stops keys running a registered document: from the next request, its documentId is PERSISTED_QUERY_NOT_FOUND.',
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, args, ctx) => {
      await service.removeTrustedDocument(ctx, parseInput(trustedDocumentIdSchema, args).id);
      return { removedTrustedDocumentId: String(args.id) };
    },
  }),
);
