import { z } from 'zod';
import { builder } from '../../schema/builder.js';
import { given, globalId, text } from '../../schema/validation.js';
import { MembershipRoleEnum } from '../organization/types.js';

export const CreateApiKeyInput = builder.inputType('CreateApiKeyInput', {
  fields: (f) => ({
    name: f.string({ required: true, description: '1 to 100 characters, e.g. the partner and what it syncs.' }),
    role: f.field({ type: MembershipRoleEnum, required: true, description: 'VIEWER, MEMBER or ADMIN (never OWNER).' }),
    expiresAt: f.field({ type: 'DateTime', description: 'After this instant the key stops working; null: never.' }),
  }),
});

export const createApiKeySchema = z.object({
  name: text({ min: 1, max: 100 }),
  role: given<typeof MembershipRoleEnum.$inferInput>().transform((role, ctx) => {
    if (role !== 'OWNER') return role;
    ctx.addIssue({ code: 'custom', message: '{field} must be VIEWER, MEMBER or ADMIN: an API key is never an OWNER' });
    return z.NEVER;
  }),
  expiresAt: given<Date | null>()
    .optional()
    .refine((at) => at == null || at.getTime() > Date.now(), { message: '{field} must be in the future' }),
});

export const apiKeyIdSchema = z.object({ id: globalId('ApiKey') });
