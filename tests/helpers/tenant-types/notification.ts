import { CREATE_LEAD, currentUserId, idInput, run, unique, type TenantType } from '../tenant-kit.js';

const LEAD_NOTIFICATIONS = /* GraphQL */ `
  query LeadNotifications {
    notifications(first: 100, filter: { type: { equals: LEAD_ASSIGNED } }) {
      edges {
        node {
          id
          subjectId
        }
      }
    }
  }
`;

/** Tenant types of the notification module, for the isolation matrix (see tests/helpers/tenant-kit.ts). */
export const tenantTypes: TenantType[] = [
  {
    typename: 'Notification',
    table: 'notifications',
    rootList: 'notifications',
    filterable: true,
    softDelete: false,
    privateToUser: true,
    selection: 'id subject { id }',
    nestedTypes: ['Notification', 'Lead'],
    // A domain event: the organization's ADMIN assigns a lead to the actor (its OWNER), and the
    // database notifies the actor.
    create: async (actor, { org }) => {
      const lead = await run(org.admin, CREATE_LEAD, { input: { lastName: unique('Assigned'), assigneeId: await currentUserId(actor) } });
      const leadId = lead.createLead.lead.id;
      const data = await run(actor, LEAD_NOTIFICATIONS);
      const notification = data.notifications.edges.find((edge: { node: { subjectId: string } }) => edge.node.subjectId === leadId);
      if (!notification) throw new Error(`no LEAD_ASSIGNED notification for ${leadId}`);
      return notification.node.id;
    },
    update: idInput('markNotificationRead'),
    references: [],
  },
];
