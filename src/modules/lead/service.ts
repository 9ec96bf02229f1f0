import { tenantOf, type Context } from '../../context/index.js';
import { lockRowForUpdate } from '../../db/row-locks.js';
import { badInput, notFound } from '../../schema/errors.js';
import type { ConvertLead } from './inputs.js';
import { createDeal } from '../deal/service.js';
import { tenantKey } from '../../context/tenant-key.js';
import { assertValuesFit, carriedCustomFieldValues, customFieldDefinitions } from '../custom-field/service.js';
import type { Prisma } from '../../generated/prisma/client.js';

/** The JSONObject scalar's bound, for the merged object no single input carried. */
const CUSTOM_FIELDS_MAX_CHARACTERS = 16_384;

/**
 * The new contact's custom fields: the lead's values that fit a live CONTACT definition, with
 * `given` (contactCustomFields) merged over them; a null there leaves the key out. Checked against
 * the CONTACT definitions as createContact checks its input, before anything is written.
 */
async function contactCustomFieldsOf(
  ctx: Context,
  leadValues: Prisma.JsonValue,
  given: Prisma.InputJsonObject | undefined,
): Promise<Prisma.InputJsonObject> {
  const definitions = await customFieldDefinitions(ctx.prisma, 'CONTACT');
  const fromLead = leadValues !== null && typeof leadValues === 'object' && !Array.isArray(leadValues) ? leadValues : {};
  const merged: Record<string, Prisma.InputJsonValue> = {};
  for (const [key, value] of Object.entries({ ...carriedCustomFieldValues(definitions, fromLead).carried, ...given })) {
    if (value !== null && value !== undefined) merged[key] = value;
  }
  assertValuesFit(definitions, merged, {
    input: 'contactCustomFields',
    advice: ({ key, problem }) =>
      problem === 'REQUIRED'
        ? `the lead has no value for it that fits; give one in contactCustomFields.${key}`
        : `fix contactCustomFields.${key}`,
  });
  if (JSON.stringify(merged).length > CUSTOM_FIELDS_MAX_CHARACTERS) {
    throw badInput("The contact's custom fields would be over 16 KiB", 'contactCustomFields');
  }
  return merged;
}

/**
 * lead -> contact (+ company) (+ deal). Runs inside the request's transaction: if any step
 * fails, the request rolls back and nothing of the conversion remains.
 */
export async function convertLead(ctx: Context, input: ConvertLead) {
  const { leadId } = input;
  // Concurrent conversions run one after the other; the second sees CONVERTED.
  await lockRowForUpdate(ctx, 'leads', leadId);
  const lead = await ctx.prisma.lead.findUnique({ where: tenantKey(ctx, leadId) });
  if (!lead || lead.deletedAt) throw notFound('Lead');
  if (lead.status === 'CONVERTED') throw badInput('This lead is already converted', 'leadId');
  if (input.companyId && input.createCompany) throw badInput('Give companyId or createCompany, not both', 'companyId');
  const customFields = await contactCustomFieldsOf(ctx, lead.customFields, input.contactCustomFields);

  let company = null;
  if (input.companyId) {
    company = await ctx.prisma.company.findUnique({ where: tenantKey(ctx, input.companyId) });
    if (!company) throw badInput('companyId does not reference a Company of this organization', 'companyId');
  } else if (input.createCompany) {
    if (!lead.companyName) throw badInput('The lead has no companyName to create a company from', 'createCompany');
    company = await ctx.prisma.company.create({ data: { orgId: tenantOf(ctx).orgId, name: lead.companyName } });
  }
  const contact = await ctx.prisma.contact.create({
    data: {
      orgId: tenantOf(ctx).orgId,
      firstName: lead.firstName ?? '',
      lastName: lead.lastName,
      email: lead.email,
      phone: lead.phone,
      title: lead.title,
      companyId: company?.id ?? null,
      ownerId: lead.assigneeId,
      customFields,
    },
  });
  const deal = input.deal
    ? await createDeal(ctx, input.deal, { contactId: contact.id, companyId: company?.id ?? null, leadId: lead.id })
    : null;
  const converted = await ctx.prisma.lead.update({
    where: tenantKey(ctx, lead.id),
    data: { status: 'CONVERTED', convertedAt: new Date(), convertedContactId: contact.id },
  });
  return { lead: converted, contact, company, deal };
}
