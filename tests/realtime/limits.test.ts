/**
 * The bounds of README "Realtime": a consumer that does not keep up is closed (1008) instead of
 * queuing without end, a connection holds a bounded number of subscriptions, and subscriptions
 * run over the WebSocket only.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import WebSocket from 'ws';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { eventually } from '../helpers/eventually.js';
import { createOrganization, type TestOrganization } from '../helpers/organizations.js';
import { listening, settle, startSecondServer, Subscriber, wsUrlOf } from '../helpers/realtime.js';
import { codes } from '../helpers/responses.js';

const MAX_PENDING = 3;
const MAX_PER_CONNECTION = 2;

describe('subscription limits', () => {
  let app: TestApp;
  let org: TestOrganization;
  const sockets: Subscriber[] = [];

  /** `count` activities committed at once: as many notices arrive together. */
  const burst = (count: number, subject: string) =>
    app.owner.query(
      "INSERT INTO activities (org_id, type, subject) SELECT $1, 'NOTE', $2 || ' ' || g FROM generate_series(1, $3::int) AS g",
      [org.id, subject, count],
    );

  beforeAll(async () => {
    app = await startTestApp({
      env: { SUBSCRIPTION_MAX_PENDING_EVENTS: String(MAX_PENDING), SUBSCRIPTION_MAX_PER_CONNECTION: String(MAX_PER_CONNECTION) },
    });
    org = await createOrganization(app, 'Limits');
  });
  afterAll(async () => {
    await Promise.all(sockets.map((socket) => socket.dispose()));
    await app?.close();
  });

  it(`a burst of more than ${MAX_PENDING} waiting events closes the subscription's socket (1008): bounded, never queued without end`, async () => {
    const subscriber = Subscriber.as(wsUrlOf(app), org.member);
    sockets.push(subscriber);
    const before = app.server.events.handlerCount;
    const subscription = subscriber.subscribe('subscription { activityAdded { id } }');
    await listening(app.server, before + 1);
    await burst(20, 'Burst');
    expect(await subscriber.closed()).toBe(1008);
    expect(subscriber.closeReason).toMatch(/slow consumer/i);
    expect(subscription.results.length).toBeLessThan(20);
    await eventually(() => app.server.events.handlerCount === before);
  });

  it('a client that stops reading is closed with 1008 once its socket backs up; a reading one goes on', async () => {
    // A raw graphql-transport-ws client, to stop reading at will.
    const socket = new WebSocket(wsUrlOf(app), 'graphql-transport-ws');
    const messages: { type: string }[] = [];
    let closed: { code: number; reason: string } | null = null;
    socket.on('message', (data) => messages.push(JSON.parse(String(data)) as { type: string }));
    socket.on('close', (code, reason) => {
      closed = { code, reason: String(reason) };
    });
    await new Promise((opened) => socket.once('open', opened));
    socket.send(
      JSON.stringify({ type: 'connection_init', payload: { Authorization: `Bearer ${org.viewer.token}`, 'X-Organization-Id': org.id } }),
    );
    await eventually(() => messages.some((message) => message.type === 'connection_ack'));

    const reader = Subscriber.as(wsUrlOf(app), org.member);
    sockets.push(reader);
    const before = app.server.events.handlerCount;
    const query = 'subscription { activityAdded { id body } }';
    socket.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query } }));
    const kept = reader.subscribe<{ activityAdded: { body: string } }>(query);
    await listening(app.server, before + 2);

    socket.pause();
    // One activity at a time, each with a 256 KB body: the reader keeps up; the stalled socket's
    // kernel buffers fill, then its unsent bytes and waiting events pass their bounds.
    const body = 'x'.repeat(256 * 1024);
    let sent = 0;
    while (app.server.events.handlerCount > before + 1 && sent < 400) {
      await app.owner.query("INSERT INTO activities (org_id, type, subject, body) VALUES ($1, 'NOTE', 'Large', $2)", [org.id, body]);
      sent += 1;
      await eventually(() => kept.results.length === sent, 10_000, 5);
    }
    expect(app.server.events.handlerCount).toBe(before + 1);
    socket.resume();
    await eventually(() => closed !== null);
    expect(closed).toEqual({ code: 1008, reason: expect.stringMatching(/slow consumer/i) });
    expect(reader.closeCode).toBeNull();
    expect(kept.errorCodes).toEqual([]);
  });

  it('a client that keeps up receives every event', async () => {
    const subscriber = Subscriber.as(wsUrlOf(app), org.member);
    sockets.push(subscriber);
    const before = app.server.events.handlerCount;
    const subscription = subscriber.subscribe<{ activityAdded: { subject: string } }>('subscription { activityAdded { subject } }');
    await listening(app.server, before + 1);
    for (let round = 1; round <= 3; round += 1) {
      await burst(MAX_PENDING, `Round ${round}`);
      await eventually(() => subscription.results.length === round * MAX_PENDING);
    }
    expect(subscription.errorCodes).toEqual([]);
    expect(subscriber.closeCode).toBeNull();
  });

  it(`a connection holds at most ${MAX_PER_CONNECTION} subscriptions at once`, async () => {
    const subscriber = Subscriber.as(wsUrlOf(app), org.member);
    sockets.push(subscriber);
    const before = app.server.events.handlerCount;
    const held = Array.from({ length: MAX_PER_CONNECTION }, () => subscriber.subscribe('subscription { dealUpdated { id } }'));
    await listening(app.server, before + MAX_PER_CONNECTION);
    const refused = subscriber.subscribe('subscription { dealUpdated { id } }');
    await eventually(() => refused.error !== undefined);
    expect(JSON.stringify(refused.error)).toMatch(/OPERATION_LIMIT_EXCEEDED/);
    await settle(100);
    expect(held.every((subscription) => subscription.error === undefined && !subscription.completed)).toBe(true);
  });

  it('a subscription over HTTP is refused before anything runs (BAD_REQUEST)', async () => {
    const response = await org.member.query('subscription { activityAdded { id } }');
    expect(codes(response)).toEqual(['BAD_REQUEST']);
    expect(response.errors![0]!.message).toMatch(/WebSocket/);
    expect(response.status).toBe(400);
  });

  it('stopping a server closes its sockets with 1001 (going away), without waiting long for one that stopped reading', async () => {
    const server = await startSecondServer(app);
    const subscriber = Subscriber.as(server.wsUrl, org.member);
    sockets.push(subscriber);
    subscriber.subscribe('subscription { activityAdded { id } }');
    const stalled = new WebSocket(server.wsUrl, 'graphql-transport-ws');
    let stalledCode: number | null = null;
    stalled.on('close', (code) => {
      stalledCode = code;
    });
    await new Promise((opened) => stalled.once('open', opened));
    stalled.send(JSON.stringify({ type: 'connection_init', payload: { Authorization: `Bearer ${org.viewer.token}` } }));
    await listening(server.server, 1);
    stalled.pause();

    const started = Date.now();
    await server.close();
    expect(Date.now() - started).toBeLessThan(5000);
    expect(await subscriber.closed()).toBe(1001);
    stalled.resume();
    await eventually(() => stalledCode !== null);
    expect(server.server.events.handlerCount).toBe(0);
  });
});
