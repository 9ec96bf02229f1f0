import type { Role } from '../../src/auth/permissions.js';
import type { Actor, TestApp } from './app.js';
import { joinOrganization } from './invitations.js';

export interface TestOrganization {
  id: string;
  name: string;
  owner: Actor;
  admin: Actor;
  member: Actor;
  viewer: Actor;
  /** Signed in, but not a member of this organization. */
  outsider: Actor;
  as(role: Role): Actor;
}

const CREATE_ORGANIZATION = /* GraphQL */ `
  mutation CreateOrganization($input: CreateOrganizationInput!) {
    createOrganization(input: $input) {
      organization {
        id
        name
      }
    }
  }
`;

/** An organization created through the API, with one member per role. */
export async function createOrganization(app: TestApp, name = 'Org'): Promise<TestOrganization> {
  const owner = await app.actor(`${name}-owner`);
  const created = await owner.query(CREATE_ORGANIZATION, { input: { name } });
  if (created.errors) throw new Error(JSON.stringify(created.errors));
  const globalId: string = created.data.createOrganization.organization.id;
  const id = Buffer.from(globalId, 'base64').toString('utf8').split(':')[1]!;
  const ownerInOrg = owner.inOrg(id);
  const members: Partial<Record<Role, Actor>> = { OWNER: ownerInOrg };
  for (const role of ['ADMIN', 'MEMBER', 'VIEWER'] as const) {
    const actor = await app.actor(`${name}-${role.toLowerCase()}`);
    await joinOrganization(ownerInOrg, actor, role);
    members[role] = actor.inOrg(id);
  }
  const outsider = (await app.actor(`${name}-outsider`)).inOrg(id);
  return {
    id,
    name,
    owner: ownerInOrg,
    admin: members.ADMIN!,
    member: members.MEMBER!,
    viewer: members.VIEWER!,
    outsider,
    as: (role) => members[role]!,
  };
}
