import { builder } from '../../schema/builder.js';
import { payloadType } from '../../schema/resource.js';
import { parseInput } from '../../schema/validation.js';
import { apiKeyIdSchema, CreateApiKeyInput, createApiKeySchema } from './inputs.js';
import * as service from './service.js';
import { ApiKeyType } from './types.js';

const SECRET_DESCRIPTION = 'The secret, shown this once: store it now. Send it as `Authorization: Bearer <secret>`.';

const ApiKeyWithSecretPayload = (name: string) =>
  builder.objectRef<{ secret: string; apiKey: { id: string } }>(name).implement({
    fields: (t) => ({
      secret: t.exposeString('secret', { description: SECRET_DESCRIPTION }),
      apiKey: t.field({ type: ApiKeyType, resolve: (payload) => payload.apiKey }),
    }),
  });

builder.mutationField('createApiKey', (t) =>
  t.field({
    type: ApiKeyWithSecretPayload('CreateApiKeyPayload'),
    description:
      'Creates an API key for this organization acting with `role` (VIEWER, MEMBER or ADMIN; never OWNER). The secret begins ' +
      'with cf_ and is returned only here; only its hash is kept. ADMIN and OWNER, signed in as a person.',
    args: { input: t.arg({ required: true, type: CreateApiKeyInput }) },
    resolve: (_root, { input }, ctx) => service.createApiKey(ctx, parseInput(createApiKeySchema, input)),
  }),
);

builder.mutationField('rotateApiKey', (t) =>
  t.field({
    type: ApiKeyWithSecretPayload('RotateApiKeyPayload'),
    description: 'Replaces the secret of a key (same id, name and role); the old secret stops working when this returns.',
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, args, ctx) => service.rotateApiKey(ctx, parseInput(apiKeyIdSchema, args).id),
  }),
);

builder.mutationField('revokeApiKey', (t) =>
  t.field({
    type: payloadType('RevokeApiKeyPayload', ApiKeyType, 'apiKey'),
    description: 'Stops a key for good (idempotent). Requests with it are UNAUTHENTICATED from then on.',
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, args, ctx) => ({ apiKey: await service.revokeApiKey(ctx, parseInput(apiKeyIdSchema, args).id) }),
  }),
);
