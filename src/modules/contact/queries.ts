import { defineFilter, enumFilter } from '../../schema/filters.js';
import { defineOrderBy } from '../../schema/ordering.js';
import { defineListQuery } from '../../schema/resource.js';
import { companyFilter } from '../company/queries.js';
import { ContactStatusEnum, ContactTypeEnum } from './types.js';

const ContactTypeFilter = enumFilter(ContactTypeEnum, 'ContactType');
const ContactStatusFilter = enumFilter(ContactStatusEnum, 'ContactStatus');

export const contactFilter = defineFilter('Contact', () => ({
  id: { kind: 'id', column: 'id', type: 'Contact' },
  customFields: { kind: 'customFields', entity: 'CONTACT' },
  firstName: { kind: 'string', column: 'firstName', prefixKey: 'firstNameKey' },
  lastName: { kind: 'string', column: 'lastName', prefixKey: 'lastNameKey' },
  email: { kind: 'string', column: 'email' },
  phone: { kind: 'string', column: 'phone' },
  title: { kind: 'string', column: 'title' },
  type: { kind: 'enum', column: 'type', filter: ContactTypeFilter },
  status: { kind: 'enum', column: 'status', filter: ContactStatusFilter },
  tags: { kind: 'stringList', column: 'tags' },
  companyId: { kind: 'id', column: 'companyId', type: 'Company' },
  ownerId: { kind: 'id', column: 'ownerId', type: 'User' },
  createdAt: { kind: 'dateTime', column: 'createdAt' },
  updatedAt: { kind: 'dateTime', column: 'updatedAt' },
  company: { kind: 'relation', relation: 'company', filter: () => companyFilter },
}));

export const contactOrder = defineOrderBy(
  'Contact',
  { NAME: ['lastName', 'firstName'], EMAIL: ['email'], CREATED_AT: ['createdAt'], UPDATED_AT: ['updatedAt'] },
  { field: 'NAME', direction: 'ASC' },
  { customFields: true },
);

defineListQuery({
  field: 'contacts',
  type: 'Contact',
  delegate: 'contact',
  filter: contactFilter,
  order: contactOrder,
  description: 'People of the current organization.',
});
