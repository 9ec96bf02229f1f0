/**
 * Trusted documents over the WebSocket (README "Realtime", "Trusted documents"): API keys, and
 * everyone under TRUSTED_DOCUMENTS_ONLY=true, may subscribe only with a manifest document's exact
 * text (the protocol carries text, not ids). A key's subscription ends at the next event once the
 * key is revoked.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { eventually } from '../helpers/eventually.js';
import { createOrganization, type TestOrganization } from '../helpers/organizations.js';
import { listening, startSecondServer, Subscriber, wsUrlOf, type SecondServer } from '../helpers/realtime.js';
import { CREATE_DEAL, defaultPipelineId, run, unique } from '../helpers/tenant-kit.js';

const MANIFEST = new URL('../../src/generated/operations/persisted-documents.json', import.meta.url);
/** The manifest's text of the live deal board (src/operations/deal-board-changes.graphql). */
const dealBoardChanges = (): string => {
  const texts = Object.values(JSON.parse(readFileSync(MANIFEST, 'utf8')) as Record<string, string>);
  return texts.find((text) => text.includes('subscription DealBoardChanges'))!;
};
const RAW = 'subscription { dealUpdated { id } }';
const CREATE_API_KEY = 'mutation ($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret apiKey { id } } }';
const REVOKE_API_KEY = 'mutation ($id: ID!) { revokeApiKey(id: $id) { apiKey { id } } }';

describe('trusted documents over the WebSocket', () => {
  let app: TestApp;
  let trustedOnly: SecondServer;
  let org: TestOrganization;
  let pipelineId: string;
  const sockets: Subscriber[] = [];
  const open = (url: string, params: Record<string, string>) => {
    const subscriber = new Subscriber(url, params);
    sockets.push(subscriber);
    return subscriber;
  };
  const createDeal = () => run(org.member, CREATE_DEAL, { input: { deal: { name: unique('Deal'), value: '5.00' } } });

  beforeAll(async () => {
    app = await startTestApp();
    trustedOnly = await startSecondServer(app, { TRUSTED_DOCUMENTS_ONLY: 'true' });
    org = await createOrganization(app, 'Trusted');
    pipelineId = await defaultPipelineId(org.owner);
  });
  afterAll(async () => {
    await Promise.all(sockets.map((socket) => socket.dispose()));
    await trustedOnly?.close();
    await app?.close();
  });

  it('an API key subscribes with a manifest text only, and its socket closes (4401) at the next event once revoked', async () => {
    const created = await run(org.admin, CREATE_API_KEY, { input: { name: 'Live board', role: 'VIEWER' } });
    const { secret } = created.createApiKey;
    const partner = open(wsUrlOf(app), { Authorization: `Bearer ${secret}` });

    const raw = partner.subscribe(RAW);
    await eventually(() => raw.error !== undefined);
    expect(JSON.stringify(raw.error)).toMatch(/PERSISTED_QUERY_NOT_IN_LIST/);

    const before = app.server.events.handlerCount;
    const board = partner.subscribe<{ dealUpdated: { id: string; name: string } }>(dealBoardChanges(), { pipelineId });
    await listening(app.server, before + 1);
    await createDeal();
    await eventually(() => board.results.length === 1);
    expect(board.errorCodes).toEqual([]);

    await run(org.admin, REVOKE_API_KEY, { id: created.createApiKey.apiKey.id });
    await createDeal();
    expect(await partner.closed()).toBe(4401);
    expect(board.results).toHaveLength(1);
  });

  it('under TRUSTED_DOCUMENTS_ONLY a signed-in user subscribes with a manifest text only', async () => {
    const member = open(trustedOnly.wsUrl, { Authorization: `Bearer ${org.member.token}`, 'X-Organization-Id': org.id });
    const raw = member.subscribe(RAW);
    await eventually(() => raw.error !== undefined);
    expect(JSON.stringify(raw.error)).toMatch(/PERSISTED_QUERY_NOT_IN_LIST/);

    const before = trustedOnly.server.events.handlerCount;
    const board = member.subscribe(dealBoardChanges(), { pipelineId });
    await listening(trustedOnly.server, before + 1);
    await createDeal();
    await eventually(() => board.results.length === 1);
    expect(board.errorCodes).toEqual([]);
  });
});
