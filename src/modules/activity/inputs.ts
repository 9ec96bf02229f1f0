import { z } from 'zod';
import { builder } from '../../schema/builder.js';
import {
  clearable,
  given,
  globalId,
  jsonObject,
  nullIgnored,
  nullMeans,
  omittable,
  optionalText,
  text,
  type InputFields,
} from '../../schema/validation.js';
import { ActivityTypeEnum } from './types.js';

function activityFields<Create extends boolean>(f: InputFields, create: Create) {
  return {
    type: f.field({ type: ActivityTypeEnum, required: create }),
    subject: f.string({ required: create }),
    body: f.string(),
    occurredAt: f.field({ type: 'DateTime', description: 'Defaults to now.' }),
    dueAt: f.field({ type: 'DateTime' }),
    completedAt: f.field({ type: 'DateTime' }),
    leadId: f.id(),
    contactId: f.id(),
    companyId: f.id(),
    dealId: f.id(),
    listingId: f.id({ description: 'A Listing of this organization.' }),
    ownerId: f.id({ description: 'Defaults to the signed-in user on create.' }),
    customFields: f.field({ type: 'JSONObject' }),
  };
}

export const CreateActivityInput = builder.inputType('CreateActivityInput', { fields: (f) => activityFields(f, true) });
export const UpdateActivityInput = builder.inputType('UpdateActivityInput', {
  fields: (f) => ({ id: f.id({ required: true }), ...activityFields(f, false) }),
});

const type = given<typeof ActivityTypeEnum.$inferInput>().refine((value) => value !== 'STAGE_CHANGE', {
  message: 'STAGE_CHANGE activities are recorded by moveDealStage',
});
const subject = text({ min: 1, max: 300 });
const activityRules = {
  body: optionalText(20_000),
  occurredAt: nullMeans(given<Date>(), () => new Date()),
  dueAt: clearable(given<Date>()),
  completedAt: clearable(given<Date>()),
  leadId: clearable(globalId('Lead')),
  contactId: clearable(globalId('Contact')),
  companyId: clearable(globalId('Company')),
  dealId: clearable(globalId('Deal')),
  listingId: clearable(globalId('Listing')),
  ownerId: clearable(globalId('User')),
  customFields: jsonObject(),
};

export const createActivitySchema = z.object({ type, subject, ...activityRules });
export const updateActivitySchema = z.object({
  id: globalId('Activity'),
  type: omittable(type),
  subject: omittable(subject),
  ...activityRules,
});

export const ActivityAddedFilter = builder.inputType('ActivityAddedFilter', {
  description: 'Only activities with every value given here (all of them when empty).',
  fields: (f) => ({
    dealId: f.id(),
    contactId: f.id(),
    leadId: f.id(),
    companyId: f.id(),
    type: f.field({ type: ActivityTypeEnum }),
  }),
});

/** activityAdded's filter: ids decoded; null or absent means no condition. */
export const activityAddedFilterSchema = z
  .object({
    dealId: nullIgnored(globalId('Deal')),
    contactId: nullIgnored(globalId('Contact')),
    leadId: nullIgnored(globalId('Lead')),
    companyId: nullIgnored(globalId('Company')),
    type: nullIgnored(given<typeof ActivityTypeEnum.$inferInput>()),
  })
  .nullish()
  .transform((filter) => filter ?? {});
