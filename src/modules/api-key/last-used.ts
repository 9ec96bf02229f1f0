import type { Logger } from 'pino';
import type { PrismaClient } from '../../generated/prisma/client.js';
import { withTenant } from '../../db/tenant.js';

/**
 * ApiKey.lastUsedAt without a write per request: requests note their key here (a Map insert),
 * and every `flushMs` one transaction per organization writes the latest times (only ever
 * forward). A crash loses at most one interval of "last used", never a request's work.
 */
export class ApiKeyUsage {
  private pending = new Map<string, { orgId: string; at: Date }>();
  private timer: NodeJS.Timeout | null = null;
  private flushing: Promise<void> = Promise.resolve();

  constructor(
    private readonly prisma: PrismaClient,
    private readonly logger: Logger,
    private readonly flushMs: number,
  ) {}

  record(apiKeyId: string, orgId: string): void {
    this.pending.set(apiKeyId, { orgId, at: new Date() });
    // unref: a pending write never keeps the process alive on its own; stop() flushes.
    this.timer ??= setTimeout(() => {
      this.timer = null;
      void this.flush();
    }, this.flushMs).unref();
  }

  /** Writes what is pending (and waits for a flush already under way). */
  flush(): Promise<void> {
    const batch = this.pending;
    this.pending = new Map();
    this.flushing = this.flushing.then(() => this.write(batch));
    return this.flushing;
  }

  async stop(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.flush();
  }

  private async write(batch: Map<string, { orgId: string; at: Date }>): Promise<void> {
    const byOrg = new Map<string, { id: string; at: Date }[]>();
    for (const [id, use] of batch) byOrg.set(use.orgId, [...(byOrg.get(use.orgId) ?? []), { id, at: use.at }]);
    for (const [orgId, uses] of byOrg) {
      try {
        await withTenant(this.prisma, { orgId }, async (tx) => {
          for (const use of uses) {
            await tx.apiKey.updateMany({
              where: { id: use.id, OR: [{ lastUsedAt: null }, { lastUsedAt: { lt: use.at } }] },
              data: { lastUsedAt: use.at },
            });
          }
        });
      } catch (error) {
        // Bookkeeping only: log and go on; the next use records the time again.
        this.logger.warn({ err: error, orgId }, 'could not record API keys last used');
      }
    }
  }
}
