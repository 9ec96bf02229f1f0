/**
 * CSV imports end to end: files uploaded through the attachment routes, importContacts /
 * importLeads / importCompanies through the API, a real job worker (graphile-worker) that runs
 * the import, and the run polled through node(id:). A dry run reports every row error and
 * writes nothing; a commit writes every row or none.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pino from 'pino';
import { loadConfig } from '../../../src/config.js';
import { startJobWorker, type JobWorker } from '../../../src/jobs/worker.js';
import { TEST_JWT_SECRET, type Actor } from '../../helpers/app.js';
import { useTenants } from '../../helpers/actors.js';
import { csv, uploadCsv } from '../../helpers/csv-files.js';
import { eventually } from '../../helpers/eventually.js';
import { codes, fields } from '../../helpers/responses.js';

const IMPORT = (field: string) => /* GraphQL */ `
  mutation Import($input: CsvImportInput!) {
    ${field}(input: $input) {
      importRun {
        id
        status
        dryRun
        duplicatePolicy
      }
    }
  }
`;
const IMPORT_CONTACTS = IMPORT('importContacts');

const RUN = /* GraphQL */ `
  query Run($id: ID!) {
    node(id: $id) {
      ... on ImportRun {
        status
        entity
        totalRows
        createdCount
        updatedCount
        skippedCount
        errorCount
        errors {
          row
          column
          code
          message
        }
        error
        file {
          id
        }
      }
    }
  }
`;

interface Run {
  status: string;
  totalRows: number;
  createdCount: number;
  updatedCount: number;
  skippedCount: number;
  errorCount: number;
  errors: { row: number; column: string | null; code: string; message: string }[];
  error: string | null;
}

