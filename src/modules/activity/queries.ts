import { defineFilter, enumFilter } from '../../schema/filters.js';
import { defineOrderBy } from '../../schema/ordering.js';
import { defineListQuery } from '../../schema/resource.js';
import { ActivityTypeEnum } from './types.js';

const ActivityTypeFilter = enumFilter(ActivityTypeEnum, 'ActivityType');

export const activityFilter = defineFilter('Activity', () => ({
  id: { kind: 'id', column: 'id', type: 'Activity' },
  customFields: { kind: 'customFields', entity: 'ACTIVITY' },
  type: { kind: 'enum', column: 'type', filter: ActivityTypeFilter },
  subject: { kind: 'string', column: 'subject' },
  occurredAt: { kind: 'dateTime', column: 'occurredAt' },
  dueAt: { kind: 'dateTime', column: 'dueAt' },
  completedAt: { kind: 'dateTime', column: 'completedAt' },
  dealId: { kind: 'id', column: 'dealId', type: 'Deal' },
  contactId: { kind: 'id', column: 'contactId', type: 'Contact' },
  companyId: { kind: 'id', column: 'companyId', type: 'Company' },
  leadId: { kind: 'id', column: 'leadId', type: 'Lead' },
  listingId: { kind: 'id', column: 'listingId', type: 'Listing' },
  ownerId: { kind: 'id', column: 'ownerId', type: 'User' },
}));

export const activityOrder = defineOrderBy(
  'Activity',
  { OCCURRED_AT: ['occurredAt'], DUE_AT: ['dueAt'], CREATED_AT: ['createdAt'] },
  { field: 'OCCURRED_AT', direction: 'DESC' },
  { customFields: true },
);

defineListQuery({
  field: 'activities',
  type: 'Activity',
  delegate: 'activity',
  filter: activityFilter,
  order: activityOrder,
  description: 'Calls, e-mails, meetings, notes, tasks, showings, open houses and stage changes.',
});
