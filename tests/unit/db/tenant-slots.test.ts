import { describe, expect, it } from '@jest/globals';
import { setTimeout as sleep } from 'node:timers/promises';
import { SlotWaitTimeout, TenantSlots } from '../../../src/db/tenant-slots.js';

// Pure logic: no database. Hold times are real (tens of ms), against a 20 ms "slow" threshold.
const SLOW_MS = 20;
const far = () => Date.now() + 5_000;

/** Holds a slot of `key` for `ms`, so the key's moving average becomes about `ms`. */
async function hold(slots: TenantSlots, key: string, ms: number): Promise<void> {
  const release = await slots.acquire(key, far());
  await sleep(ms);
  release();
}

/** How many of `count` acquisitions of `key` are granted at once (the rest wait, then give up). */
async function grantedAtOnce(slots: TenantSlots, key: string, count: number): Promise<number> {
  const attempts = Array.from({ length: count }, () => slots.acquire(key, Date.now() + 50));
  const outcomes = await Promise.allSettled(attempts);
  for (const outcome of outcomes) if (outcome.status === 'fulfilled') outcome.value();
  for (const outcome of outcomes) if (outcome.status === 'rejected') expect(outcome.reason).toBeInstanceOf(SlotWaitTimeout);
  return outcomes.filter((outcome) => outcome.status === 'fulfilled').length;
}

describe('TenantSlots', () => {
  it('grants an organization its share of slots, and its further requests wait in its own queue', async () => {
    const slots = new TenantSlots({ slotsPerTenant: 3 });
    expect(await grantedAtOnce(slots, 'org:a', 5)).toBe(3);
    expect(slots.snapshot()).toEqual({ active: 0, waiting: 0 });
  });

  it('a waiting request gets the slot given back, in arrival order', async () => {
    const slots = new TenantSlots({ slotsPerTenant: 1 });
    const first = await slots.acquire('org:a', far());
    const order: number[] = [];
    const second = slots.acquire('org:a', far()).then((release) => (order.push(2), release));
    const third = slots.acquire('org:a', far()).then((release) => (order.push(3), release));
    first();
    (await second)();
    (await third)();
    expect(order).toEqual([2, 3]);
  });

  it('a slow organization keeps its whole share while no other organization is active', async () => {
    const slots = new TenantSlots({ slotsPerTenant: 4, slowTenantSlots: 1, slowTransactionMs: SLOW_MS });
    await hold(slots, 'org:a', 40);
    await sleep(1_050); // nobody else within the last second
    expect(slots.limitFor('org:a')).toBe(4);
    expect(await grantedAtOnce(slots, 'org:a', 4)).toBe(4);
  });

  it('a slow organization is cut to its slow slots while another organization is active', async () => {
    const slots = new TenantSlots({ slotsPerTenant: 4, slowTenantSlots: 1, slowTransactionMs: SLOW_MS });
    await hold(slots, 'org:a', 40);
    await hold(slots, 'org:b', 1);
    expect(slots.limitFor('org:a')).toBe(1);
    expect(await grantedAtOnce(slots, 'org:a', 4)).toBe(1);
    // The fast organization keeps its whole share meanwhile.
    expect(slots.limitFor('org:b')).toBe(4);
    expect(await grantedAtOnce(slots, 'org:b', 4)).toBe(4);
  });

  it('a slow organization that turns fast gets its share back within a few transactions', async () => {
    const slots = new TenantSlots({ slotsPerTenant: 4, slowTenantSlots: 1, slowTransactionMs: SLOW_MS });
    await hold(slots, 'org:a', 40);
    await hold(slots, 'org:b', 1);
    expect(slots.limitFor('org:a')).toBe(1);
    for (let i = 0; i < 8; i += 1) await hold(slots, 'org:a', 0);
    await hold(slots, 'org:b', 1);
    expect(slots.limitFor('org:a')).toBe(4);
  });

  it('when the limit shrinks, requests beyond it wait until the slow organization is under it again', async () => {
    const slots = new TenantSlots({ slotsPerTenant: 3, slowTenantSlots: 1, slowTransactionMs: SLOW_MS });
    await hold(slots, 'org:a', 40);
    await sleep(1_050);
    const held = await Promise.all([slots.acquire('org:a', far()), slots.acquire('org:a', far()), slots.acquire('org:a', far())]);
    await hold(slots, 'org:b', 1); // B arrives: A, still slow, may now hold one
    let granted = false;
    const next = slots.acquire('org:a', far()).then((release) => ((granted = true), release));
    held[0]!();
    held[1]!();
    await sleep(5);
    expect(granted).toBe(false); // A still holds one, its limit
    held[2]!();
    (await next)();
    expect(granted).toBe(true);
    expect(slots.snapshot()).toEqual({ active: 0, waiting: 0 });
  });
});
