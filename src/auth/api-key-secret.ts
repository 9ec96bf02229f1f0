import { createHash, randomBytes } from 'node:crypto';

/**
 * API key secrets: `cf_` and 43 base64url characters (32 random bytes, 256 bits), so they are
 * told apart from a JWT (which starts with "ey") and cannot be guessed. Only the SHA-256 of a
 * secret is stored: with 256 random bits a slow password hash would add latency and no safety,
 * and a deterministic digest is what lets the database find the key by it.
 */
const PREFIX = 'cf_';
const SECRET = /^cf_[A-Za-z0-9_-]{43}$/;
/** cf_ and 8 characters (48 bits): shown in lists to tell keys apart, unique by index. */
const SHOWN_LENGTH = PREFIX.length + 8;

export interface PresentedApiKey {
  prefix: string;
  secretHash: Buffer;
}

/** Whether a bearer token is meant as an API key (it may still be malformed: presentApiKey then hashes it anyway and it matches nothing). */
export const isApiKeySecret = (token: string) => token.startsWith(PREFIX);

export const hashApiKeySecret = (secret: string) => createHash('sha256').update(secret, 'utf8').digest();

export function presentApiKey(secret: string): PresentedApiKey {
  // A malformed secret is hashed like any other and matches no key: one answer for every bad key.
  const prefix = SECRET.test(secret) ? secret.slice(0, SHOWN_LENGTH) : 'cf_invalid';
  return { prefix, secretHash: hashApiKeySecret(secret) };
}

export function newApiKeySecret(): { secret: string; prefix: string; secretHash: Uint8Array<ArrayBuffer> } {
  const secret = PREFIX + randomBytes(32).toString('base64url');
  // Prisma's Bytes columns take a Uint8Array over a plain ArrayBuffer (a Buffer may share a pool).
  return { secret, prefix: secret.slice(0, SHOWN_LENGTH), secretHash: Uint8Array.from(hashApiKeySecret(secret)) };
}
