/** Reading the outbox (sql/80_events.sql) in a transaction that has entered the organization. */
import { z } from 'zod';
import type { TransactionClient } from '../db/request-transaction.js';
import { DOMAIN_EVENT_TYPES, type DomainEvent } from './types.js';

/** The outbox row as the consumers see it; null when it was purged before the job ran. */
export async function loadEvent(tx: TransactionClient, orgId: string, eventId: string): Promise<DomainEvent | null> {
  const row = await tx.event.findUnique({ where: { orgId_id: { orgId, id: eventId } } });
  if (!row) return null;
  return {
    id: row.id,
    orgId: row.orgId,
    type: z.enum(DOMAIN_EVENT_TYPES).parse(row.type),
    entityType: row.entityType,
    entityId: row.entityId,
    actorId: row.actorId,
    payload: z.record(z.string(), z.unknown()).parse(row.payload),
    occurredAt: row.occurredAt,
    depth: row.depth,
  };
}
