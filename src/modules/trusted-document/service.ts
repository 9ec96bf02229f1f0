import type { GraphQLSchema } from 'graphql';
import { tenantOf, type Context } from '../../context/index.js';
import { badInput, forbidden, notFound } from '../../schema/errors.js';
import { sha256Hex } from '../../trusted-documents/manifest.js';
import { checkDocument, type CheckedDocument } from './check.js';

/** An organization's own documents: a partner's sync runs a handful; 500 leaves room and bounds the table. */
export const MAX_TRUSTED_DOCUMENTS_PER_ORGANIZATION = 500;

/** Trusting a document widens what the organization's keys can run: a person decides, never a key. */
function assertPerson(ctx: Context) {
  if (tenantOf(ctx).viewer.apiKeyId) throw forbidden('An API key cannot register or remove trusted documents; sign in as an ADMIN');
}

/**
 * Registers documents for the organization's API keys, all or none: every document is checked
 * first (check.ts), then the ones not yet registered are inserted. Calls of one organization run
 * one after the other (an advisory lock), so two of them cannot pass the count limit together.
 */
export async function registerTrustedDocuments(ctx: Context, schema: GraphQLSchema, bodies: string[]) {
  assertPerson(ctx);
  const { orgId } = tenantOf(ctx);
  const checked = new Map<string, CheckedDocument>();
  bodies.forEach((body, index) => {
    const result = checkDocument(schema, ctx.operationLimits, body);
    if (!result.ok) throw badInput(`documents[${index}] cannot be trusted: ${result.reason}`, 'documents');
    checked.set(sha256Hex(body), result.document);
  });
  await ctx.prisma.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`clientflow.trusted-documents:${orgId}`}, 0))`;
  const hashes = [...checked.keys()];
  const existing = new Set(
    (await ctx.prisma.trustedDocument.findMany({ where: { orgId, sha256: { in: hashes } }, select: { sha256: true } })).map(
      (row) => row.sha256,
    ),
  );
  const added = hashes.filter((hash) => !existing.has(hash));
  if (added.length > 0) {
    const count = await ctx.prisma.trustedDocument.count({ where: { orgId } });
    if (count + added.length > MAX_TRUSTED_DOCUMENTS_PER_ORGANIZATION) {
      throw badInput(
        `An organization may trust at most ${MAX_TRUSTED_DOCUMENTS_PER_ORGANIZATION} documents of its own (it has ${count}); remove some first`,
        'documents',
      );
    }
    await ctx.prisma.trustedDocument.createMany({
      data: added.map((sha256) => ({
        orgId,
        sha256,
        body: checked.get(sha256)!.body,
        operationNames: checked.get(sha256)!.operationNames,
      })),
    });
  }
  const rows = await ctx.prisma.trustedDocument.findMany({ where: { orgId, sha256: { in: hashes } }, select: { id: true, sha256: true } });
  const idOf = new Map(rows.map((row) => [row.sha256, row.id]));
  return bodies.map((body) => ({ id: idOf.get(sha256Hex(body))! }));
}

export async function removeTrustedDocument(ctx: Context, id: string): Promise<void> {
  assertPerson(ctx);
  const { count } = await ctx.prisma.trustedDocument.deleteMany({ where: { id, orgId: tenantOf(ctx).orgId } });
  if (count === 0) throw notFound('Trusted document');
}
