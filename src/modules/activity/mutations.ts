import { builder } from '../../schema/builder.js';
import { badInput } from '../../schema/errors.js';
import { parseGlobalId, parseOptionalGlobalId } from '../../schema/global-ids.js';
import { defineSoftDeleteMutations, payloadType } from '../../schema/resource.js';
import { defined, jsonObject, text } from '../../schema/validation-legacy.js';
import { ActivityType, ActivityTypeEnum } from './types.js';


function activityData(input: Record<string, any>) {
  if (input.type === 'STAGE_CHANGE') throw badInput('STAGE_CHANGE activities are recorded by moveDealStage', 'type');
  if (input.type === null) throw badInput('type cannot be null', 'type');
  return defined({
    type: input.type,
    subject: text(input.subject, 'subject', { min: 1, max: 300 }),
    body: text(input.body, 'body', { max: 20_000, nullable: true }),
    occurredAt: input.occurredAt === null ? new Date() : input.occurredAt,
    dueAt: input.dueAt,
    completedAt: input.completedAt,
    leadId: parseOptionalGlobalId(input.leadId, 'Lead', 'leadId'),
    contactId: parseOptionalGlobalId(input.contactId, 'Contact', 'contactId'),
    companyId: parseOptionalGlobalId(input.companyId, 'Company', 'companyId'),
    dealId: parseOptionalGlobalId(input.dealId, 'Deal', 'dealId'),
    ownerId: parseOptionalGlobalId(input.ownerId, 'User', 'ownerId'),
    customFields: jsonObject(input.customFields, 'customFields'),
  });
}

const activityFields = (f: any, create: boolean) => ({
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
  ownerId: f.id({ description: 'Defaults to the signed-in user on create.' }),
  customFields: f.field({ type: 'JSONObject' }),
});

const ActivityPayload = payloadType('ActivityPayload', ActivityType, 'activity');

builder.mutationField('createActivity', (t) =>
  t.field({
    type: ActivityPayload,
    args: { input: t.arg({ required: true, type: builder.inputType('CreateActivityInput', { fields: (f) => activityFields(f, true) }) }) },
    resolve: async (_root, { input }, ctx) => ({
      activity: await ctx.prisma.activity.create({
        data: { ownerId: ctx.viewer!.userId, ...activityData(input), orgId: ctx.orgId! } as never,
      }),
    }),
  }),
);

builder.mutationField('updateActivity', (t) =>
  t.field({
    type: ActivityPayload,
    description: 'Updates the given fields; omitted fields stay, null clears an optional field (e.g. completedAt: null reopens a task).',
    args: {
      input: t.arg({
        required: true,
        type: builder.inputType('UpdateActivityInput', { fields: (f) => ({ id: f.id({ required: true }), ...activityFields(f, false) }) }),
      }),
    },
    resolve: async (_root, { input }, ctx) => ({
      activity: await ctx.prisma.activity.update({ where: { id: parseGlobalId(String(input.id), 'Activity') }, data: activityData(input) as never }),
    }),
  }),
);

defineSoftDeleteMutations({ type: 'Activity', ref: ActivityType, delegate: 'activity', field: 'activity' });
