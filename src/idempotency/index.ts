/**
 * Idempotency keys (README "Idempotency keys"): a client sends `Idempotency-Key` on a create
 * mutation or checkout; the same key with the same operation and variables within 24 h returns
 * the first result and writes nothing more, the same key with other input is
 * IDEMPOTENCY_KEY_REUSED, and a duplicate sent while the first still runs waits for it.
 *
 * All of it happens in the request's own transaction (server.ts requestTransactionPlugin):
 * - didResolveOperation checks the header (1-255 printable ASCII characters) and that every root
 *   field of the mutation takes one; either fault is a 400 BAD_USER_INPUT before anything runs.
 * - responseForOperation opens the transaction (ctx.begin(): the membership check), deletes the
 *   key's row if it is older than 24 h, and claims the key: INSERT … ON CONFLICT DO NOTHING into
 *   idempotency_keys (unique per organization, user and key; RLS lets a principal see only its
 *   own rows). A concurrent request holding the same key has an uncommitted row there, so the
 *   INSERT waits for that transaction: when it commits, the INSERT finds its row and replays it;
 *   when it rolls back (an error), the INSERT goes through and this request runs instead. A wait
 *   longer than lock_timeout is IDEMPOTENCY_KEY_IN_USE (409, retryable).
 * - A stored row with the same request hash is replayed (its data, header Idempotent-Replayed:
 *   true) without executing; another hash is IDEMPOTENCY_KEY_REUSED (422).
 * - recordIdempotentResponse (called by the request transaction plugin just before COMMIT) writes
 *   the response of a successful execution into the claimed row. A request with errors rolls
 *   back, the claim with it: the key stays free and a retry runs anew.
 */
import { createHash } from 'node:crypto';
import { HeaderMap, type ApolloServerPlugin, type GraphQLRequestContext, type GraphQLResponse } from '@apollo/server';
import canonicalize from 'canonicalize';
import {
  GraphQLError,
  Kind,
  print,
  type DocumentNode,
  type FormattedExecutionResult,
  type FragmentDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import type { Logger } from 'pino';
import { authorize, permissionOf } from '../auth/authorize.js';
import { tenantOf, type Context } from '../context/index.js';
import { databaseCause, toClientError } from '../schema/error-mapping.js';
import { badRequestInput, ClientFlowError, ErrorCode, idempotencyKeyInUse, idempotencyKeyReused } from '../schema/errors.js';

/** The request header (case-insensitive, as every HTTP header). */
export const IDEMPOTENCY_KEY_HEADER = 'idempotency-key';
/** Set to `true` on a response replayed from an earlier request with the same key (as Stripe does). */
export const IDEMPOTENT_REPLAYED_HEADER = 'idempotent-replayed';
/** How long a key's first response is kept and replayed (sql/13_idempotency_keys.sql: created_at). */
export const IDEMPOTENCY_KEY_TTL_HOURS = 24;
const MAX_KEY_LENGTH = 255;

/**
 * Create mutations that take no key: createOrganization acts in no organization yet (keys are
 * stored per organization, under its RLS), and createApiKey's response holds the key's secret,
 * which is never stored (sql/12_api_keys.sql keeps only its hash).
 */
const WITHOUT_KEY = new Set(['createOrganization', 'createApiKey']);

/** Every Mutation field named create…, except WITHOUT_KEY, and checkout. */
export function acceptsIdempotencyKey(mutationField: string): boolean {
  return mutationField === 'checkout' || (/^create[A-Z]/.test(mutationField) && !WITHOUT_KEY.has(mutationField));
}

interface Claim {
  key: string;
  /** The claimed row: set once this request inserted it, to receive the response. */
  rowId: string | null;
  replayed: boolean;
}

/** The key of each request that sent one (after its header was checked). */
const claims = new WeakMap<Context, Claim>();

/** The request's checked Idempotency-Key, or null when it sent none (checkout uses it as its record's key). */
export function idempotencyKeyOf(ctx: Context): string | null {
  return claims.get(ctx)?.key ?? null;
}

/** 1 to 255 printable ASCII characters, compared exactly as sent. */
function checkKey(raw: string): string {
  if (raw.length === 0 || raw.length > MAX_KEY_LENGTH || !/^[\x20-\x7e]+$/.test(raw)) {
    throw badRequestInput(`The Idempotency-Key header must be 1 to ${MAX_KEY_LENGTH} printable ASCII characters`, 'Idempotency-Key');
  }
  return raw;
}

/** The root field names of a selection set, fragments expanded (duplicates kept once). */
function rootFields(selectionSet: SelectionSetNode, fragments: Map<string, FragmentDefinitionNode>, into = new Set<string>()): Set<string> {
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) into.add(selection.name.value);
    else if (selection.kind === Kind.INLINE_FRAGMENT) rootFields(selection.selectionSet, fragments, into);
    else {
      const fragment = fragments.get(selection.name.value);
      // Validation already refused unknown and cyclic fragments; the delete guards the recursion anyway.
      if (fragment) {
        fragments.delete(selection.name.value);
        rootFields(fragment.selectionSet, fragments, into);
      }
    }
  }
  return into;
}

