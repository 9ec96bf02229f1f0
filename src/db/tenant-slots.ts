import { LRUCache } from 'lru-cache';

/**
 * How many of the pool's connections one organization may hold at once. A request takes a
 * slot of its tenant before it asks the pool for a connection and gives it back when its
 * transaction ends, so a flood of expensive requests from one organization queues behind its
 * own slots while the rest of the pool keeps serving everyone else.
 *
 * The organization named by X-Organization-Id is only a request until app.begin_request has
 * checked the membership, so a slot is keyed by the organization only for a (user,
 * organization) pair that has passed that check recently; otherwise by the user. Someone who
 * names another tenant's organization thus waits in their own queue and can never occupy the
 * victim's slots. The cache decides queues, never access: every request is checked again.
 *
 * A share of the pool alone does not protect a small tenant: measured on the 2-core bench
 * machine, the large organization's dashboards and searches on 8 of 16 connections still made
 * a small organization's lookups 25x slower at p99, because PostgreSQL's CPU, not the pool, was
 * the contended resource (bench/README.md#fairness). So an organization whose transactions
 * hold their connection long (a moving average above `slowTransactionMs`) may hold only
 * `slowTenantSlots` connections while another organization is active; alone, or while its
 * transactions are short, it keeps the whole share, so a single busy tenant loses nothing.
 *
 * Written here rather than taken from a library: the semaphores on npm (p-limit, async-sema,
 * async-mutex) have no per-key pools and no bounded wait, and both are the point.
 */
export class TenantSlots {
  private readonly active = new Map<string, number>();
  private readonly waiting = new Map<string, Waiter[]>();
  // 10,000 pairs x ~150 bytes: a bounded 1.5 MB; 10 minutes outlives any burst.
  private readonly verified = new LRUCache<string, true>({ max: 10_000, ttl: 10 * 60_000 });
  // Moving average of how long a key's transactions hold their connection, in ms.
  private readonly holdMs = new LRUCache<string, number>({ max: 10_000 });
  // The two keys seen last and when: enough to tell whether anyone else is active.
  private latest: { key: string; at: number } | null = null;
  private previous: { key: string; at: number } | null = null;

  readonly slotsPerTenant: number;
  readonly slowTenantSlots: number;
  readonly slowTransactionMs: number;

  constructor(options: { slotsPerTenant: number; slowTenantSlots?: number; slowTransactionMs?: number }) {
    this.slotsPerTenant = options.slotsPerTenant;
    this.slowTenantSlots = Math.min(options.slowTenantSlots ?? options.slotsPerTenant, options.slotsPerTenant);
    this.slowTransactionMs = options.slowTransactionMs ?? Number.POSITIVE_INFINITY;
  }

  /** How many slots `key` may hold now. */
  limitFor(key: string, now = Date.now()): number {
    if ((this.holdMs.get(key) ?? 0) < this.slowTransactionMs) return this.slotsPerTenant;
    return this.othersActive(key, now) ? this.slowTenantSlots : this.slotsPerTenant;
  }

  /** The queue a request of `subject` asking for `orgId` waits in. */
  keyFor(subject: string, orgId: string | null): string {
    if (orgId && this.verified.has(`${subject}\u0000${orgId}`)) return `org:${orgId}`;
    return `user:${subject}`;
  }

  /** Records the outcome of a membership check, which moves the pair to the organization's queue. */
  remember(subject: string, orgId: string, isMember: boolean): void {
    if (isMember) this.verified.set(`${subject}\u0000${orgId}`, true);
    else this.verified.delete(`${subject}\u0000${orgId}`);
  }

  /**
   * Waits for a slot of `key` until `deadline` (a Date.now() value); resolves with the function
   * that gives it back (call it once), or rejects with SlotWaitTimeout.
   */
  acquire(key: string, deadline: number): Promise<() => void> {
    const now = Date.now();
    this.touch(key, now);
    if ((this.active.get(key) ?? 0) < this.limitFor(key, now) && !this.waiting.has(key)) {
      this.active.set(key, (this.active.get(key) ?? 0) + 1);
      return Promise.resolve(this.releaser(key));
    }
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        grant: () => {
          clearTimeout(waiter.timer);
          this.active.set(key, (this.active.get(key) ?? 0) + 1);
          resolve(this.releaser(key));
        },
        timer: setTimeout(
          () => {
            const queue = this.waiting.get(key);
            const index = queue?.indexOf(waiter) ?? -1;
            if (queue && index >= 0) queue.splice(index, 1);
            if (queue?.length === 0) this.waiting.delete(key);
            reject(new SlotWaitTimeout());
          },
          Math.max(0, deadline - Date.now()),
        ),
      };
      const queue = this.waiting.get(key) ?? [];
      queue.push(waiter);
      this.waiting.set(key, queue);
    });
  }

  /** Requests holding or waiting for a slot, per key (for metrics and tests). */
  snapshot(): { active: number; waiting: number } {
    let active = 0;
    let waiting = 0;
    for (const count of this.active.values()) active += count;
    for (const queue of this.waiting.values()) waiting += queue.length;
    return { active, waiting };
  }

  private releaser(key: string): () => void {
    const grantedAt = Date.now();
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const now = Date.now();
      this.touch(key, now);
      // Weight 0.2: about the last five transactions decide, so a tenant that turns cheap again is freed within a few requests.
      const previousHold = this.holdMs.get(key);
      const hold = now - grantedAt;
      this.holdMs.set(key, previousHold === undefined ? hold : previousHold + 0.2 * (hold - previousHold));
      const count = (this.active.get(key) ?? 1) - 1;
      if (count === 0) this.active.delete(key);
      else this.active.set(key, count);
      this.grantWaiters(key, now);
    };
  }

  /** Hands free slots of `key` to its waiters, in order, up to its current limit. */
  private grantWaiters(key: string, now: number): void {
    const queue = this.waiting.get(key);
    if (!queue) return;
    const limit = this.limitFor(key, now);
    while (queue.length > 0 && (this.active.get(key) ?? 0) < limit) queue.shift()!.grant();
    if (queue.length === 0) this.waiting.delete(key);
  }

  private touch(key: string, now: number): void {
    if (this.latest?.key === key) this.latest.at = now;
    else {
      this.previous = this.latest;
      this.latest = { key, at: now };
    }
  }

  /** Whether a key other than `key` acquired or released a slot within the last second. */
  private othersActive(key: string, now: number): boolean {
    const other = this.latest?.key === key ? this.previous : this.latest;
    return other !== null && now - other.at < ACTIVE_WINDOW_MS;
  }
}

// A tenant counts as active for a second after its last acquire or release: B's lookups at
// concurrency 2 touch it every few ms, and a second is short enough that a tenant left alone
// gets its whole share back before a user notices.
const ACTIVE_WINDOW_MS = 1_000;

interface Waiter {
  grant(): void;
  timer: NodeJS.Timeout;
}

export class SlotWaitTimeout extends Error {
  constructor() {
    super('timed out waiting for a database slot of this organization');
  }
}
