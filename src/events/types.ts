/**
 * The domain events of the outbox (issue 13): written by database triggers in the transaction
 * of the change (sql/80_events.sql), so a rolled-back request emits nothing and a committed one
 * is never lost. Names are `<entity>.<what happened>`, lower case, past tense: a contract with
 * webhook consumers and automations, never renamed.
 */
export const DOMAIN_EVENT_TYPES = [
  'lead.created',
  'lead.assigned',
  'lead.converted',
  'contact.created',
  'contact.updated',
  'deal.created',
  'deal.updated',
  'deal.stage_changed',
  'deal.won',
  'deal.lost',
  'activity.created',
  'appointment.booked',
  'appointment.updated',
  'appointment.cancelled',
  'message.received',
  'notification.created',
  'purchase.completed',
  'import.completed',
] as const;
export type DomainEventType = (typeof DOMAIN_EVENT_TYPES)[number];

/** Events private to one member (a notification): never sent to an organization's webhooks. */
export const PRIVATE_EVENT_TYPES: ReadonlySet<DomainEventType> = new Set(['notification.created']);

/** One row of the outbox (the `events` table), as consumers read it under RLS. */
export interface DomainEvent {
  /** uuid */
  id: string;
  orgId: string;
  type: DomainEventType;
  /** The GraphQL typename of the record: Lead, Contact, Deal, Activity, Appointment, Message, Notification, ToolPurchase, ImportRun. */
  entityType: string;
  /** The record's uuid (not a global id). */
  entityId: string;
  /** Who made the change (users.id), or null for the system (a job, a script). */
  actorId: string | null;
  /** A small JSON payload: what changed (e.g. fromStageId/toStageId), never the whole row. */
  payload: Record<string, unknown>;
  occurredAt: Date;
  /** How many automation runs led to this event (0: a person or partner did it); the loop guard. */
  depth: number;
}
