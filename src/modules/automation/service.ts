import { tenantOf, type Context } from '../../context/index.js';
import { lockRowForUpdate } from '../../db/row-locks.js';
import type { Prisma } from '../../generated/prisma/client.js';
import { ClientFlowError, ErrorCode, notFound } from '../../schema/errors.js';
import type { CreateAutomation, UpdateAutomation } from './inputs.js';
import { checkAutomationConfig, type AutomationTrigger, type ConfigIssue, type ConfigReference, type ReferenceTypename } from './config.js';
import { tenantKey } from '../../context/tenant-key.js';

/** BAD_USER_INPUT naming the first bad path (message and extensions.field) and listing every problem in extensions.issues. */
function configError(issues: ConfigIssue[]) {
  const [first] = issues;
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more: see extensions.issues)` : '';
  return new ClientFlowError(ErrorCode.BAD_USER_INPUT, `Invalid automation: ${first!.path}: ${first!.message}${more}`, {
    field: first!.path,
    issues,
  });
}

/** The referenced ids that are not records of this organization (users: not members of it). */
async function missingReferences(ctx: Context, references: ConfigReference[]): Promise<ConfigReference[]> {
  const orgId = tenantOf(ctx).orgId;
  const idsOf = (typename: ReferenceTypename) => [...new Set(references.filter((r) => r.typename === typename).map((r) => r.id))];
  const found = async (typename: ReferenceTypename): Promise<string[]> => {
    const ids = idsOf(typename);
    if (ids.length === 0) return [];
    const where = { orgId, id: { in: ids } };
    switch (typename) {
      case 'User':
        // A user sees their own memberships in every organization: the orgId condition matters.
        return (await ctx.prisma.membership.findMany({ where: { orgId, userId: { in: ids } }, select: { userId: true } })).map(
          (m) => m.userId,
        );
      case 'Pipeline':
        return (await ctx.prisma.pipeline.findMany({ where, select: { id: true } })).map((r) => r.id);
      case 'PipelineStage':
        return (await ctx.prisma.pipelineStage.findMany({ where, select: { id: true } })).map((r) => r.id);
      case 'Listing':
        return (await ctx.prisma.listing.findMany({ where, select: { id: true } })).map((r) => r.id);
      case 'WebhookEndpoint':
        return (await ctx.prisma.webhookEndpoint.findMany({ where, select: { id: true } })).map((r) => r.id);
    }
  };
  const typenames = [...new Set(references.map((r) => r.typename))];
  const existing = new Set((await Promise.all(typenames.map(found))).flat());
  return references.filter((reference) => !existing.has(reference.id));
}

/** The configuration to store, or BAD_USER_INPUT with every problem (shape first, then references). */
async function checkedConfig(ctx: Context, trigger: AutomationTrigger, conditions: readonly unknown[], actions: readonly unknown[]) {
  const checked = checkAutomationConfig(trigger, conditions, actions);
  if (checked.issues.length > 0) throw configError(checked.issues);
  const missing = await missingReferences(ctx, checked.references);
  if (missing.length > 0) {
    throw configError(
      missing.map((reference) => ({
        path: reference.path,
        message:
          reference.typename === 'User' ? 'is not a member of this organization' : `is not a ${reference.typename} of this organization`,
      })),
    );
  }
  return { conditions: checked.conditions, actions: checked.actions };
}

export async function createAutomation(ctx: Context, input: CreateAutomation) {
  const { conditions, actions, ...data } = input;
  const config = await checkedConfig(ctx, data.trigger, conditions ?? [], actions);
  return ctx.prisma.automation.create({ data: { ...data, ...config, orgId: tenantOf(ctx).orgId, createdById: ctx.viewer!.userId } });
}

/**
 * Changing the trigger, conditions or actions, or enabling, re-checks the whole configuration
 * (what is stored plus what is given) against the trigger; renaming or disabling does not.
 */
export async function updateAutomation(ctx: Context, input: UpdateAutomation) {
  const { id, conditions, actions, ...data } = input;
  // The stored half of the configuration must still be what is stored when the whole is written.
  await lockRowForUpdate(ctx, 'automations', id);
  const existing = await ctx.prisma.automation.findUnique({
    where: tenantKey(ctx, id),
    select: { trigger: true, conditions: true, actions: true },
  });
  if (!existing) throw notFound('Automation');
  const recheck = data.trigger !== undefined || conditions !== undefined || actions !== undefined || data.enabled === true;
  const config = recheck
    ? await checkedConfig(
        ctx,
        data.trigger ?? existing.trigger,
        conditions ?? storedItems(existing.conditions),
        actions ?? storedItems(existing.actions),
      )
    : {};
  return ctx.prisma.automation.update({ where: tenantKey(ctx, id), data: { ...data, ...config } });
}

/** A stored conditions or actions column (a JSON array; anything else is checked as empty). */
function storedItems(value: Prisma.JsonValue): readonly unknown[] {
  return Array.isArray(value) ? value : [];
}
