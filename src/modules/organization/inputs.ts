import { z } from 'zod';
import { builder } from '../../schema/builder.js';
import { clearable, given, globalId, optionalText, requiredEmail, text } from '../../schema/validation.js';
import { MembershipRoleEnum } from './types.js';

export const CreateOrganizationInput = builder.inputType('CreateOrganizationInput', {
  fields: (f) => ({ name: f.string({ required: true }) }),
});
export const UpdateOrganizationInput = builder.inputType('UpdateOrganizationInput', {
  fields: (f) => ({ name: f.string({ required: true }) }),
});
export const ChangeMemberRoleInput = builder.inputType('ChangeMemberRoleInput', {
  fields: (f) => ({ membershipId: f.id({ required: true }), role: f.field({ type: MembershipRoleEnum, required: true }) }),
});
export const UpdateProfileInput = builder.inputType('UpdateProfileInput', {
  fields: (f) => ({
    name: f.string({
      required: false,
      description: "Your display name, 1 to 120 characters; null or blank goes back to the identity provider's.",
    }),
    avatarId: f.id({
      required: false,
      description:
        'The Attachment of your READY createAvatarUpload (send the X-Organization-Id it was uploaded in); null removes your avatar.',
    }),
  }),
});
export const TransferOwnershipInput = builder.inputType('TransferOwnershipInput', {
  fields: (f) => ({ membershipId: f.id({ required: true, description: 'The membership of the member who becomes OWNER.' }) }),
});
export const DeleteOrganizationInput = builder.inputType('DeleteOrganizationInput', {
  fields: (f) => ({ confirmName: f.string({ required: true, description: "The organization's exact name, as a confirmation." }) }),
});
export const RestoreOrganizationInput = builder.inputType('RestoreOrganizationInput', {
  fields: (f) => ({ organizationId: f.id({ required: true }) }),
});
export const RemoveMemberInput = builder.inputType('RemoveMemberInput', { fields: (f) => ({ membershipId: f.id({ required: true }) }) });
export const InviteMemberInput = builder.inputType('InviteMemberInput', {
  fields: (f) => ({ email: f.string({ required: true }), role: f.field({ type: MembershipRoleEnum, required: true }) }),
});
const invitationIdInput = (name: string) => builder.inputType(name, { fields: (f) => ({ invitationId: f.id({ required: true }) }) });
export const RevokeInvitationInput = invitationIdInput('RevokeInvitationInput');
export const AcceptInvitationInput = invitationIdInput('AcceptInvitationInput');

const role = given<typeof MembershipRoleEnum.$inferInput>();

/** The one name rule for creating and renaming an organization. */
export const organizationNameSchema = z.object({ name: text({ min: 1, max: 120 }) });
export const changeMemberRoleSchema = z.object({ membershipId: globalId('Membership'), role });
export const updateProfileSchema = z.object({ name: optionalText(120), avatarId: clearable(globalId('Attachment')) });
export const transferOwnershipSchema = z.object({ membershipId: globalId('Membership') });
export const deleteOrganizationSchema = z.object({ confirmName: z.string() });
export const restoreOrganizationSchema = z.object({ organizationId: globalId('Organization') });
export const removeMemberSchema = z.object({ membershipId: globalId('Membership') });
export const inviteMemberSchema = z.object({
  email: requiredEmail(),
  role,
});
export const invitationIdSchema = z.object({ invitationId: globalId('Invitation') });
