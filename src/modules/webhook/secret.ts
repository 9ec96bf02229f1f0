import { randomBytes } from 'node:crypto';

/** Standard Webhooks' prefix of a signing secret; the rest is the base64 of the HMAC key. */
export const WEBHOOK_SECRET_PREFIX = 'whsec_';

/** A new signing secret: `whsec_` and the base64 of 32 random bytes (the convention allows 24 to 64). */
export function newWebhookSecret(): string {
  return `${WEBHOOK_SECRET_PREFIX}${randomBytes(32).toString('base64')}`;
}