describe('CSV import', () => {
  const tenants = useTenants('Importers', { otherTenant: true });
  const { asOwner, asAdmin, asMember, asViewer, asOtherTenant } = tenants;
  let worker: JobWorker;

  beforeAll(async () => {
    const config = loadConfig({
      NODE_ENV: 'test',
      AUTH_JWT_SECRET: TEST_JWT_SECRET,
      DATABASE_URL: tenants.app.databaseUrl,
      WORKER_DATABASE_URL: tenants.app.workerUrl,
    });
    worker = await startJobWorker({
      config,
      appUrl: tenants.app.databaseUrl,
      workerUrl: tenants.app.workerUrl,
      logger: pino({ level: 'silent' }),
    });
  }, 60_000);

  afterAll(async () => {
    await worker?.stop();
  });

  /** Starts an import and waits for the worker to finish it. */
  async function importAndWait(actor: Actor, field: string, input: Record<string, unknown>): Promise<Run> {
    const started = await actor.query(IMPORT(field), { input });
    expect(started.errors).toBeUndefined();
    const id = started.data[field].importRun.id as string;
    expect(started.data[field].importRun.status).toBe('PENDING');
    let run: Run | undefined;
    await eventually(async () => {
      run = (await actor.query(RUN, { id })).data.node as Run;
      return run.status === 'SUCCEEDED' || run.status === 'FAILED';
    }, 20_000);
    return run!;
  }

  const contactCount = async (where = 'true') =>
    Number(
      (await tenants.app.owner.query(`SELECT count(*) AS n FROM contacts WHERE org_id = $1 AND ${where}`, [tenants.org.id])).rows[0].n,
    );

  const GOOD = csv([
    ['firstName', 'lastName', 'email', 'tags'],
    ['Ada', 'Lovelace', 'ada@import.test', 'vip; math'],
    ['Alan', 'Turing', 'ALAN@import.test', ''],
  ]);

  it('a dry run reports each bad row by row, column and code, and writes nothing', async () => {
    const before = await contactCount();
    const fileId = await uploadCsv(
      asMember,
      csv([
        ['firstName', 'lastName', 'email'],
        ['Grace', 'Hopper', 'grace@dry.test'],
        ['', 'Nofirst', 'nofirst@dry.test'],
        ['Bad', 'Mail', 'not-an-address'],
        ['Short', 'Row'],
      ]),
    );
    const run = await importAndWait(asMember, 'importContacts', { fileId, dryRun: true });
    expect(run).toMatchObject({ status: 'SUCCEEDED', totalRows: 4, createdCount: 1, errorCount: 3 });
    expect(run.errors.map(({ row, column, code }) => ({ row, column, code }))).toEqual([
      { row: 3, column: 'firstName', code: 'REQUIRED' },
      { row: 4, column: 'email', code: 'INVALID_VALUE' },
      { row: 5, column: null, code: 'WRONG_COLUMN_COUNT' },
    ]);
    expect(run.errors[1]!.message).toBe('Row 4, column email: email is not a valid e-mail address');
    expect(await contactCount()).toBe(before);
  });

  it('a clean dry run counts what a commit would create and writes nothing', async () => {
    const before = await contactCount();
    const run = await importAndWait(asMember, 'importContacts', { fileId: await uploadCsv(asMember, GOOD), dryRun: true });
    expect(run).toMatchObject({ status: 'SUCCEEDED', totalRows: 2, createdCount: 2, errorCount: 0, errors: [] });
    expect(await contactCount()).toBe(before);
  });

  it('a commit writes every row, e-mails in lower case and tags split on semicolons', async () => {
    const run = await importAndWait(asMember, 'importContacts', { fileId: await uploadCsv(asMember, GOOD) });
    expect(run).toMatchObject({ status: 'SUCCEEDED', totalRows: 2, createdCount: 2, errorCount: 0 });
    const rows = (
      await tenants.app.owner.query(
        `SELECT first_name, email, tags FROM contacts WHERE org_id = $1 AND email LIKE '%@import.test' ORDER BY email`,
        [tenants.org.id],
      )
    ).rows;
    expect(rows).toEqual([
      { first_name: 'Ada', email: 'ada@import.test', tags: ['vip', 'math'] },
      { first_name: 'Alan', email: 'alan@import.test', tags: [] },
    ]);
  });

  it('a commit emits one import.completed event, not one event per row', async () => {
    const fileId = await uploadCsv(
      asMember,
      csv([
        ['firstName', 'lastName', 'email'],
        ['Quiet', 'Row', 'quiet@events.test'],
      ]),
    );
    const started = await asMember.query(IMPORT_CONTACTS, { input: { fileId } });
    const runId = Buffer.from(started.data.importContacts.importRun.id as string, 'base64')
      .toString()
      .split(':')[1]!;
    await eventually(async () => {
      const { rows } = await tenants.app.owner.query('SELECT status FROM import_runs WHERE id = $1', [runId]);
      return rows[0]?.status === 'SUCCEEDED';
    }, 20_000);
    const { rows: events } = await tenants.app.owner.query(
      `SELECT type, entity_type, payload FROM events
        WHERE org_id = $1 AND (entity_id = $2 OR entity_id IN (SELECT id FROM contacts WHERE email = 'quiet@events.test'))`,
      [tenants.org.id, runId],
    );
    expect(events).toEqual([
      { type: 'import.completed', entity_type: 'ImportRun', payload: { entity: 'CONTACT', created: 1, updated: 0, skipped: 0 } },
    ]);
  });

  it('a commit with one bad row among 2,500 writes nothing (all or nothing across batches)', async () => {
    const before = await contactCount();
    const rows: string[][] = [['firstName', 'lastName', 'email']];
    for (let i = 1; i <= 2_500; i += 1) rows.push([`First${i}`, `Last${i}`, `bulk${i}@all-or-nothing.test`]);
    rows[2_400] = ['First', 'Last', 'broken address'];
    const run = await importAndWait(asMember, 'importContacts', { fileId: await uploadCsv(asMember, csv(rows)) });
    expect(run).toMatchObject({ status: 'FAILED', totalRows: 2_500, createdCount: 0, errorCount: 1 });
    expect(run.errors).toEqual([expect.objectContaining({ row: 2_401, column: 'email', code: 'INVALID_VALUE' })]);
    expect(run.error).toBe('1 rows have errors; nothing was imported');
    expect(await contactCount()).toBe(before);
  });

  it("reads a contact's type and status as the lists spell them, and names a bad one", async () => {
    const bad = await uploadCsv(
      asMember,
      csv([
        ['firstName', 'lastName', 'email', 'type', 'status'],
        ['Val', 'Vendor', 'val@kinds.test', 'vendor', 'do not contact'],
        ['Cora', 'Client', 'cora@kinds.test', 'past-client', 'active'],
        ['Nia', 'Nobody', 'nia@kinds.test', 'CUSTOMER', ''],
      ]),
    );
    const dry = await importAndWait(asMember, 'importContacts', { fileId: bad, dryRun: true });
    expect(dry.errors.map(({ row, column, code }) => ({ row, column, code }))).toEqual([{ row: 4, column: 'type', code: 'INVALID_VALUE' }]);
    const good = await uploadCsv(
      asMember,
      csv([
        ['firstName', 'lastName', 'email', 'type', 'status'],
        ['Val', 'Vendor', 'val@kinds.test', 'vendor', 'do not contact'],
        ['Cora', 'Client', 'cora@kinds.test', 'past-client', ''],
      ]),
    );
    expect(await importAndWait(asMember, 'importContacts', { fileId: good })).toMatchObject({ status: 'SUCCEEDED', createdCount: 2 });
    const { rows } = await tenants.app.owner.query(
      `SELECT email, type::text, status::text FROM contacts WHERE org_id = $1 AND email LIKE '%@kinds.test' ORDER BY email`,
      [tenants.org.id],
    );
    expect(rows).toEqual([
      { email: 'cora@kinds.test', type: 'PAST_CLIENT', status: 'ACTIVE' },
      { email: 'val@kinds.test', type: 'VENDOR', status: 'DO_NOT_CONTACT' },
    ]);
  });

  it("reads the organization's typed custom fields as custom.<key> columns, checked like the API checks them", async () => {
    const define = (input: Record<string, unknown>) =>
      asAdmin.query(
        `mutation ($input: CreateCustomFieldDefinitionInput!) { createCustomFieldDefinition(input: $input) { customFieldDefinition { id } } }`,
        { input: { entity: 'CONTACT', ...input } },
      );
    for (const input of [
      { key: 'budget', label: 'Budget', type: 'MONEY' },
      { key: 'areas', label: 'Areas', type: 'MULTI_SELECT', options: ['North', 'South', 'Harbor'] },
      { key: 'preapproved', label: 'Pre-approved', type: 'BOOLEAN' },
    ])
      expect((await define(input)).errors).toBeUndefined();
    const header = ['firstName', 'lastName', 'email', 'custom.budget', 'custom.areas', 'custom.preapproved'];
    const bad = await uploadCsv(
      asMember,
      csv([
        header,
        ['Bo', 'Budget', 'bo@custom.test', '450000', 'North; Harbor', 'yes'],
        ['Cy', 'Cheap', 'cy@custom.test', 'lots', 'West', 'no'],
      ]),
    );
    const dry = await importAndWait(asMember, 'importContacts', { fileId: bad, dryRun: true });
    expect(dry.errors.map(({ row, column, code }) => ({ row, column, code }))).toEqual([
      { row: 3, column: 'custom.budget', code: 'INVALID_VALUE' },
      { row: 3, column: 'custom.areas', code: 'INVALID_VALUE' },
    ]);
    const good = await uploadCsv(asMember, csv([header, ['Bo', 'Budget', 'bo@custom.test', '450000', 'North; Harbor', 'yes']]));
    expect(await importAndWait(asMember, 'importContacts', { fileId: good })).toMatchObject({ status: 'SUCCEEDED', createdCount: 1 });
    const { rows } = await tenants.app.owner.query(`SELECT custom_fields FROM contacts WHERE org_id = $1 AND email = 'bo@custom.test'`, [
      tenants.org.id,
    ]);
    expect(rows).toEqual([{ custom_fields: { budget: '450000.00', areas: ['North', 'Harbor'], preapproved: true } }]);
  });

  describe('id columns: companyId and ownerId of contacts, assigneeId of leads', () => {
    const CREATE_COMPANY = 'mutation ($input: CreateCompanyInput!) { createCompany(input: $input) { company { id } } }';
    const CREATE_CONTACT = 'mutation ($input: CreateContactInput!) { createContact(input: $input) { contact { id } } }';
    const CREATE_LEAD = 'mutation ($input: CreateLeadInput!) { createLead(input: $input) { lead { id } } }';
    let companyId: string;
    let memberUserId: string;
    let foreignCompanyId: string;
    let foreignUserId: string;

    const created = async (actor: Actor, query: string, input: Record<string, unknown>, field: string, object: string) => {
      const response = await actor.query(query, { input });
      expect(response.errors).toBeUndefined();
      return response.data[field][object].id as string;
    };
    const meOf = async (actor: Actor) => (await actor.query('{ me { id } }')).data.me.id as string;
    /** GET /export/<path> as the OWNER, under the list filter: the file a user downloads. */
    const exported = async (path: string, filter: Record<string, unknown>) => {
      const url = `${tenants.app.url.replace(/\/graphql$/, `/export/${path}`)}?${new URLSearchParams({ filter: JSON.stringify(filter) })}`;
      const response = await fetch(url, { headers: { authorization: `Bearer ${asOwner.token}`, 'x-organization-id': asOwner.orgId! } });
      expect(response.status).toBe(200);
      return response.text();
    };
    const rowsOf = async (sql: string) => (await tenants.app.owner.query(sql, [tenants.org.id])).rows;
    const contactRows = () =>
      rowsOf(
        `SELECT email, first_name, company_id, owner_id FROM contacts WHERE org_id = $1 AND email LIKE '%@roundtrip.test' ORDER BY email`,
      );

    beforeAll(async () => {
      companyId = await created(asMember, CREATE_COMPANY, { name: 'Round Trip Co' }, 'createCompany', 'company');
      memberUserId = await meOf(asMember);
      foreignCompanyId = await created(asOtherTenant, CREATE_COMPANY, { name: 'Not Yours Co' }, 'createCompany', 'company');
      foreignUserId = await meOf(asOtherTenant);
      await created(
        asMember,
        CREATE_CONTACT,
        { firstName: 'Round', lastName: 'Trip', email: 'one@roundtrip.test', companyId, ownerId: memberUserId },
        'createContact',
        'contact',
      );
      await created(
        asMember,
        CREATE_CONTACT,
        { firstName: 'Solo', lastName: 'Trip', email: 'two@roundtrip.test' },
        'createContact',
        'contact',
      );
    });

    it('an exported contacts file imports as it is, company and owner included', async () => {
      const before = await contactRows();
      expect(before).toEqual([
        { email: 'one@roundtrip.test', first_name: 'Round', company_id: expect.any(String), owner_id: expect.any(String) },
        { email: 'two@roundtrip.test', first_name: 'Solo', company_id: null, owner_id: null },
      ]);
      const file = await exported('contacts.csv', { email: { contains: '@roundtrip.test' } });
      expect(file.split('\n')[0]).toContain('companyId,ownerId');
      await tenants.app.owner.query(`DELETE FROM contacts WHERE org_id = $1 AND email LIKE '%@roundtrip.test'`, [tenants.org.id]);

      const run = await importAndWait(asMember, 'importContacts', { fileId: await uploadCsv(asMember, file) });
      expect(run).toMatchObject({ status: 'SUCCEEDED', totalRows: 2, createdCount: 2, errorCount: 0 });
      expect(await contactRows()).toEqual(before);
    });

    it('UPDATE sets company and owner on the existing contact', async () => {
      const before = await contactRows();
      const file = await exported('contacts.csv', { email: { contains: '@roundtrip.test' } });
      await tenants.app.owner.query(
        `UPDATE contacts SET company_id = NULL, owner_id = NULL WHERE org_id = $1 AND email LIKE '%@roundtrip.test'`,
        [tenants.org.id],
      );
      const run = await importAndWait(asMember, 'importContacts', { fileId: await uploadCsv(asMember, file), duplicatePolicy: 'UPDATE' });
      expect(run).toMatchObject({ status: 'SUCCEEDED', updatedCount: 2, createdCount: 0, errorCount: 0 });
      expect(await contactRows()).toEqual(before);
    });

    it('an exported leads file imports as it is, assignee included', async () => {
      await created(
        asMember,
        CREATE_LEAD,
        { firstName: 'Lea', lastName: 'Trip', email: 'lead@roundtrip.test', assigneeId: memberUserId, source: 'REFERRAL' },
        'createLead',
        'lead',
      );
      const leadRows = () =>
        rowsOf(`SELECT email, last_name, source::text, assignee_id FROM leads WHERE org_id = $1 AND email LIKE '%@roundtrip.test'`);
      const before = await leadRows();
      expect(before).toEqual([{ email: 'lead@roundtrip.test', last_name: 'Trip', source: 'REFERRAL', assignee_id: expect.any(String) }]);
      const file = await exported('leads.csv', { email: { contains: '@roundtrip.test' } });
      await tenants.app.owner.query(`DELETE FROM leads WHERE org_id = $1 AND email LIKE '%@roundtrip.test'`, [tenants.org.id]);

      const run = await importAndWait(asMember, 'importLeads', { fileId: await uploadCsv(asMember, file) });
      expect(run).toMatchObject({ status: 'SUCCEEDED', createdCount: 1, errorCount: 0 });
      expect(await leadRows()).toEqual(before);
    });

    it("another organization's company or user is refused per row, naming row and column; a dry run reports it", async () => {
      const file = csv([
        ['firstName', 'lastName', 'email', 'companyId', 'ownerId'],
        ['Good', 'Refs', 'good@refs.test', companyId, memberUserId],
        ['Their', 'Company', 'company@refs.test', foreignCompanyId, ''],
        ['Their', 'User', 'user@refs.test', '', foreignUserId],
        ['Not', 'AnId', 'notanid@refs.test', 'not-an-id', ''],
        ['Wrong', 'Type', 'wrongtype@refs.test', '', companyId],
      ]);
      const refsCount = () => contactCount(`email LIKE '%@refs.test'`);
      const dry = await importAndWait(asMember, 'importContacts', { fileId: await uploadCsv(asMember, file), dryRun: true });
      expect(dry).toMatchObject({ status: 'SUCCEEDED', totalRows: 5, createdCount: 1, errorCount: 4 });
      expect(dry.errors.map(({ row, column, code }) => ({ row, column, code }))).toEqual([
        { row: 3, column: 'companyId', code: 'INVALID_VALUE' },
        { row: 4, column: 'ownerId', code: 'INVALID_VALUE' },
        { row: 5, column: 'companyId', code: 'INVALID_VALUE' },
        { row: 6, column: 'ownerId', code: 'INVALID_VALUE' },
      ]);
      expect(dry.errors.map((error) => error.message)).toEqual([
        'Row 3, column companyId: no Company of this organization has this id',
        'Row 4, column ownerId: this User is not a member of this organization',
        'Row 5, column companyId: companyId is not a valid Company id',
        'Row 6, column ownerId: ownerId is not a valid User id',
      ]);
      expect(await refsCount()).toBe(0);

      const commit = await importAndWait(asMember, 'importContacts', { fileId: await uploadCsv(asMember, file) });
      expect(commit).toMatchObject({ status: 'FAILED', createdCount: 0, errorCount: 4 });
      expect(await refsCount()).toBe(0);
    });

    it("a lead assigned to another organization's user is refused per row", async () => {
      const file = csv([
        ['lastName', 'email', 'assigneeId'],
        ['Mine', 'mine@assignees.test', memberUserId],
        ['Theirs', 'theirs@assignees.test', foreignUserId],
      ]);
      const dry = await importAndWait(asMember, 'importLeads', { fileId: await uploadCsv(asMember, file), dryRun: true });
      expect(dry).toMatchObject({ status: 'SUCCEEDED', createdCount: 1, errorCount: 1 });
      expect(dry.errors.map(({ row, column, code }) => ({ row, column, code }))).toEqual([
        { row: 3, column: 'assigneeId', code: 'INVALID_VALUE' },
      ]);
    });

    it('looks the ids up once per batch of 1,000 rows, not once per row', async () => {
      // Row 2 is bad, so no row is inserted: the companies table is then read by the lookups
      // alone (each INSERT's foreign key check would read it too). The file's 2,500 good rows are
      // 3 batches: 3 scans, where a lookup per row would be 2,500. pg_stat_user_tables shows a
      // backend's scans once it reports them, up to 10 s after it goes idle; the few foreign key
      // checks of the tests before may arrive in that window too, hence a bound and not exactly 3.
      const rows: string[][] = [['firstName', 'lastName', 'email', 'companyId']];
      rows.push(['Bad', 'Mail', 'not an address', companyId]);
      for (let i = 1; i <= 2_500; i += 1) rows.push([`First${i}`, `Last${i}`, `batch${i}@lookups.test`, companyId]);
      const scans = async () => {
        const { rows: found } = await tenants.app.owner.query(
          `SELECT pg_stat_clear_snapshot(), (SELECT seq_scan + coalesce(idx_scan, 0) FROM pg_stat_user_tables WHERE relname = 'companies') AS n`,
        );
        return Number(found[0].n);
      };
      const fileId = await uploadCsv(asMember, csv(rows));
      const before = await scans();
      const run = await importAndWait(asMember, 'importContacts', { fileId, dryRun: true });
      expect(run).toMatchObject({ totalRows: 2_501, createdCount: 2_500, errorCount: 1 });
      await eventually(async () => (await scans()) - before >= 3, 15_000, 250);
      expect((await scans()) - before).toBeLessThan(10);
    });
  });

  it('maps a column to a custom field as custom.<key>; an unknown key is refused before the run', async () => {
    // budget and preapproved are defined by the previous test.
    const fileId = await uploadCsv(
      asMember,
      csv([
        ['Given', 'Family', 'Mail', 'Price range', 'Approved?'],
        ['Mo', 'Mapped', 'mo@custom-map.test', '1250.5', 'no'],
      ]),
    );
    const columns = [
      { header: 'Given', field: 'firstName' },
      { header: 'Family', field: 'lastName' },
      { header: 'Mail', field: 'email' },
      { header: 'Price range', field: 'custom.budget' },
      { header: 'Approved?', field: 'customFields.preapproved' },
    ];
    expect(await importAndWait(asMember, 'importContacts', { fileId, columns })).toMatchObject({ status: 'SUCCEEDED', createdCount: 1 });
    const { rows } = await tenants.app.owner.query(
      `SELECT custom_fields FROM contacts WHERE org_id = $1 AND email = 'mo@custom-map.test'`,
      [tenants.org.id],
    );
    expect(rows).toEqual([{ custom_fields: { budget: '1250.50', preapproved: false } }]);

    for (const [field, message] of [
      ['custom.nope', 'has no custom field nope'],
      ['custom.Bad Key', 'is not one of'],
    ]) {
      const refused = await asMember.query(IMPORT('importContacts'), {
        input: { fileId, columns: [{ header: 'Price range', field }] },
      });
      expect(refused.errors?.map((error) => error.extensions?.code)).toEqual(['BAD_USER_INPUT']);
      expect(refused.errors![0]!.message).toContain(message);
    }
    expect(await contactCount(`email = 'mo@custom-map.test'`)).toBe(1);
  });

  it('maps CSV headers to fields', async () => {
    const fileId = await uploadCsv(
      asMember,
      csv([
        ['Given name', 'Family name', 'E-mail address', 'Ignored'],
        ['Mapped', 'Person', 'mapped@map.test', 'x'],
      ]),
    );
    const run = await importAndWait(asMember, 'importContacts', {
      fileId,
      columns: [
        { header: 'Given name', field: 'firstName' },
        { header: 'Family name', field: 'lastName' },
        { header: 'E-mail address', field: 'email' },
      ],
    });
    expect(run).toMatchObject({ status: 'SUCCEEDED', createdCount: 1 });
    expect(await contactCount(`email = 'mapped@map.test' AND first_name = 'Mapped'`)).toBe(1);
  });

  it('a mapping naming a header the file lacks fails at row 1 naming the column', async () => {
    const fileId = await uploadCsv(asMember, GOOD);
    const run = await importAndWait(asMember, 'importContacts', {
      fileId,
      dryRun: true,
      columns: [
        { header: 'firstName', field: 'firstName' },
        { header: 'Surname', field: 'lastName' },
      ],
    });
    expect(run.errors.map(({ row, column, code }) => ({ row, column, code }))).toEqual([
      { row: 1, column: 'Surname', code: 'UNKNOWN_COLUMN' },
      { row: 1, column: 'lastName', code: 'MISSING_COLUMN' },
    ]);
  });

  describe('duplicates (by e-mail) against existing contacts and within the file', () => {
    const file = () =>
      csv([
        ['firstName', 'lastName', 'email', 'title'],
        ['Dup', 'Existing', 'existing@dup.test', 'New title'],
        ['Dup', 'Fresh', 'fresh@dup.test', ''],
        ['Dup', 'Again', 'FRESH@dup.test', ''],
      ]);
    beforeAll(async () => {
      const created = await asOwner.query('mutation ($input: CreateContactInput!) { createContact(input: $input) { contact { id } } }', {
        input: { firstName: 'Dup', lastName: 'Existing', email: 'existing@dup.test', title: 'Old title' },
      });
      expect(created.errors).toBeUndefined();
    });

    it('SKIP keeps the existing record and the first row of the file', async () => {
      const run = await importAndWait(asMember, 'importContacts', { fileId: await uploadCsv(asMember, file()), duplicatePolicy: 'SKIP' });
      expect(run).toMatchObject({ status: 'SUCCEEDED', createdCount: 1, skippedCount: 2, updatedCount: 0 });
      expect(await contactCount(`email = 'fresh@dup.test'`)).toBe(1);
      expect(await contactCount(`email = 'existing@dup.test' AND title = 'Old title'`)).toBe(1);
    });

    it('UPDATE updates the existing record', async () => {
      const run = await importAndWait(asMember, 'importContacts', { fileId: await uploadCsv(asMember, file()), duplicatePolicy: 'UPDATE' });
      // fresh@dup.test exists now (the SKIP test created it): updated too; the repeat is skipped.
      expect(run).toMatchObject({ status: 'SUCCEEDED', createdCount: 0, updatedCount: 2, skippedCount: 1 });
      expect(await contactCount(`email = 'existing@dup.test'`)).toBe(1);
      expect(await contactCount(`email = 'existing@dup.test' AND title = 'New title'`)).toBe(1);
    });

    it('ERROR reports both kinds and writes nothing', async () => {
      const before = await contactCount();
      const run = await importAndWait(asMember, 'importContacts', { fileId: await uploadCsv(asMember, file()), duplicatePolicy: 'ERROR' });
      expect(run.status).toBe('FAILED');
      expect(run.errors.map(({ row, code }) => ({ row, code }))).toEqual(
        expect.arrayContaining([
          { row: 4, code: 'DUPLICATE_IN_FILE' },
          { row: 2, code: 'DUPLICATE' },
        ]),
      );
      expect(await contactCount()).toBe(before);
    });
  });

  it('importCompanies de-duplicates by domain, whatever its spelling', async () => {
    const fileId = await uploadCsv(
      asMember,
      csv([
        ['name', 'domain', 'industry'],
        ['Acme', 'https://www.Acme.test/about', 'Tools'],
        ['Acme again', 'acme.test', ''],
      ]),
    );
    const run = await importAndWait(asMember, 'importCompanies', { fileId });
    expect(run).toMatchObject({ status: 'SUCCEEDED', createdCount: 1, skippedCount: 1 });
    const rows = (
      await tenants.app.owner.query(`SELECT name, domain FROM companies WHERE org_id = $1 AND domain = 'acme.test'`, [tenants.org.id])
    ).rows;
    expect(rows).toEqual([{ name: 'Acme', domain: 'acme.test' }]);
  });

  it('importLeads reads enum values and scores, and names a bad one', async () => {
    const fileId = await uploadCsv(
      asMember,
      csv([
        ['lastName', 'email', 'source', 'rating', 'score'],
        ['Lead', 'lead1@leads.test', 'cold outreach', 'hot', '80'],
        ['Lead', 'lead2@leads.test', 'carrier pigeon', 'warm', '101'],
      ]),
    );
    const run = await importAndWait(asMember, 'importLeads', { fileId, dryRun: true });
    expect(run.errors.map(({ row, column, code }) => ({ row, column, code }))).toEqual([
      { row: 3, column: 'source', code: 'INVALID_VALUE' },
      { row: 3, column: 'score', code: 'INVALID_VALUE' },
    ]);
    const fixed = await uploadCsv(
      asMember,
      csv([
        ['lastName', 'email', 'source', 'rating', 'score'],
        ['Lead', 'lead1@leads.test', 'cold outreach', 'hot', '80'],
      ]),
    );
    expect(await importAndWait(asMember, 'importLeads', { fileId: fixed })).toMatchObject({ status: 'SUCCEEDED', createdCount: 1 });
    const rows = (
      await tenants.app.owner.query(`SELECT source, rating, score FROM leads WHERE org_id = $1 AND email = 'lead1@leads.test'`, [
        tenants.org.id,
      ])
    ).rows;
    expect(rows).toEqual([{ source: 'COLD_OUTREACH', rating: 'HOT', score: 80 }]);
  });

  it('a file that is not valid CSV fails the run naming the line, without retries', async () => {
    const fileId = await uploadCsv(asMember, 'firstName,lastName\n"unclosed,Quote\nx,y\n');
    const run = await importAndWait(asMember, 'importContacts', { fileId });
    expect(run.status).toBe('FAILED');
    expect(run.error).toMatch(/^The file is not valid CSV near line \d+: CSV_/);
  });

  describe('bad input is refused before anything is queued', () => {
    const runCount = async () =>
      Number((await tenants.app.owner.query('SELECT count(*) AS n FROM import_runs WHERE org_id = $1', [tenants.org.id])).rows[0].n);

    it.each([
      ['a field the entity does not import', { columns: [{ header: 'firstName', field: 'salary' }] }, 'columns[0].field'],
      [
        'a field mapped twice',
        {
          columns: [
            { header: 'firstName', field: 'firstName' },
            { header: 'lastName', field: 'firstName' },
          ],
        },
        'columns',
      ],
      ['an id that is no Attachment', { fileId: Buffer.from('Contact:00000000-0000-4000-8000-000000000000').toString('base64') }, 'fileId'],
    ])('%s', async (_name, override, field) => {
      const before = await runCount();
      const response = await asMember.query(IMPORT_CONTACTS, { input: { fileId: await uploadCsv(asMember, GOOD), ...override } });
      expect(codes(response)).toEqual(['BAD_USER_INPUT']);
      expect(fields(response)).toEqual([field]);
      expect(response.data).toBeNull();
      expect(await runCount()).toBe(before);
    });

    it('a file that is not text/csv (or text/plain)', async () => {
      const before = await runCount();
      const fileId = await uploadCsv(asMember, GOOD, 'application/pdf');
      const response = await asMember.query(IMPORT_CONTACTS, { input: { fileId } });
      expect(codes(response)).toEqual(['BAD_USER_INPUT']);
      expect(response.errors![0]!.message).toBe('fileId is a application/pdf file; upload the CSV as text/csv');
      expect(await runCount()).toBe(before);
    });

    it("another organization's file", async () => {
      const before = await runCount();
      const foreign = await uploadCsv(asOtherTenant, GOOD);
      const response = await asMember.query(IMPORT_CONTACTS, { input: { fileId: foreign } });
      expect(codes(response)).toEqual(['BAD_USER_INPUT']);
      expect(fields(response)).toEqual(['fileId']);
      expect(await runCount()).toBe(before);
    });
  });

  it('a VIEWER may not import', async () => {
    const fileId = await uploadCsv(asMember, GOOD);
    expect(codes(await asViewer.query(IMPORT_CONTACTS, { input: { fileId } }))).toEqual(['FORBIDDEN']);
  });
});
