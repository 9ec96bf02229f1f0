import { z } from 'zod';
import { builder } from '../../schema/builder.js';
import { clearable, globalId, globalIds, optionalText, text } from '../../schema/validation.js';

/** sendSystemNotification's bounds: one send reaches at most this many people. */
export const MAX_SYSTEM_NOTIFICATION_RECIPIENTS = 1000;
/** Members named one by one (userIds), like other id lists of the API. */
export const MAX_SYSTEM_NOTIFICATION_USER_IDS = 100;
export const MAX_SYSTEM_NOTIFICATION_TITLE = 200;
export const MAX_SYSTEM_NOTIFICATION_BODY = 2000;

export const SendSystemNotificationInput = builder.inputType('SendSystemNotificationInput', {
  fields: (f) => ({
    organizationId: f.id({ required: true, description: 'The Organization whose members are notified.' }),
    userIds: f.idList({
      description:
        `Only these members (User ids, 1 to ${MAX_SYSTEM_NOTIFICATION_USER_IDS}; each must be a member). ` +
        `Omitted or null: every member of the organization (people, not API keys; at most ${MAX_SYSTEM_NOTIFICATION_RECIPIENTS}).`,
    }),
    title: f.string({ required: true, description: `1 to ${MAX_SYSTEM_NOTIFICATION_TITLE} characters.` }),
    body: f.string({ description: `At most ${MAX_SYSTEM_NOTIFICATION_BODY} characters; null or blank: no body.` }),
  }),
});

export const sendSystemNotificationSchema = z.object({
  organizationId: globalId('Organization'),
  userIds: clearable(globalIds('User', MAX_SYSTEM_NOTIFICATION_USER_IDS, `{field}: at most ${MAX_SYSTEM_NOTIFICATION_USER_IDS} members`))
    .refine((ids) => ids === null || ids === undefined || ids.length > 0, {
      message: '{field} must name at least one member; omit it to notify every member',
    })
    .transform((ids) => ids ?? null),
  title: text({ min: 1, max: MAX_SYSTEM_NOTIFICATION_TITLE }),
  body: optionalText(MAX_SYSTEM_NOTIFICATION_BODY).transform((body) => body ?? null),
});

export type SendSystemNotification = z.output<typeof sendSystemNotificationSchema>;
