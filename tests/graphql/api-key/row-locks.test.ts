import { describe, expect, it } from '@jest/globals';
import { useTenants } from '../../helpers/actors.js';
import { documentIdOf, type GraphQLResponse } from '../../helpers/app.js';
import { inLockStep, lockStepOptions } from '../../helpers/lock-step.js';
import { codes, uuidOf } from '../../helpers/responses.js';
import {
  RowLocksCreateApiKeyDocument,
  RowLocksRevokeApiKeyDocument,
  RowLocksRotateApiKeyDocument,
  RowLocksWhoAmIDocument,
} from '../../generated/operations/graphql.js';

// rotateApiKey and revokeApiKey lock the key before they read whether it is revoked
// (src/modules/api-key/service.ts). Last-used times are flushed after an hour here: no batch
// write waits on a key the test holds.
const { app, asAdmin } = useTenants('ApiKeyLocks', lockStepOptions({ env: { API_KEY_LAST_USED_FLUSH_MS: '3600000' } }));

async function createKey(name: string) {
  const created = await asAdmin.query(RowLocksCreateApiKeyDocument, { input: { name, role: 'VIEWER' } });
  expect(created.errors).toBeUndefined();
  return created.data!.createApiKey;
}

/** Whether a secret still authenticates (a key runs trusted documents by id). */
async function works(secret: string): Promise<boolean> {
  const response = await app.post({ documentId: documentIdOf(RowLocksWhoAmIDocument) }, { authorization: `Bearer ${secret}` });
  if (codes(response).includes('UNAUTHENTICATED')) return false;
  expect(response.errors).toBeUndefined();
  return true;
}

const holdKey = (id: string) => [{ sql: 'SELECT 1 FROM api_keys WHERE id = $1 FOR UPDATE', params: [uuidOf(id)] }];
const auditedUpdates = async (id: string) =>
  (
    await app.owner.query("SELECT changes FROM audit_log WHERE table_name = 'api_keys' AND record_id = $1 AND action = 'UPDATE'", [
      uuidOf(id),
    ])
  ).rows.map((row) => Object.keys(row.changes).sort());

describe('revokeApiKey and rotateApiKey at once', () => {
  it('revoke first: the rotation is refused, and a revoked key never gets a new secret', async () => {
    const { secret, apiKey } = await createKey('Revoked while rotated');
    const [revoke, rotate] = await inLockStep<GraphQLResponse>(app, holdKey(apiKey.id), [
      () => asAdmin.query(RowLocksRevokeApiKeyDocument, { id: apiKey.id }),
      () => asAdmin.query(RowLocksRotateApiKeyDocument, { id: apiKey.id }),
    ]);
    expect(codes(revoke)).toEqual([]);
    // Without the lock the rotation, which read the key before the revocation, answers a new secret.
    expect(codes(rotate)).toEqual(['BAD_USER_INPUT']);
    expect(await auditedUpdates(apiKey.id)).toEqual([['revoked_at']]);
    expect(await works(secret)).toBe(false);
  });
});

describe('revokeApiKey, six at once', () => {
  it('revokes once: every answer carries the revokedAt that is stored', async () => {
    const { apiKey } = await createKey('Revoked six times');
    const responses = await inLockStep(
      app,
      holdKey(apiKey.id),
      Array.from({ length: 6 }, () => () => asAdmin.query(RowLocksRevokeApiKeyDocument, { id: apiKey.id })),
    );
    expect(responses.map(codes)).toEqual(Array(6).fill([]));
    const stored = (await app.owner.query('SELECT revoked_at FROM api_keys WHERE id = $1', [uuidOf(apiKey.id)])).rows[0].revoked_at as Date;
    // Without the lock each one writes its own time: six updates, six different answers.
    expect(await auditedUpdates(apiKey.id)).toEqual([['revoked_at']]);
    expect(responses.map((response) => response.data!.revokeApiKey.apiKey.revokedAt)).toEqual(Array(6).fill(stored.toISOString()));
  });
});

describe('rotateApiKey, twice at once', () => {
  // What a rotation promises. The lock is not what keeps it: the second UPDATE overwrites the
  // first, so this holds without the lock too.
  it('exactly one of the two new secrets works, and the old one does not', async () => {
    const { secret: old, apiKey } = await createKey('Rotated twice');
    const responses = await inLockStep(
      app,
      holdKey(apiKey.id),
      [0, 1].map(() => () => asAdmin.query(RowLocksRotateApiKeyDocument, { id: apiKey.id })),
    );
    expect(responses.map(codes)).toEqual([[], []]);
    const secrets = responses.map((response) => response.data!.rotateApiKey.secret);
    expect(await Promise.all([old, ...secrets].map(works))).toEqual([false, false, true]);
  });
});
