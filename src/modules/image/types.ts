import { builder } from '../../schema/builder.js';
import { PUBLIC_IMAGES_PATH } from './routes.js';

builder.prismaObjectField('Organization', 'logoUrl', (t) =>
  t.string({
    nullable: true,
    description:
      'The logo (setOrganizationLogo) as an absolute URL anyone may load, without a token: it changes whenever the logo does, ' +
      'so it may be cached for good. Null when there is none.',
    select: { logoId: true },
    resolve: (organization, _args, ctx) =>
      organization.logoId ? `${ctx.attachments.baseUrl}${PUBLIC_IMAGES_PATH}/${organization.logoId}` : null,
  }),
);

builder.prismaObjectField('User', 'avatarUrl', (t) =>
  t.string({
    nullable: true,
    description:
      'The avatar (updateProfile) as an absolute URL anyone may load, without a token; it changes whenever the avatar does. ' +
      'Null when there is none.',
    select: { avatarId: true },
    resolve: (user, _args, ctx) => (user.avatarId ? `${ctx.attachments.baseUrl}${PUBLIC_IMAGES_PATH}/${user.avatarId}` : null),
  }),
);
