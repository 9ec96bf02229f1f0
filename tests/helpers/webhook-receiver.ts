/** A partner's webhook endpoint for tests: a real HTTP server on loopback that records every request. */
import { once } from 'node:events';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedRequest {
  path: string;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/**
 * The answer to a request: a status with optional headers and body, or null to never answer
 * (a timeout). `received` holds every request so far, this one included.
 */
export type Respond = (
  request: ReceivedRequest,
  received: readonly ReceivedRequest[],
) => { status: number; headers?: Record<string, string>; body?: string } | null;

export class WebhookReceiver {
  readonly received: ReceivedRequest[] = [];
  port = 0;
  private readonly server: http.Server;

  /** Answers 204 to everything unless `respond` says otherwise. */
  constructor(respond: Respond = () => ({ status: 204 })) {
    this.server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        const request = { path: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks).toString('utf8') };
        this.received.push(request);
        const answer = respond(request, this.received);
        if (answer) res.writeHead(answer.status, answer.headers).end(answer.body);
      });
    });
  }

  async start() {
    this.server.listen(0, '127.0.0.1');
    await once(this.server, 'listening');
    this.port = (this.server.address() as AddressInfo).port;
  }

  url(path: string, host = '127.0.0.1') {
    return `http://${host}:${this.port}${path}`;
  }

  at(path: string) {
    return this.received.filter((request) => request.path === path);
  }

  /** The request's headers as strings, as Standard Webhooks' verify() takes them. */
  static headersOf(request: ReceivedRequest): Record<string, string> {
    return Object.fromEntries(Object.entries(request.headers).map(([key, value]) => [key, String(value)]));
  }

  stop() {
    this.server.closeAllConnections();
    this.server.close();
  }
}