const fragmentsOf = (document: DocumentNode) =>
  new Map(
    document.definitions
      .filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION)
      .map((fragment) => [fragment.name.value, fragment]),
  );

/**
 * SHA-256 of the operation name, the printed document (whitespace and comments do not count)
 * and the variables as RFC 8785 canonical JSON (key order does not count).
 */
function requestHash(document: DocumentNode, operationName: string | null, variables: Record<string, unknown> | undefined): Buffer {
  return createHash('sha256')
    .update(`${operationName ?? ''}\n${print(document)}\n${canonicalize(variables ?? {}) ?? '{}'}`)
    .digest();
}

/** A GraphQL error as it goes out in a response the plugin answers itself (its HTTP status in the head). */
function errorResponse(error: GraphQLError): GraphQLResponse {
  const { http, ...extensions } = error.extensions as { http?: { status?: number; headers?: HeaderMap } } & Record<string, unknown>;
  return {
    http: { status: http?.status ?? 500, headers: new HeaderMap(http?.headers ?? []) },
    body: { kind: 'single', singleResult: { errors: [{ message: error.message, extensions }] } },
  };
}

interface StoredKey {
  request_hash: Uint8Array;
  response: FormattedExecutionResult['data'] | null;
}

type Outcome = { kind: 'claimed'; rowId: string } | { kind: 'stored'; row: StoredKey } | { kind: 'absent' };

/** Claims the key, or reads the row of the request that had it first (after waiting for its transaction). */
async function claimOrRead(
  prisma: Context['prisma'],
  principal: { orgId: string; userId: string },
  claim: Claim,
  hash: Buffer,
  operationName: string | null,
): Promise<Outcome> {
  const { orgId, userId } = principal;
  // Lazy expiry: this key's stale row, and a few other stale rows of the same principal (none
  // of which another request is touching), so nobody's table grows without bound.
  await prisma.$executeRaw`
    DELETE FROM idempotency_keys
     WHERE id IN (SELECT id FROM idempotency_keys
                   WHERE org_id = ${orgId}::uuid AND user_id = ${userId}::uuid
                     AND created_at <= now() - make_interval(hours => ${IDEMPOTENCY_KEY_TTL_HOURS})
                   ORDER BY (key = ${claim.key}) DESC
                   LIMIT 20 FOR UPDATE SKIP LOCKED)`;
  const inserted = await prisma.$queryRaw<{ id: string }[]>`
    INSERT INTO idempotency_keys (org_id, user_id, key, request_hash, operation_name)
    VALUES (${orgId}::uuid, ${userId}::uuid, ${claim.key}, ${hash}, ${operationName})
    ON CONFLICT (org_id, user_id, key) DO NOTHING
    RETURNING id`;
  if (inserted[0]) return { kind: 'claimed', rowId: inserted[0].id };
  const [row] = await prisma.$queryRaw<StoredKey[]>`
    SELECT request_hash, response FROM idempotency_keys
     WHERE org_id = ${orgId}::uuid AND user_id = ${userId}::uuid AND key = ${claim.key}
       AND created_at > now() - make_interval(hours => ${IDEMPOTENCY_KEY_TTL_HOURS})`;
  return row ? { kind: 'stored', row } : { kind: 'absent' };
}

