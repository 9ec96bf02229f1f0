import type { IncomingHttpHeaders } from 'node:http';
import pg from 'pg';
import type { VerifyAccessToken } from '../auth/jwt.js';
import type { Role } from '../auth/permissions.js';
import type { Database } from '../db/client.js';
import { openRequestTransaction, type TransactionClient } from '../db/request-transaction.js';
import type { PrismaClient } from '../generated/prisma/client.js';
import { badInput, forbidden, unauthenticated } from '../schema/errors.js';
import { createLoaders, type Loaders } from './loaders.js';

export interface Viewer {
  userId: string;
  subject: string;
  /** users.is_platform_admin, read by app.begin_request (never from the token). */
  isPlatformAdmin: boolean;
  /** The token's `email` claim, and whether its `email_verified` claim is true (acceptInvitation needs both). */
  email: string | null;
  emailVerified: boolean;
}

export interface Context {
  /** Null for anonymous requests: the shield lets them reach nothing but introspection. */
  viewer: Viewer | null;
  /** The organization of this request, set only after the membership was verified. */
  orgId: string | null;
  /** The viewer's role in orgId, read from the membership row (never from the token). */
  role: Role | null;
  /** The request's transaction client; every resolver's queries go through it. */
  prisma: TransactionClient | PrismaClient;
  loaders: Loaders;
  /** Commits or rolls back the request's transaction (no-op for anonymous requests). */
  finish(commit: boolean): Promise<void>;
}

const literal = (value: string | null) => (value === null ? 'NULL' : pg.escapeLiteral(value));

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function header(headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}

export interface ContextDependencies {
  database: Database;
  verifyAccessToken: VerifyAccessToken;
  requestTimeoutMs: number;
}

/**
 * Authenticates the request, opens its transaction and, when an organization is requested,
 * verifies membership before any resolver runs. One round trip after BEGIN does all of it
 * (app.begin_request).
 */
export async function createContext(deps: ContextDependencies, headers: IncomingHttpHeaders): Promise<Context> {
  const authorization = header(headers, 'authorization');
  const requestedOrg = header(headers, 'x-organization-id')?.trim() || null;
  if (!authorization) {
    return {
      viewer: null,
      orgId: null,
      role: null,
      prisma: deps.database.prisma,
      loaders: createLoaders(deps.database.prisma),
      finish: async () => {},
    };
  }
  const match = /^Bearer\s+(\S+)$/i.exec(authorization);
  if (!match) throw unauthenticated('Malformed Authorization header: expected "Bearer <token>"');
  const identity = await deps.verifyAccessToken(match[1]!);
  if (requestedOrg && !UUID.test(requestedOrg)) throw badInput('X-Organization-Id must be a UUID', 'X-Organization-Id');

  const transaction = await openRequestTransaction(
    deps.database.prisma,
    async (tx) => {
      // Literals, not parameters, so it can travel in one message with BEGIN (db/client.ts).
      // escapeLiteral quotes every value; the org id was checked to be a uuid above.
      const rows = await tx.$queryRawUnsafe<{ user_id: string; role: Role | null; is_platform_admin: boolean }[]>(
        `SELECT user_id, role, is_platform_admin FROM app.begin_request(${literal(identity.subject)}, ${literal(identity.email)}, ${literal(identity.name)}, ${literal(requestedOrg)}::uuid)`,
      );
      return rows[0]!;
    },
    { timeoutMs: deps.requestTimeoutMs },
  );
  const { user_id: userId, role, is_platform_admin: isPlatformAdmin } = transaction.setup;
  if (requestedOrg && !role) {
    await transaction.finish(false);
    throw forbidden('You are not a member of this organization');
  }
  return {
    viewer: { userId, subject: identity.subject, isPlatformAdmin, email: identity.email, emailVerified: identity.emailVerified },
    orgId: role ? requestedOrg : null,
    role,
    prisma: transaction.tx,
    loaders: createLoaders(transaction.tx),
    finish: transaction.finish,
  };
}
