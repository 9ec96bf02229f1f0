import { createHmac, randomBytes } from 'node:crypto';
import { errors, jwtVerify, SignJWT } from 'jose';
import { CANONICAL_UUID } from '../../schema/global-ids.js';

/**
 * The signed, expiring tokens in the local store's file URLs (/files/<token>). Each one names one
 * attachment, its organization and one operation, so a download link cannot upload, a link for
 * one attachment cannot reach another, and one organization's link is useless in another.
 */
export type FileOperation = 'upload' | 'download';

export interface FileTokenClaims {
  attachmentId: string;
  orgId: string;
  operation: FileOperation;
  /** The user the token was issued to: the acting user of the upload's database writes. */
  userId: string;
}

export class FileTokenError extends Error {
  constructor(
    readonly code: 'INVALID_TOKEN' | 'TOKEN_EXPIRED',
    message: string,
  ) {
    super(message);
  }
}

const AUDIENCE = 'clientflow:attachment-file';

/**
 * The key: ATTACHMENTS_SIGNING_SECRET, or else one derived from AUTH_JWT_SECRET (HMAC with a
 * fixed label), so a file token never verifies as an access token or the other way round.
 * Without either (an identity provider's JWKS and no secret) the key is random per process:
 * URLs then die with a restart and do not work across instances; `ephemeral` says so.
 */
export function fileTokenKey(config: { ATTACHMENTS_SIGNING_SECRET?: string; AUTH_JWT_SECRET?: string }): {
  key: Uint8Array;
  ephemeral: boolean;
} {
  if (config.ATTACHMENTS_SIGNING_SECRET) return { key: new TextEncoder().encode(config.ATTACHMENTS_SIGNING_SECRET), ephemeral: false };
  if (config.AUTH_JWT_SECRET) {
    return { key: createHmac('sha256', config.AUTH_JWT_SECRET).update('clientflow attachment file tokens v1').digest(), ephemeral: false };
  }
  return { key: randomBytes(32), ephemeral: true };
}

export class FileTokenSigner {
  constructor(private readonly key: Uint8Array) {}

  async sign(claims: FileTokenClaims, expiresAt: Date): Promise<string> {
    return new SignJWT({ org: claims.orgId, op: claims.operation, uid: claims.userId })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(claims.attachmentId)
      .setAudience(AUDIENCE)
      .setIssuedAt()
      .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
      .sign(this.key);
  }

  /** The claims of a valid token for `operation`; throws FileTokenError otherwise. */
  async verify(token: string, operation: FileOperation): Promise<FileTokenClaims> {
    let payload;
    try {
      ({ payload } = await jwtVerify(token, this.key, { algorithms: ['HS256'], audience: AUDIENCE, requiredClaims: ['exp', 'sub'] }));
    } catch (error) {
      if (error instanceof errors.JWTExpired) throw new FileTokenError('TOKEN_EXPIRED', 'This link has expired; ask the API for a new one');
      throw new FileTokenError('INVALID_TOKEN', 'This link is not valid');
    }
    const { sub, org, op, uid } = payload as { sub?: unknown; org?: unknown; op?: unknown; uid?: unknown };
    if (op !== operation)
      throw new FileTokenError('INVALID_TOKEN', `This link is not valid for ${operation === 'upload' ? 'uploading' : 'downloading'}`);
    if (
      typeof sub !== 'string' ||
      typeof org !== 'string' ||
      typeof uid !== 'string' ||
      ![sub, org, uid].every((id) => CANONICAL_UUID.test(id))
    ) {
      throw new FileTokenError('INVALID_TOKEN', 'This link is not valid');
    }
    return { attachmentId: sub, orgId: org, operation, userId: uid };
  }
}
