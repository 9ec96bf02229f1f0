import { newApiKeySecret } from '../../auth/api-key-secret.js';
import type { Role } from '../../auth/permissions.js';
import { tenantOf, type Context } from '../../context/index.js';
import { lockRowForUpdate } from '../../db/row-locks.js';
import { badInput, forbidden, notFound } from '../../schema/errors.js';
import { tenantKey } from '../../context/tenant-key.js';

/** Keys are managed by people: a key that could mint or rotate keys would outlive its own revocation. */
function assertPerson(ctx: Context) {
  if (tenantOf(ctx).viewer.apiKeyId) throw forbidden('An API key cannot create, rotate or revoke API keys; sign in as an ADMIN');
}

/**
 * A new key: its service-account user (app.create_api_key_account, which checks again that the
 * caller is an OWNER or ADMIN person here), that account's membership with the key's role (roles
 * live in memberships, for keys as for people), and the key row with the secret's hash.
 */
export async function createApiKey(ctx: Context, input: { name: string; role: Exclude<Role, 'OWNER'>; expiresAt?: Date | null }) {
  assertPerson(ctx);
  const { orgId } = tenantOf(ctx);
  const [account] = await ctx.prisma.$queryRaw<{ id: string }[]>`SELECT app.create_api_key_account(${input.name}) AS id`;
  await ctx.prisma.membership.create({ data: { orgId, userId: account!.id, role: input.role } });
  const { secret, prefix, secretHash } = newApiKeySecret();
  const apiKey = await ctx.prisma.apiKey.create({
    data: { orgId, userId: account!.id, name: input.name, prefix, secretHash, expiresAt: input.expiresAt ?? null },
  });
  return { secret, apiKey };
}

async function lockedKey(ctx: Context, id: string) {
  assertPerson(ctx);
  await lockRowForUpdate(ctx, 'api_keys', id);
  const key = await ctx.prisma.apiKey.findFirst({ where: { id, orgId: tenantOf(ctx).orgId } });
  if (!key) throw notFound('API key');
  return key;
}

/** A new secret for the same key (same id, role and history); the old secret stops working when this commits. */
export async function rotateApiKey(ctx: Context, id: string) {
  const key = await lockedKey(ctx, id);
  if (key.revokedAt) throw badInput('This API key is revoked; create a new one', 'id');
  const { secret, prefix, secretHash } = newApiKeySecret();
  const apiKey = await ctx.prisma.apiKey.update({ where: tenantKey(ctx, key.id), data: { prefix, secretHash } });
  return { secret, apiKey };
}

/** Stops the key for good (idempotent: revoking a revoked key changes nothing). Kept as the record of what had access. */
export async function revokeApiKey(ctx: Context, id: string) {
  const key = await lockedKey(ctx, id);
  if (key.revokedAt) return key;
  return ctx.prisma.apiKey.update({ where: tenantKey(ctx, key.id), data: { revokedAt: new Date() } });
}
