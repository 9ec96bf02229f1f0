import { encodeGlobalID } from '@pothos/plugin-relay';
import type { Context } from '../../context/index.js';
import { badInput, notFound } from '../../schema/errors.js';
import { MAX_SYSTEM_NOTIFICATION_RECIPIENTS, type SendSystemNotification } from './inputs.js';

interface SendOutcome {
  outcome: string;
  recipient_count: number;
  not_members: string[] | null;
}

/**
 * Sends a SYSTEM notification as a platform administrator (the role matrix let only them in).
 * They are not members of the organization, so the rows are written by
 * app.send_system_notification (sql/30_notifications.sql, SECURITY DEFINER), which checks the
 * flag again, in the request's own transaction and without switching its tenant. A refusal
 * writes nothing. Returns how many members were notified.
 */
export async function sendSystemNotification(ctx: Context, input: SendSystemNotification): Promise<number> {
  const [result] = await ctx.prisma.$queryRaw<SendOutcome[]>`
    SELECT outcome, recipient_count, not_members::text[] AS not_members
      FROM app.send_system_notification(${input.organizationId}::uuid, ${input.userIds}::uuid[], ${input.title}, ${input.body},
                                        ${MAX_SYSTEM_NOTIFICATION_RECIPIENTS}::integer)`;
  switch (result?.outcome) {
    case 'sent':
      return result.recipient_count;
    case 'no_organization':
      throw notFound('Organization');
    case 'not_members': {
      const [first] = result.not_members ?? [];
      const count = result.not_members?.length ?? 0;
      const which = first ? encodeGlobalID('User', first) : 'a user';
      throw badInput(`userIds: ${which} is not a member of this organization${count > 1 ? ` (nor are ${count - 1} more)` : ''}`, 'userIds');
    }
    case 'too_many':
      throw badInput(
        `The organization has ${result.recipient_count} members, more than the ${MAX_SYSTEM_NOTIFICATION_RECIPIENTS} one notification may reach: name them in userIds`,
        'userIds',
      );
    default:
      throw new Error(`app.send_system_notification answered ${String(result?.outcome)}`);
  }
}
