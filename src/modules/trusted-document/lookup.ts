import type pg from 'pg';
import { hashApiKeySecret } from '../../auth/api-key-secret.js';
import type { OrganizationDocuments } from '../../trusted-documents/middleware.js';

/**
 * Organizations' documents for the trusted-documents middleware: app.api_key_trusted_document
 * (sql/14_trusted_documents.sql) finds the key by its secret's hash and reads its organization's
 * document in one statement, before the request's transaction exists.
 */
export function organizationDocuments(pool: pg.Pool): OrganizationDocuments {
  return {
    async forApiKey(secret, sha256) {
      const { rows } = await pool.query<{ key_valid: boolean; body: string | null }>(
        'SELECT key_valid, body FROM app.api_key_trusted_document($1, $2)',
        [hashApiKeySecret(secret), sha256],
      );
      const row = rows[0];
      return row?.key_valid ? { keyValid: true, body: row.body ?? undefined } : { keyValid: false };
    },
  };
}
