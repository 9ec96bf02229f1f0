import { builder } from '../../schema/builder.js';
import { assertCustomFieldValues } from '../custom-field/service.js';
import { defineSoftDeleteMutations, payloadType } from '../../schema/resource.js';
import { parseInput } from '../../schema/validation.js';
import { CreateActivityInput, UpdateActivityInput, createActivitySchema, updateActivitySchema } from './inputs.js';
import { ActivityType } from './types.js';
import { tenantOf } from '../../context/index.js';
import { tenantKey } from '../../context/tenant-key.js';

const ActivityPayload = payloadType('ActivityPayload', ActivityType, 'activity');

builder.mutationField('createActivity', (t) =>
  t.field({
    type: ActivityPayload,
    args: { input: t.arg({ required: true, type: CreateActivityInput }) },
    resolve: async (_root, { input }, ctx) => {
      const data = parseInput(createActivitySchema, input);
      await assertCustomFieldValues(ctx, 'ACTIVITY', data.customFields ?? {});
      return { activity: await ctx.prisma.activity.create({ data: { ownerId: ctx.viewer!.userId, ...data, orgId: tenantOf(ctx).orgId } }) };
    },
  }),
);

builder.mutationField('updateActivity', (t) =>
  t.field({
    type: ActivityPayload,
    description: 'Updates the given fields; omitted fields stay, null clears an optional field (e.g. completedAt: null reopens a task).',
    args: { input: t.arg({ required: true, type: UpdateActivityInput }) },
    resolve: async (_root, { input }, ctx) => {
      const { id, ...data } = parseInput(updateActivitySchema, input);
      await assertCustomFieldValues(ctx, 'ACTIVITY', data.customFields);
      return { activity: await ctx.prisma.activity.update({ where: tenantKey(ctx, id), data }) };
    },
  }),
);

defineSoftDeleteMutations({ type: 'Activity', ref: ActivityType, delegate: 'activity', field: 'activity' });
