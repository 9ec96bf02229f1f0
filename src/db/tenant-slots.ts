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
 * Written here rather than taken from a library: the semaphores on npm (p-limit, async-sema,
 * async-mutex) have no per-key pools and no bounded wait, and both are the point.
 */
export class TenantSlots {
  private readonly active = new Map<string, number>();
  private readonly waiting = new Map<string, Waiter[]>();
  // 10,000 pairs x ~150 bytes: a bounded 1.5 MB; 10 minutes outlives any burst.
  private readonly verified = new LRUCache<string, true>({ max: 10_000, ttl: 10 * 60_000 });

  constructor(readonly slotsPerTenant: number) {}

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
    if ((this.active.get(key) ?? 0) < this.slotsPerTenant) {
      this.active.set(key, (this.active.get(key) ?? 0) + 1);
      return Promise.resolve(this.releaser(key));
    }
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        grant: () => {
          clearTimeout(waiter.timer);
          resolve(this.releaser(key));
        },
        timer: setTimeout(() => {
          const queue = this.waiting.get(key);
          const index = queue?.indexOf(waiter) ?? -1;
          if (queue && index >= 0) queue.splice(index, 1);
          if (queue?.length === 0) this.waiting.delete(key);
          reject(new SlotWaitTimeout());
        }, Math.max(0, deadline - Date.now())),
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
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.waiting.get(key)?.shift();
      if (next) {
        // The slot passes straight to the next in line: the count stays the same.
        if (this.waiting.get(key)?.length === 0) this.waiting.delete(key);
        next.grant();
        return;
      }
      const count = (this.active.get(key) ?? 1) - 1;
      if (count === 0) this.active.delete(key);
      else this.active.set(key, count);
    };
  }
}

interface Waiter {
  grant(): void;
  timer: NodeJS.Timeout;
}

export class SlotWaitTimeout extends Error {
  constructor() {
    super('timed out waiting for a database slot of this organization');
  }
}
