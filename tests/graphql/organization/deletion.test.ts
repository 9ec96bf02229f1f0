import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { documentIdOf, startTestApp, type TestApp } from '../../helpers/app.js';
import { CREATE_API_KEY } from '../../helpers/tenant-types/api-key.js';
import { ApiKeyContactsDocument } from '../../generated/operations/graphql.js';
import { createOrganization, type TestOrganization } from '../../helpers/organizations.js';
import { codes, fields } from '../../helpers/responses.js';
import { DELETE_ORGANIZATION, RESTORE_ORGANIZATION } from '../../helpers/role-fixtures.js';

const ORGANIZATIONS = '{ organizations(first: 20) { edges { node { id name deletedAt purgeAfter } } } }';
const DAY = 86_400_000;

describe('deleteOrganization and restoreOrganization', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(async () => app?.close());

  const stateOf = async (org: TestOrganization) =>
    (await app.owner.query('SELECT deleted_at, purge_after FROM organizations WHERE id = $1', [org.id])).rows[0] as {
      deleted_at: Date | null;
      purge_after: Date | null;
    };
  const globalIdOf = async (org: TestOrganization) => (await org.owner.query('{ organization { id } }')).data.organization.id as string;

  it('refuses a wrong confirmName (BAD_USER_INPUT on the field) and a non-OWNER (FORBIDDEN); nothing changes', async () => {
    const org = await createOrganization(app, 'Careful');
    const wrong = await org.owner.query(DELETE_ORGANIZATION, { input: { confirmName: 'careful' } });
    expect(codes(wrong)).toEqual(['BAD_USER_INPUT']);
    expect(fields(wrong)).toEqual(['confirmName']);
    expect(codes(await org.admin.query(DELETE_ORGANIZATION, { input: { confirmName: 'Careful' } }))).toEqual(['FORBIDDEN']);
    expect(await stateOf(org)).toEqual({ deleted_at: null, purge_after: null });
  });

  describe('a deleted organization', () => {
    let org: TestOrganization;
    let orgGlobalId: string;
    let apiKeySecret: string;
    /** The organization's API key runs a trusted document, with no organization header. */
    const withKey = () => app.post({ documentId: documentIdOf(ApiKeyContactsDocument) }, { authorization: `Bearer ${apiKeySecret}` });
    beforeAll(async () => {
      org = await createOrganization(app, 'Doomed');
      orgGlobalId = await globalIdOf(org);
      const key = await org.owner.query(CREATE_API_KEY, { input: { name: 'Partner', role: 'MEMBER' } });
      apiKeySecret = key.data.createApiKey.secret;
      expect((await withKey()).errors).toBeUndefined();
    });

    it('is marked deleted with purgeAfter = now + ORGANIZATION_DELETION_GRACE_DAYS (30)', async () => {
      const before = Date.now();
      const deleted = await org.owner.query(DELETE_ORGANIZATION, { input: { confirmName: 'Doomed' } });
      expect(deleted.errors).toBeUndefined();
      const { deletedAt, purgeAfter } = deleted.data.deleteOrganization.organization;
      expect(Date.parse(deletedAt)).toBeGreaterThanOrEqual(before - 1000);
      expect(Date.parse(purgeAfter) - Date.parse(deletedAt)).toBe(30 * DAY);
    });

    it('refuses every request of its members with ORGANIZATION_PENDING_DELETION (403), reads and writes alike', async () => {
      for (const actor of [org.owner, org.admin, org.viewer]) {
        const read = await actor.query('{ contacts(first: 1) { totalCount } }');
        expect(codes(read)).toEqual(['ORGANIZATION_PENDING_DELETION']);
        expect(read.status).toBe(403);
      }
      const write = await org.member.query('mutation ($input: CreateContactInput!) { createContact(input: $input) { contact { id } } }', {
        input: { firstName: 'Too', lastName: 'Late' },
      });
      expect(codes(write)).toEqual(['ORGANIZATION_PENDING_DELETION']);
      expect((await app.owner.query('SELECT count(*)::int AS n FROM contacts WHERE org_id = $1', [org.id])).rows[0].n).toBe(0);
      // Its API keys stop working with it.
      expect(codes(await withKey())).toEqual(['ORGANIZATION_PENDING_DELETION']);
      // A non-member still learns nothing about it.
      expect(codes(await org.outsider.query('{ contacts(first: 1) { totalCount } }'))).toEqual(['FORBIDDEN']);
    });

    it('is listed to its members as pending deletion', async () => {
      const listed = await org.viewer.inOrg(null).query(ORGANIZATIONS);
      expect(listed.errors).toBeUndefined();
      const node = listed.data.organizations.edges.find((edge: { node: { id: string } }) => edge.node.id === orgGlobalId).node;
      expect(node.deletedAt).not.toBeNull();
      expect(node.purgeAfter).not.toBeNull();
    });

    it('cannot be restored by an ADMIN (FORBIDDEN) or a stranger (NOT_FOUND); an OWNER restores it', async () => {
      const input = { organizationId: orgGlobalId };
      expect(codes(await org.admin.inOrg(null).query(RESTORE_ORGANIZATION, { input }))).toEqual(['FORBIDDEN']);
      expect(codes(await org.outsider.inOrg(null).query(RESTORE_ORGANIZATION, { input }))).toEqual(['NOT_FOUND']);
      expect((await stateOf(org)).deleted_at).not.toBeNull();

      const restored = await org.owner.inOrg(null).query(RESTORE_ORGANIZATION, { input });
      expect(restored.errors).toBeUndefined();
      expect(restored.data.restoreOrganization.organization).toEqual({ id: orgGlobalId, deletedAt: null });
      expect(await stateOf(org)).toEqual({ deleted_at: null, purge_after: null });
      const read = await org.viewer.query('{ contacts(first: 1) { totalCount } }');
      expect(read.errors).toBeUndefined();
      expect((await withKey()).errors).toBeUndefined();
    });
  });

  it('cannot be restored once its grace period is over (BAD_USER_INPUT); it stays deleted', async () => {
    const org = await createOrganization(app, 'Expired');
    const organizationId = await globalIdOf(org);
    expect((await org.owner.query(DELETE_ORGANIZATION, { input: { confirmName: 'Expired' } })).errors).toBeUndefined();
    await app.owner.query("UPDATE organizations SET purge_after = now() - interval '1 minute' WHERE id = $1", [org.id]);
    const late = await org.owner.inOrg(null).query(RESTORE_ORGANIZATION, { input: { organizationId } });
    expect(codes(late)).toEqual(['BAD_USER_INPUT']);
    expect(fields(late)).toEqual(['organizationId']);
    expect((await stateOf(org)).deleted_at).not.toBeNull();
  });

  it('restoreOrganization refuses an id that is not an Organization (BAD_USER_INPUT)', async () => {
    const org = await createOrganization(app, 'Typed');
    const bad = await org.owner.inOrg(null).query(RESTORE_ORGANIZATION, { input: { organizationId: 'nope' } });
    expect(codes(bad)).toEqual(['BAD_USER_INPUT']);
    expect(fields(bad)).toEqual(['organizationId']);
  });
});
