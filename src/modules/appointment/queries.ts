import { builder } from '../../schema/builder.js';
import type { Context } from '../../context/index.js';
import { defineFilter, enumFilter } from '../../schema/filters.js';
import { defineOrderBy } from '../../schema/ordering.js';
import { defineListQuery } from '../../schema/resource.js';
import { parseInput } from '../../schema/validation.js';
import { upcomingAppointmentsArgs } from './inputs.js';
import { AppointmentStatusEnum } from './types.js';

const AppointmentStatusFilter = enumFilter(AppointmentStatusEnum, 'AppointmentStatus');

export const appointmentFilter = defineFilter('Appointment', () => ({
  id: { kind: 'id', column: 'id', type: 'Appointment' },
  startsAt: { kind: 'dateTime', column: 'startsAt' },
  status: { kind: 'enum', column: 'status', filter: AppointmentStatusFilter },
  organizerId: { kind: 'id', column: 'organizerId', type: 'User' },
  dealId: { kind: 'id', column: 'dealId', type: 'Deal' },
  contactId: { kind: 'id', column: 'contactId', type: 'Contact' },
  listingId: { kind: 'id', column: 'listingId', type: 'Listing' },
  createdAt: { kind: 'dateTime', column: 'createdAt' },
}));

export const appointmentOrder = defineOrderBy(
  'Appointment',
  { STARTS_AT: ['startsAt'], CREATED_AT: ['createdAt'] },
  { field: 'STARTS_AT', direction: 'ASC' },
);

defineListQuery({
  field: 'appointments',
  type: 'Appointment',
  delegate: 'appointment',
  filter: appointmentFilter,
  order: appointmentOrder,
  description: 'Appointments of the current organization, by default in calendar order (startsAt ascending).',
});

// One "now" per request, so a page and its totalCount agree on what is upcoming.
const requestTimes = new WeakMap<Context, Date>();
const requestNow = (ctx: Context) => {
  if (!requestTimes.has(ctx)) requestTimes.set(ctx, new Date());
  return requestTimes.get(ctx)!;
};

function upcomingWhere(ctx: Context, args: { userId?: string | null }) {
  const userId = parseInput(upcomingAppointmentsArgs, args).userId ?? ctx.viewer!.userId;
  return {
    startsAt: { gte: requestNow(ctx) },
    status: { not: 'CANCELLED' as const },
    deletedAt: null,
    OR: [{ organizerId: userId }, { attendees: { some: { userId } } }],
  };
}

builder.queryField('upcomingAppointments', (t) =>
  t.prismaConnection({
    type: 'Appointment',
    cursor: 'orgId_id',
    description:
      'Appointments starting now or later that a member organizes or attends (not cancelled or deleted), soonest first. ' +
      'Defaults to the signed-in user; userId shows another member of this organization.',
    args: { userId: t.arg.id({ description: 'A User who is a member of this organization; defaults to you.' }) },
    resolve: (query, _root, args, ctx) =>
      ctx.prisma.appointment.findMany({ ...query, where: upcomingWhere(ctx, args), orderBy: [{ startsAt: 'asc' }, { id: 'asc' }] }),
    totalCount: (_connection, args, ctx) => ctx.prisma.appointment.count({ where: upcomingWhere(ctx, args) }),
  }),
);
