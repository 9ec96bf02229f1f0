import { resolveNodes } from '@pothos/plugin-relay';
import { isObjectType, type GraphQLSchema } from 'graphql';
import { mayReadNode } from '../../auth/permissions.js';
import { builder } from '../../schema/builder.js';
import { parseAnyGlobalId } from '../../schema/global-ids.js';
import { tenantNode } from '../../context/tenant-key.js';

export const NotificationTypeEnum = builder.enumType('NotificationType', {
  description:
    'What happened. LEAD_ASSIGNED, DEAL_ASSIGNED, APPOINTMENT_INVITATION and APPOINTMENT_UPDATED (rescheduled or cancelled) ' +
    'are raised by the database itself; SYSTEM is sent by platform administrators.',
  values: ['LEAD_ASSIGNED', 'DEAL_ASSIGNED', 'APPOINTMENT_INVITATION', 'APPOINTMENT_UPDATED', 'SYSTEM'] as const,
});

/** The stored subject as a node reference, or null when it names no node type of this schema. */
function subjectReference(subjectId: string | null, schema: GraphQLSchema) {
  if (!subjectId) return null;
  try {
    const { typename, id } = parseAnyGlobalId(subjectId);
    const type = schema.getType(typename);
    return isObjectType(type) && type.getInterfaces().some((iface) => iface.name === 'Node') ? { id, typename } : null;
  } catch {
    return null;
  }
}

export const NotificationType = builder.prismaNode('Notification', {
  ...tenantNode,
  nullable: true, // node(id:) answers null for a missing or invisible record, as Relay expects
  // Select mode: each query loads only the columns and relations the operation asks for.
  select: { id: true },
  description:
    'A message for one member in one organization. Private: nobody else, in this organization or another, can read or mark it ' +
    '(row-level security checks the user as well as the organization).',
  fields: (t) => ({
    type: t.expose('type', { type: NotificationTypeEnum }),
    title: t.exposeString('title'),
    body: t.exposeString('body', { nullable: true }),
    subjectId: t.exposeID('subjectId', { nullable: true, description: 'The global id of the record it is about, as stored.' }),
    subject: t.field({
      type: builder.nodeInterfaceRef(),
      nullable: true,
      description: 'The record it is about; null once that record is gone or if you cannot see it.',
      select: { subjectId: true },
      resolve: async (notification, _args, ctx, info) => {
        const reference = subjectReference(notification.subjectId, info.schema);
        // resolveNodes is what node(id:) uses: the subject's own loader, under RLS, and its read rule.
        if (!reference || !mayReadNode(ctx.role, reference.typename)) return null;
        return (await resolveNodes(builder, ctx, info, [reference]))[0] ?? null;
      },
    }),
    readAt: t.expose('readAt', { type: 'DateTime', nullable: true, description: 'When it was first marked read; null while unread.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});
