import { builder } from '../../schema/builder.js';
import { tenantNode } from '../../context/tenant-key.js';

export const DailyMetricType = builder.prismaNode('DailyMetric', {
  ...tenantNode,
  nullable: true, // node(id:) answers null for a missing or invisible record, as Relay expects
  // Select mode: each query loads only the columns and relations the operation asks for.
  select: { id: true },
  description:
    "One organization's numbers for one UTC day, computed from the records by refreshMetrics (or the metrics:refresh " +
    'cron script); never edited by hand. Soft-deleted records do not count.',
  fields: (t) => ({
    day: t.expose('day', { type: 'Date', description: 'The UTC calendar day.' }),
    leadsCreated: t.exposeInt('leadsCreated'),
    dealsCreated: t.exposeInt('dealsCreated'),
    dealsWon: t.exposeInt('dealsWon', { description: 'Deals closed as WON that day (by closedAt).' }),
    dealsLost: t.exposeInt('dealsLost', { description: 'Deals closed as LOST that day (by closedAt).' }),
    revenueWon: t.expose('revenueWon', {
      type: 'Decimal',
      description: 'The sum of the values of the deals won that day, added as stored whatever their currency.',
    }),
    activitiesLogged: t.exposeInt('activitiesLogged', { description: 'Activities by occurredAt.' }),
    appointmentsBooked: t.exposeInt('appointmentsBooked', { description: 'Appointments created (booked) that day.' }),
    messagesLogged: t.exposeInt('messagesLogged', { description: 'Messages by sentAt.' }),
    computedAt: t.expose('computedAt', { type: 'DateTime', description: 'When this day was last recomputed.' }),
  }),
});