/**
 * The plugin; goes before requestTransactionPlugin in the plugin list (that one commits after
 * recordIdempotentResponse has written the response).
 */
export function idempotencyPlugin(logger: Logger): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ request }) {
      const raw = request.http?.headers.get(IDEMPOTENCY_KEY_HEADER);
      if (raw === undefined) return {};
      return {
        async didResolveOperation({ contextValue, operation, document }) {
          const key = checkKey(raw);
          if (!operation) return;
          const fields = [...rootFields(operation.selectionSet, fragmentsOf(document))].filter((name) => name !== '__typename');
          const refused = operation.operation !== 'mutation' ? [] : fields.filter((name) => !acceptsIdempotencyKey(name));
          if (operation.operation !== 'mutation' || fields.length === 0 || refused.length > 0) {
            throw badRequestInput(
              `Idempotency-Key is accepted only on create mutations (but createOrganization and createApiKey) and checkout` +
                (refused.length > 0 ? `; ${refused.join(', ')} does not take one` : ''),
              'Idempotency-Key',
            );
          }
          claims.set(contextValue, { key, rowId: null, replayed: false });
        },

        async responseForOperation(requestContext: GraphQLRequestContext<Context>): Promise<GraphQLResponse | null> {
          const { contextValue: ctx, operation, document, request: req } = requestContext;
          const claim = claims.get(ctx);
          if (!claim || !operation || !document) return null;
          try {
            await ctx.begin();
          } catch {
            // Unauthenticated or not a member: execution reports it (the tenant door calls begin() again and gets the same error).
            return null;
          }
          const { viewer, orgId } = ctx;
          // Signed out or no organization: the fields refuse it when they run.
          if (!viewer || !orgId) return null;
          const fields = [...rootFields(operation.selectionSet, fragmentsOf(document))].filter((name) => name !== '__typename');
          try {
            // A replay skips execution, so it checks the role matrix itself: a principal whose role
            // no longer allows the mutation gets its FORBIDDEN from execution, not the old answer.
            for (const field of fields) authorize(ctx, permissionOf('Mutation', field));
          } catch {
            return null;
          }
          const hash = requestHash(document, operation.name?.value ?? null, req.variables);
          let outcome: Outcome;
          try {
            outcome = await claimOrRead(ctx.prisma, { orgId, userId: viewer.userId }, claim, hash, operation.name?.value ?? null);
          } catch (error) {
            // Waited lock_timeout for the transaction that holds the key: it is still running.
            if (databaseCause(error).code === '55P03') return errorResponse(idempotencyKeyInUse());
            const client = toClientError(error);
            if (!client) logger.error({ err: error }, 'idempotency key could not be claimed');
            return errorResponse(client ?? new ClientFlowError(ErrorCode.INTERNAL_SERVER_ERROR, 'Internal server error'));
          }
          if (outcome.kind === 'claimed') {
            claim.rowId = outcome.rowId;
            return null;
          }
          // Absent: the row expired between the DELETE and the SELECT, or a response was never
          // written (cannot commit that way); either way the holder is not done: retry.
          if (outcome.kind === 'absent' || outcome.row.response === null) return errorResponse(idempotencyKeyInUse());
          if (!Buffer.from(outcome.row.request_hash).equals(hash)) return errorResponse(idempotencyKeyReused());
          claim.replayed = true;
          return {
            http: { status: undefined, headers: new HeaderMap([[IDEMPOTENT_REPLAYED_HEADER, 'true']]) },
            body: { kind: 'single', singleResult: { data: outcome.row.response } },
          };
        },
      };
    },
  };
}

/**
 * Writes the response of a request that claimed a key into its row, in the request's
 * transaction, just before it commits (server.ts requestTransactionPlugin calls it only for a
 * response without errors). Does nothing for requests without a key and for replays.
 */
export async function recordIdempotentResponse(ctx: Context, result: FormattedExecutionResult): Promise<void> {
  const claim = claims.get(ctx);
  if (!claim?.rowId || claim.replayed) return;
  await ctx.prisma.$executeRaw`
    UPDATE idempotency_keys SET response = ${JSON.stringify(result.data ?? null)}::jsonb WHERE org_id = ${tenantOf(ctx).orgId}::uuid AND id = ${claim.rowId}::uuid`;
}
