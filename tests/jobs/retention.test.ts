/**
 * The daily purges of README "Jobs" that delete stored files, run by a real worker
 * (graphile-worker, src/jobs/worker.ts) against the test database and a local file store in a
 * temporary directory: the bytes of attachments deleted longer ago than ATTACHMENT_RETENTION_DAYS
 * go from the disk and their rows from the table, and organizations deleted longer ago than their
 * grace period go with every row and file; everything younger stays.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import pino from 'pino';
import { loadConfig } from '../../src/config.js';
import { LOCAL_APP_PASSWORD, LOCAL_APP_ROLE } from '../../src/db/local-database.js';
import { startJobWorker, type JobWorker } from '../../src/jobs/worker.js';
import { TEST_JWT_SECRET, startTestApp, type TestApp } from '../helpers/app.js';
import { eventually } from '../helpers/eventually.js';
import { createOrganization, type TestOrganization } from '../helpers/organizations.js';
import { softDelete } from '../helpers/role-fixtures.js';
import { codes, uuidOf } from '../helpers/responses.js';
import { PIXEL_PNG, logoUploadInput } from '../helpers/role-operations/image.js';

const SET_LOGO = 'mutation ($input: SetOrganizationLogoInput!) { setOrganizationLogo(input: $input) { organization { id } } }';
const CREATE_CONTACT = 'mutation ($input: CreateContactInput!) { createContact(input: $input) { contact { id } } }';
const CREATE_UPLOAD =
  'mutation ($input: CreateAttachmentUploadInput!) { createAttachmentUpload(input: $input) { attachment { id } uploadUrl } }';

describe('purging deleted files', () => {
  let app: TestApp;
  let org: TestOrganization;
  let directory: string;
  let worker: JobWorker;
  let contactId: string;

  beforeAll(async () => {
    directory = await mkdtemp(join(tmpdir(), 'clientflow-retention-'));
    app = await startTestApp({ env: { ATTACHMENTS_DIR: directory } });
    org = await createOrganization(app, 'Retention');
    const contact = await org.owner.query(CREATE_CONTACT, { input: { firstName: 'Kept', lastName: 'Files' } });
    contactId = contact.data.createContact.contact.id;
    const config = loadConfig({
      NODE_ENV: 'test',
      AUTH_JWT_SECRET: TEST_JWT_SECRET,
      DATABASE_URL: app.databaseUrl,
      WORKER_DATABASE_URL: app.workerUrl,
      WORKER_CONCURRENCY: '1',
      ATTACHMENTS_DIR: directory,
      ATTACHMENT_RETENTION_DAYS: '30',
    });
    worker = await startJobWorker({ config, appUrl: app.databaseUrl, workerUrl: app.workerUrl, logger: pino({ level: 'silent' }) });
  }, 60_000);

  afterAll(async () => {
    await worker?.stop();
    await app?.close();
    await rm(directory, { recursive: true, force: true });
  });

  /** An uploaded text file on a contact of `owner`'s organization: its attachment uuid and where its bytes are. */
  async function uploaded(text: string, owner = org.owner, orgId = org.id, recordId = contactId) {
    const bytes = Buffer.from(text);
    const created = await owner.query(CREATE_UPLOAD, {
      input: {
        fileName: 'notes.txt',
        contentType: 'text/plain',
        sizeBytes: bytes.length,
        checksumSha256: createHash('sha256').update(bytes).digest('hex'),
        recordId,
      },
    });
    expect(created.errors).toBeUndefined();
    const { attachment, uploadUrl } = created.data.createAttachmentUpload;
    const response = await fetch(uploadUrl, { method: 'PUT', body: bytes, headers: { 'content-type': 'text/plain' } });
    expect(response.status).toBe(200);
    const id = uuidOf(attachment.id);
    const path = join(directory, orgId, id);
    expect(existsSync(path)).toBe(true);
    return { globalId: attachment.id as string, id, path };
  }
  const deleted = async (file: { globalId: string }, daysAgo: number) => {
    expect((await org.owner.query(softDelete('Attachment'), { input: { id: file.globalId } })).errors).toBeUndefined();
    await app.owner.query(`UPDATE attachments SET deleted_at = now() - make_interval(days => $2) WHERE id = $1`, [
      uuidOf(file.globalId),
      daysAgo,
    ]);
  };
  const rowExists = async (id: string) => (await app.owner.query('SELECT 1 FROM attachments WHERE id = $1', [id])).rowCount === 1;

  it('deletes the bytes and the row of attachments deleted before ATTACHMENT_RETENTION_DAYS, and nothing else', async () => {
    const old = await uploaded('deleted long ago\n');
    const recent = await uploaded('deleted yesterday\n');
    const live = await uploaded('still attached\n');
    await deleted(old, 31);
    await deleted(recent, 1);

    // The cron slot is 04:30 UTC; the same task, queued now.
    await app.owner.query(`SELECT graphile_worker.add_job('purge_deleted_attachments', '{}'::json)`);
    await eventually(async () => !(await rowExists(old.id)), 15_000);

    expect(existsSync(old.path)).toBe(false);
    expect(existsSync(recent.path)).toBe(true);
    expect(await rowExists(recent.id)).toBe(true);
    expect(existsSync(live.path)).toBe(true);
    expect(await rowExists(live.id)).toBe(true);
    // The recent one can still be restored whole.
    const restored = await org.owner.query(
      'mutation ($input: IdInput!) { restoreAttachment(input: $input) { attachment { id status } } }',
      {
        input: { id: recent.globalId },
      },
    );
    expect(restored.errors).toBeUndefined();
    expect(restored.data.restoreAttachment.attachment.status).toBe('READY');
  }, 30_000);

  it('purges a deleted attachment that is still the logo (the logo is cleared), and an organization with a logo', async () => {
    const logoOf = async (orgId: string) => {
      const created = await org.owner.query(
        'mutation ($input: CreateImageUploadInput!) { createOrganizationLogoUpload(input: $input) { attachment { id } uploadUrl } }',
        { input: logoUploadInput() },
      );
      expect(created.errors).toBeUndefined();
      const { attachment, uploadUrl } = created.data.createOrganizationLogoUpload;
      expect((await fetch(uploadUrl, { method: 'PUT', body: PIXEL_PNG, headers: { 'content-type': 'image/png' } })).status).toBe(200);
      const set = await org.owner.query(SET_LOGO, { input: { imageId: attachment.id } });
      expect(set.errors).toBeUndefined();
      return { globalId: attachment.id as string, id: uuidOf(attachment.id), path: join(directory, orgId, uuidOf(attachment.id)) };
    };
    const logo = await logoOf(org.id);
    await deleted(logo, 31);
    await app.owner.query(`SELECT graphile_worker.add_job('purge_deleted_attachments', '{}'::json)`);
    await eventually(async () => !(await rowExists(logo.id)), 15_000);
    expect(existsSync(logo.path)).toBe(false);
    expect((await app.owner.query('SELECT logo_id FROM organizations WHERE id = $1', [org.id])).rows[0].logo_id).toBeNull();

    // The organization's own key to its logo does not stop its purge.
    const doomed = await createOrganization(app, 'Logoed');
    const created = await doomed.owner.query(
      'mutation ($input: CreateImageUploadInput!) { createOrganizationLogoUpload(input: $input) { attachment { id } uploadUrl } }',
      { input: logoUploadInput() },
    );
    const { attachment, uploadUrl } = created.data.createOrganizationLogoUpload;
    expect((await fetch(uploadUrl, { method: 'PUT', body: PIXEL_PNG, headers: { 'content-type': 'image/png' } })).status).toBe(200);
    expect((await doomed.owner.query(SET_LOGO, { input: { imageId: attachment.id } })).errors).toBeUndefined();
    await app.owner.query(`UPDATE organizations SET deleted_at = now(), purge_after = now() - interval '1 day' WHERE id = $1`, [doomed.id]);
    expect((await app.owner.query('SELECT app.purge_organization($1) AS purged', [doomed.id])).rows[0].purged).toBe(true);
    expect((await app.owner.query('SELECT 1 FROM organizations WHERE id = $1', [doomed.id])).rowCount).toBe(0);
  }, 30_000);

  it('deletes organizations past their grace period with every row and stored file, and no other', async () => {
    /** An organization with records of several kinds, files (one of them deleted) and audit entries. */
    const populated = async (name: string) => {
      const populatedOrg = await createOrganization(app, name);
      const contact = await populatedOrg.member.query(CREATE_CONTACT, { input: { firstName: 'Some', lastName: 'One' } });
      const recordId = contact.data.createContact.contact.id;
      const deal = await populatedOrg.member.query('mutation ($input: CreateDealInput!) { createDeal(input: $input) { deal { id } } }', {
        input: { deal: { name: 'Big one', value: '100.00' } },
      });
      expect(deal.errors).toBeUndefined();
      const note = await populatedOrg.member.query(
        'mutation ($input: CreateActivityInput!) { createActivity(input: $input) { activity { id } } }',
        { input: { type: 'NOTE', subject: 'Call back' } },
      );
      expect(note.errors).toBeUndefined();
      const kept = await uploaded(`${name} kept\n`, populatedOrg.owner, populatedOrg.id, recordId);
      const binned = await uploaded(`${name} binned\n`, populatedOrg.owner, populatedOrg.id, recordId);
      expect((await populatedOrg.owner.query(softDelete('Attachment'), { input: { id: binned.globalId } })).errors).toBeUndefined();
      return { org: populatedOrg, files: [kept.path, binned.path] };
    };
    const doomed = await populated('Doomed');
    const waiting = await populated('Waiting');
    const untouched = await populated('Untouched');
    for (const { org: target, due } of [
      { org: doomed.org, due: true },
      { org: waiting.org, due: false },
    ]) {
      const deleted = await target.owner.query(
        'mutation ($input: DeleteOrganizationInput!) { deleteOrganization(input: $input) { organization { id } } }',
        { input: { confirmName: target.name } },
      );
      expect(deleted.errors).toBeUndefined();
      if (due) await app.owner.query("UPDATE organizations SET purge_after = now() - interval '1 minute' WHERE id = $1", [target.id]);
    }
    /** Rows of the organization in every table that has an org_id column (and the organization itself). */
    const rowsOf = async (orgId: string) => {
      const { rows: tables } = await app.owner.query<{ table_name: string }>(
        `SELECT c.table_name FROM information_schema.columns c JOIN information_schema.tables t USING (table_schema, table_name)
          WHERE c.table_schema = 'public' AND c.column_name = 'org_id' AND t.table_type = 'BASE TABLE'`,
      );
      const counts: Record<string, number> = {};
      for (const { table_name: table } of tables) {
        const { rows } = await app.owner.query<{ n: number }>(`SELECT count(*)::int AS n FROM "${table}" WHERE org_id = $1`, [orgId]);
        if (rows[0]!.n > 0) counts[table] = rows[0]!.n;
      }
      const own = await app.owner.query('SELECT 1 FROM organizations WHERE id = $1', [orgId]);
      if (own.rowCount) counts.organizations = own.rowCount;
      return counts;
    };
    const before = {
      doomed: await rowsOf(doomed.org.id),
      waiting: await rowsOf(waiting.org.id),
      untouched: await rowsOf(untouched.org.id),
    };
    expect(before.doomed).toMatchObject({ organizations: 1, memberships: 4, contacts: 1, deals: 1, activities: 1, attachments: 2 });
    expect(before.doomed.audit_log).toBeGreaterThan(0);

    // The cron slot is 04:45 UTC; the same task, queued now.
    await app.owner.query(`SELECT graphile_worker.add_job('purge_deleted_organizations', '{}'::json)`);
    await eventually(
      async () => (await app.owner.query('SELECT 1 FROM organizations WHERE id = $1', [doomed.org.id])).rowCount === 0,
      15_000,
    );

    expect(await rowsOf(doomed.org.id)).toEqual({});
    expect(doomed.files.map((file) => existsSync(file))).toEqual([false, false]);
    // Deleted but within its grace period, and not deleted at all: every row and file is still there.
    expect(await rowsOf(waiting.org.id)).toEqual(before.waiting);
    expect(waiting.files.map((file) => existsSync(file))).toEqual([true, true]);
    expect(await rowsOf(untouched.org.id)).toEqual(before.untouched);
    expect(untouched.files.map((file) => existsSync(file))).toEqual([true, true]);
    // The purged organization's former members are members of nothing there.
    expect(codes(await doomed.org.viewer.query('{ contacts(first: 1) { totalCount } }'))).toEqual(['FORBIDDEN']);
  }, 60_000);

  it("a replaced or removed avatar's bytes are deleted by the job its committed change queued", async () => {
    const UPDATE_PROFILE = 'mutation ($input: UpdateProfileInput!) { updateProfile(input: $input) { user { id avatarUrl } } }';
    const setAvatar = async (bytes: Buffer | null) => {
      let avatarId: string | null = null;
      if (bytes) {
        const created = await org.member.query(
          'mutation ($input: CreateImageUploadInput!) { createAvatarUpload(input: $input) { attachment { id } uploadUrl } }',
          { input: logoUploadInput(bytes, 'image/png') },
        );
        expect(created.errors).toBeUndefined();
        const { attachment, uploadUrl } = created.data.createAvatarUpload;
        expect((await fetch(uploadUrl, { method: 'PUT', body: bytes, headers: { 'content-type': 'image/png' } })).status).toBe(200);
        avatarId = attachment.id;
      }
      const response = await org.member.query(UPDATE_PROFILE, { input: { avatarId } });
      expect(response.errors).toBeUndefined();
      const { id, avatarUrl } = response.data.updateProfile.user as { id: string; avatarUrl: string | null };
      return avatarUrl === null ? null : join(directory, uuidOf(id), avatarUrl.split('/').at(-1)!);
    };
    const first = await setAvatar(PIXEL_PNG);
    const second = await setAvatar(PIXEL_PNG);
    // The first one's bytes may already be gone: the worker hears of the job at COMMIT.
    expect(existsSync(second!)).toBe(true);
    await eventually(async () => !existsSync(first!), 15_000);
    expect(existsSync(second!)).toBe(true);
    expect(await setAvatar(null)).toBeNull();
    await eventually(async () => !existsSync(second!), 15_000);
  }, 30_000);

  it("the API's role cannot list or purge other organizations", async () => {
    const { host, port, database } = app.owner as unknown as { host: string; port: number; database: string };
    const api = new pg.Client({ host, port, database, user: LOCAL_APP_ROLE, password: LOCAL_APP_PASSWORD });
    await api.connect();
    try {
      await expect(api.query('SELECT * FROM app.attachments_due_for_purge(now(), 10)')).rejects.toMatchObject({ code: '42501' });
      await expect(api.query('SELECT * FROM app.organizations_due_for_purge(10)')).rejects.toMatchObject({ code: '42501' });
      await expect(api.query('SELECT app.purge_organization($1)', [org.id])).rejects.toMatchObject({ code: '42501' });
    } finally {
      await api.end();
    }
  });
});
