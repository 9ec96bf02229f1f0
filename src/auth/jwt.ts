import { createRemoteJWKSet, errors as joseErrors, jwtVerify, SignJWT, type JWTPayload } from 'jose';
import type { Config } from '../config.js';
import { invalidToken } from '../schema/errors.js';

export interface VerifiedIdentity {
  subject: string;
  email: string | null;
  name: string | null;
  /** The `email_verified` claim is the boolean true: the identity provider checked `email`. */
  emailVerified: boolean;
  /** When the token stops being accepted (ms since the epoch): its exp, or iat + the maximum token age if sooner. A subscription's socket closes then. */
  expiresAt: number;
}

export type VerifyAccessToken = (token: string) => Promise<VerifiedIdentity>;

// Asymmetric keys come from a JWKS; a shared secret only ever verifies HS256. Listing the
// algorithms explicitly is what rejects `alg: none` and key-confusion tokens.
const SECRET_ALGORITHMS = ['HS256'];
const JWKS_ALGORITHMS = ['RS256', 'ES256'];

export function createAccessTokenVerifier(
  config: Pick<
    Config,
    'AUTH_JWT_SECRET' | 'AUTH_JWKS_URL' | 'AUTH_ISSUER' | 'AUTH_AUDIENCE' | 'AUTH_CLOCK_TOLERANCE_SECONDS' | 'AUTH_MAX_TOKEN_AGE_SECONDS'
  >,
): VerifyAccessToken {
  const options = {
    issuer: config.AUTH_ISSUER,
    audience: config.AUTH_AUDIENCE,
    clockTolerance: config.AUTH_CLOCK_TOLERANCE_SECONDS,
    // Makes iat required, refuses tokens issued longer ago than this, and refuses an iat in the
    // future beyond the clock tolerance (jose checks both when maxTokenAge is set).
    maxTokenAge: config.AUTH_MAX_TOKEN_AGE_SECONDS,
    requiredClaims: ['exp', 'sub', 'iat'],
  };
  let verify: (token: string) => Promise<JWTPayload>;
  if (config.AUTH_JWKS_URL) {
    const jwks = createRemoteJWKSet(new URL(config.AUTH_JWKS_URL));
    verify = async (token) => (await jwtVerify(token, jwks, { ...options, algorithms: JWKS_ALGORITHMS })).payload;
  } else if (config.AUTH_JWT_SECRET) {
    // Imported once: given the secret's bytes, jose imports a WebCrypto key on every call, which
    // measured 80-115 µs of a ~3 ms lookup request (bench/README "Partner requests").
    const key = crypto.subtle.importKey('raw', new TextEncoder().encode(config.AUTH_JWT_SECRET), { name: 'HMAC', hash: 'SHA-256' }, false, [
      'verify',
    ]);
    verify = async (token) => (await jwtVerify(token, await key, { ...options, algorithms: SECRET_ALGORITHMS })).payload;
  } else {
    throw new Error('no AUTH_JWT_SECRET or AUTH_JWKS_URL configured');
  }
  return async (token) => {
    let payload: JWTPayload;
    try {
      payload = await verify(token);
    } catch (error) {
      throw invalidToken(describeJoseError(error));
    }
    // cf-api-key: subjects belong to API keys' service accounts (sql/12_api_keys.sql); a token cannot claim one.
    if (
      typeof payload.sub !== 'string' ||
      payload.sub.length === 0 ||
      payload.sub.length > 255 ||
      payload.sub.includes('\u0000') ||
      payload.sub.startsWith('cf-api-key:')
    ) {
      throw invalidToken('Invalid token: sub claim missing or malformed');
    }
    const email = profileClaim(payload.email);
    // Only the boolean: a string "true" is not a claim we can rely on.
    return {
      subject: payload.sub,
      email,
      name: profileClaim(payload.name),
      emailVerified: email !== null && payload.email_verified === true,
      // exp and iat are required claims (requiredClaims above), so both are numbers here.
      expiresAt: Math.min(Number(payload.exp) * 1000, (Number(payload.iat) + config.AUTH_MAX_TOKEN_AGE_SECONDS) * 1000),
    };
  };
}

/** Profile claims are optional: one PostgreSQL cannot store (NUL) or absurdly long is dropped. */
function profileClaim(value: unknown): string | null {
  return typeof value === 'string' && value.length <= 320 && !value.includes('\u0000') ? value : null;
}

/** Tells the client what is wrong with its token without echoing the token or key material. */
function describeJoseError(error: unknown): string {
  if (error instanceof joseErrors.JWTExpired)
    return error.claim === 'iat' ? 'Token too old: issued longer ago than the maximum token age' : 'Token expired';
  if (error instanceof joseErrors.JWTClaimValidationFailed) return `Invalid token: ${error.claim} claim check failed`;
  if (error instanceof joseErrors.JOSEAlgNotAllowed) return 'Invalid token: algorithm not allowed';
  if (error instanceof joseErrors.JWSSignatureVerificationFailed) return 'Invalid token: signature verification failed';
  return 'Invalid token';
}

/** Signs an HS256 token: for `npm start`'s demo token and for tests. */
export async function signAccessToken(
  secret: string,
  claims: { sub: string; email?: string; name?: string; email_verified?: boolean },
  options: { expiresIn?: string | number; issuer?: string; audience?: string } = {},
): Promise<string> {
  let jwt = new SignJWT({ email: claims.email, name: claims.name, email_verified: claims.email_verified })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(claims.sub)
    .setIssuedAt()
    .setExpirationTime(options.expiresIn ?? '12h');
  if (options.issuer) jwt = jwt.setIssuer(options.issuer);
  if (options.audience) jwt = jwt.setAudience(options.audience);
  return jwt.sign(new TextEncoder().encode(secret));
}
