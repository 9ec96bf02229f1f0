import { beforeAll, describe, expect, it } from '@jest/globals';
import { isObjectType } from 'graphql';
import { AUDITED_MODELS, AUDITED_TABLES } from '../../../src/modules/audit/records.js';
import { buildSchema } from '../../../src/modules/index.js';
import type { Actor } from '../../helpers/app.js';
import { useTenants } from '../../helpers/actors.js';
import { build, userIdOf } from '../../helpers/builders.js';
import { codes, uuidOf } from '../../helpers/responses.js';
import { run as must } from '../../helpers/tenant-kit.js';
import {
  AuditCreateDealDocument,
  AuditCreateStageDocument,
  AuditDefaultPipelinesDocument,
  AuditDeleteContactDocument,
  AuditDeleteStageDocument,
  AuditHistoryDocument,
  AuditLogDocument,
  AuditNodeDocument,
  AuditPageDocument,
  AuditRestoreContactDocument,
  AuditUpdateContactDocument,
  type AuditHistoryQuery,
  type AuditLogQueryVariables,
} from '../../generated/operations/graphql.js';

/** The history an AuditHistory query read (its node is a Contact). */
const historyOf = ({ node }: AuditHistoryQuery) => {
  if (!node?.history) throw new Error(`no history: ${JSON.stringify(node)}`);
  return node.history;
};
/** The nodes of a connection, in order. */
const nodesOf = <T>(connection: { edges: { node: T }[] }) => connection.edges.map((edge) => edge.node);

// Typed documents (tests/operations/audit.graphql): `data` is typed, `variables` are checked.
describe('audit log', () => {
  const { app, org, other } = useTenants('Audit', { otherTenant: true });
  let memberUser: string;
  let adminUser: string;
  let companyId: string;
  let contactId: string;
  let deletedAt: string | null;

  const auditLog = async (actor: Actor, variables: AuditLogQueryVariables) => {
    const response = await actor.query(AuditLogDocument, { first: 50, ...variables });
    expect(response.errors).toBeUndefined();
    return response.data!.auditLog;
  };

  beforeAll(async () => {
    memberUser = await userIdOf(org.member);
    adminUser = await userIdOf(org.admin);
    companyId = await build.company(org.member, { name: 'Analytical Engines' });
    contactId = await build.contact(org.member, {
      firstName: 'Ada',
      lastName: 'Lovelace',
      email: 'ada@example.test',
      companyId,
      ownerId: memberUser,
    });
    await must(org.member, AuditUpdateContactDocument, { input: { id: contactId, lastName: 'King' } });
    // The same value again: the row's updated_at moves, nothing else does.
    await must(org.member, AuditUpdateContactDocument, { input: { id: contactId, lastName: 'King' } });
    deletedAt = (await must(org.admin, AuditDeleteContactDocument, { id: contactId })).deleteContact.contact.deletedAt;
    await must(org.admin, AuditRestoreContactDocument, { id: contactId });
    // The other organization has a John Smith-like life of its own.
    await build.contact(other.owner, { firstName: 'Other', lastName: 'Person' });
  }, 60_000);

  it('records create, update, soft delete and restore of a contact with exactly the changed fields and the acting user', async () => {
    const log = await auditLog(org.admin, { filter: { recordId: { equals: contactId } } });
    expect(log.totalCount).toBe(4);
    const [restore, remove, update, insert] = nodesOf(log);

    expect(insert).toMatchObject({ action: 'INSERT', recordType: 'CONTACT', recordId: contactId, actor: { id: memberUser } });
    expect(insert!.record).toEqual({ __typename: 'Contact', id: contactId });
    expect(insert!.changes).toEqual([
      { field: 'companyId', old: null, new: companyId },
      { field: 'customFields', old: null, new: {} },
      { field: 'email', old: null, new: 'ada@example.test' },
      { field: 'firstName', old: null, new: 'Ada' },
      { field: 'lastName', old: null, new: 'Lovelace' },
      { field: 'ownerId', old: null, new: memberUser },
      { field: 'socialLinks', old: null, new: {} },
      { field: 'status', old: null, new: 'ACTIVE' },
      { field: 'tags', old: null, new: [] },
      { field: 'type', old: null, new: 'PROSPECT' },
    ]);

    expect(update).toMatchObject({ action: 'UPDATE', actor: { id: memberUser } });
    expect(update!.changes).toEqual([{ field: 'lastName', old: 'Lovelace', new: 'King' }]);

    expect(remove).toMatchObject({ action: 'UPDATE', actor: { id: adminUser } });
    expect(remove!.changes).toEqual([{ field: 'deletedAt', old: null, new: deletedAt }]);
    expect(restore).toMatchObject({ action: 'UPDATE', actor: { id: adminUser } });
    expect(restore!.changes).toEqual([{ field: 'deletedAt', old: deletedAt, new: null }]);

    // Newest first, and never an id/orgId/createdAt/updatedAt "change".
    const times = nodesOf(log).map((entry) => Date.parse(entry.occurredAt));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    for (const entry of nodesOf(log)) {
      for (const change of entry.changes) expect(['id', 'orgId', 'createdAt', 'updatedAt']).not.toContain(change.field);
    }
  });

  it('an update that changes nothing but updatedAt writes no entry', async () => {
    const { rows } = await app.owner.query('SELECT action::text, changes FROM audit_log WHERE record_id = $1 ORDER BY occurred_at', [
      uuidOf(contactId),
    ]);
    expect(rows.map((row) => row.action)).toEqual(['INSERT', 'UPDATE', 'UPDATE', 'UPDATE']);
    expect(rows.filter((row) => 'last_name' in row.changes)).toHaveLength(2); // the INSERT and the one real rename
  });

  it("a contact's history shows the same entries to a VIEWER, newest first, page by page", async () => {
    const full = await must(org.viewer, AuditHistoryDocument, { id: contactId, first: 10 });
    expect(historyOf(full).totalCount).toBe(4);
    const fromLog = nodesOf(await auditLog(org.admin, { filter: { recordId: { equals: contactId } } }));
    expect(nodesOf(historyOf(full))).toEqual(fromLog);

    const first = await must(org.viewer, AuditHistoryDocument, { id: contactId, first: 3 });
    expect(historyOf(first).pageInfo.hasNextPage).toBe(true);
    const second = await must(org.viewer, AuditHistoryDocument, { id: contactId, first: 3, after: historyOf(first).pageInfo.endCursor });
    expect(historyOf(second).pageInfo.hasNextPage).toBe(false);
    expect([...nodesOf(historyOf(first)), ...nodesOf(historyOf(second))].map((entry) => entry.id)).toEqual(
      fromLog.map((entry) => entry.id),
    );
  });

  it('renders values as the API shows them: amounts as decimal strings, dates, references as global ids', async () => {
    const deal = (
      await must(org.member, AuditCreateDealDocument, {
        input: { deal: { name: 'Difference Engine', value: '1234.50', expectedCloseDate: '2026-12-01' }, companyId },
      })
    ).createDeal.deal;
    const [entry] = nodesOf(await auditLog(org.owner, { filter: { recordId: { equals: deal.id } } }));
    const change = (field: string) => entry!.changes.find((item) => item.field === field);
    expect(entry!.recordType).toBe('DEAL');
    expect(change('value')).toEqual({ field: 'value', old: null, new: '1234.50' });
    expect(change('expectedCloseDate')).toEqual({ field: 'expectedCloseDate', old: null, new: '2026-12-01' });
    expect(change('companyId')!.new).toBe(companyId);
    expect(change('stageId')!.new).toBe(deal.stage.id);
    expect(change('pipelineId')!.new).toBe(deal.pipeline.id);
  });

  it('a hard delete is a DELETE entry with the old values; its record is null but its recordId stays', async () => {
    const pipelineId = (await must(org.admin, AuditDefaultPipelinesDocument)).pipelines.edges[0]!.node.id;
    const stageId = (await must(org.admin, AuditCreateStageDocument, { input: { pipelineId, name: 'Short-lived', probability: 5 } }))
      .createPipelineStage.stage.id;
    await must(org.admin, AuditDeleteStageDocument, { id: stageId });
    const entries = nodesOf(await auditLog(org.admin, { filter: { recordId: { equals: stageId }, action: { equals: 'DELETE' } } }));
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      action: 'DELETE',
      recordType: 'PIPELINE_STAGE',
      recordId: stageId,
      record: null,
      actor: { id: adminUser },
    });
    expect(entries[0]!.changes).toEqual(
      expect.arrayContaining([
        { field: 'name', old: 'Short-lived', new: null },
        { field: 'probability', old: 5, new: null },
        { field: 'pipelineId', old: pipelineId, new: null },
      ]),
    );
  });

  it('filters by record type, action, actor and time, combined with AND/OR/NOT', async () => {
    const byType = await auditLog(org.admin, { filter: { recordType: { equals: 'COMPANY' } } });
    expect(nodesOf(byType).every((entry) => entry.recordType === 'COMPANY')).toBe(true);
    expect(nodesOf(byType).map((entry) => entry.recordId)).toContain(companyId);

    const byMember = await auditLog(org.admin, { filter: { actorId: { equals: memberUser }, action: { in: ['UPDATE'] } } });
    expect(nodesOf(byMember).map((entry) => entry.recordId)).toEqual([contactId]);

    const contactUpdatesNotByAdmin = await auditLog(org.admin, {
      filter: {
        recordId: { in: [contactId, companyId] },
        NOT: { actorId: { equals: adminUser } },
        OR: [{ action: { equals: 'UPDATE' } }, { recordType: { equals: 'COMPANY' } }],
      },
    });
    expect(nodesOf(contactUpdatesNotByAdmin).map((entry) => [entry.recordType, entry.action])).toEqual([
      ['CONTACT', 'UPDATE'],
      ['COMPANY', 'INSERT'],
    ]);

    const all = nodesOf(await auditLog(org.admin, { filter: { recordId: { equals: contactId } } }));
    const since = await auditLog(org.admin, { filter: { recordId: { equals: contactId }, occurredAt: { gte: all[1]!.occurredAt } } });
    expect(nodesOf(since).map((entry) => entry.id)).toEqual(all.slice(0, 2).map((entry) => entry.id));

    const oldestFirst = await auditLog(org.admin, {
      filter: { recordId: { equals: contactId } },
      orderBy: [{ field: 'OCCURRED_AT', direction: 'ASC' }],
    });
    expect(nodesOf(oldestFirst).map((entry) => entry.id)).toEqual([...all].reverse().map((entry) => entry.id));
  });

  it("another organization's entries are invisible: list, filter, count and node(id)", async () => {
    const mine = await auditLog(org.admin, { filter: { recordId: { equals: contactId } } });
    const entryId = nodesOf(mine)[0]!.id;
    const theirs = await auditLog(other.owner, { filter: { recordId: { equals: contactId } } });
    expect(theirs).toMatchObject({ totalCount: 0, edges: [] });
    const node = await other.owner.query(AuditNodeDocument, { id: entryId });
    expect(node.errors).toBeUndefined();
    expect(node.data!.node).toBeNull();
    const everything = await auditLog(other.owner, { first: 100 });
    const { rows } = await app.owner.query('SELECT count(*)::int AS n FROM audit_log WHERE org_id = $1', [other.id]);
    expect(everything.totalCount).toBe(rows[0].n);
    const { rows: ours } = await app.owner.query('SELECT id::text FROM audit_log WHERE org_id = $1', [org.id]);
    const seen = new Set(nodesOf(everything).map((entry) => uuidOf(entry.id)));
    expect(ours.filter((row) => seen.has(row.id))).toEqual([]);
  });

  it('history follows the record: another organization cannot reach it', async () => {
    const response = await other.owner.query(AuditHistoryDocument, { id: contactId, first: 10 });
    expect(response.errors).toBeUndefined();
    expect(response.data!.node).toBeNull();
  });

  it('rejects bad input with BAD_USER_INPUT', async () => {
    const notAnId = await org.admin.query(AuditLogDocument, { first: 5, filter: { recordId: { equals: 'nope' } } });
    expect(codes(notAnId)).toEqual(['BAD_USER_INPUT']);
    expect(notAnId.errors![0]!.extensions!.field).toBe('recordId');
    const notAudited = await org.admin.query(AuditLogDocument, { first: 5, filter: { recordId: { equals: memberUser } } });
    expect(codes(notAudited)).toEqual(['BAD_USER_INPUT']);
    const wrongActor = await org.admin.query(AuditLogDocument, { first: 5, filter: { actorId: { equals: contactId } } });
    expect(codes(wrongActor)).toEqual(['BAD_USER_INPUT']);
    const tooMany = await org.admin.query(AuditLogDocument, { first: 101 });
    expect(codes(tooMany)).toEqual(['BAD_USER_INPUT']);
  });

  it('is for ADMIN and OWNER: a MEMBER gets FORBIDDEN', async () => {
    const response = await org.member.query(AuditLogDocument, { first: 5 });
    expect(codes(response)).toEqual(['FORBIDDEN']);
    expect(response.data ?? null).toBeNull();
  });

  it('a page of entries with their records and actors costs the same number of statements for 3 and for 30 entries', async () => {
    // Enough entries with live records: 15 companies, each with a contact.
    for (let i = 0; i < 15; i++) {
      const company = await build.company(org.member, { name: `Bulk ${i}` });
      await build.contact(org.member, { firstName: 'Bulk', lastName: `${i}`, companyId: company });
    }
    const measure = async (first: number) => {
      app.database.statements.recordText = true;
      app.database.statements.reset();
      const response = await org.admin.query(AuditPageDocument, { first });
      const measured = { count: app.database.statements.count, statements: [...app.database.statements.statements], data: response.data };
      app.database.statements.recordText = false;
      expect(response.errors).toBeUndefined();
      return measured;
    };
    await measure(3); // warm-up
    const small = await measure(3);
    const large = await measure(30);
    const entries = large.data!.auditLog.edges.map((edge) => edge.node);
    expect(entries).toHaveLength(30);
    expect(
      entries.filter(
        (entry) => entry.record && (('fullName' in entry.record && entry.record.fullName) || ('name' in entry.record && entry.record.name)),
      ).length,
    ).toBeGreaterThanOrEqual(20);
    expect(entries.every((entry) => entry.actor?.id === memberUser)).toBe(true);
    if (large.count !== small.count) throw new Error(`statements grow with the page:\n${large.statements.join('\n')}`);
    // Measured: 6 = BEGIN with app.begin_request, the page, one batched query each for the actors,
    // the contacts and the companies (Prisma batches findUnique by model), COMMIT.
    expect(large.count).toBeLessThanOrEqual(6);
  });

  describe('append-only', () => {
    let entryUuid: string;
    beforeAll(async () => {
      const { rows } = await app.owner.query('SELECT id::text FROM audit_log WHERE record_id = $1 LIMIT 1', [uuidOf(contactId)]);
      entryUuid = rows[0].id;
    });

    /** Runs `sql` as the API's database role inside a transaction set up like a request's, then rolls back. */
    async function asApiRole(sql: string, params: unknown[] = []) {
      await app.owner.query('BEGIN');
      try {
        await app.owner.query('SET LOCAL ROLE clientflow_api');
        await app.owner.query(`SELECT set_config('app.current_org_id', $1, true), set_config('app.current_user_id', $2, true)`, [
          org.id,
          uuidOf(adminUser),
        ]);
        return await app.owner.query(sql, params);
      } finally {
        await app.owner.query('ROLLBACK');
      }
    }
    const failure = (promise: Promise<unknown>) =>
      promise.then(
        () => null,
        (error: { code?: string; message: string }) => ({ code: error.code, message: error.message }),
      );

    it('the API role can read its organization entries only', async () => {
      const { rows } = await asApiRole('SELECT count(*)::int AS n, count(*) FILTER (WHERE org_id <> $1)::int AS foreign FROM audit_log', [
        org.id,
      ]);
      expect(rows[0].n).toBeGreaterThan(0);
      expect(rows[0].foreign).toBe(0);
    });

    it('the API role can neither update, delete, truncate nor insert (not even for another organization)', async () => {
      expect(await failure(asApiRole(`UPDATE audit_log SET changes = '{}' WHERE id = $1`, [entryUuid]))).toMatchObject({ code: '42501' });
      expect(await failure(asApiRole('DELETE FROM audit_log WHERE id = $1', [entryUuid]))).toMatchObject({ code: '42501' });
      expect(await failure(asApiRole('TRUNCATE audit_log'))).toMatchObject({ code: '42501' });
      const forge = `INSERT INTO audit_log (org_id, table_name, record_id, action) VALUES ($1, 'contacts', gen_random_uuid(), 'INSERT')`;
      expect(await failure(asApiRole(forge, [other.id]))).toMatchObject({ code: '42501' });
      expect(await failure(asApiRole(forge, [org.id]))).toMatchObject({ code: '42501' });
    });

    it("even the table owner's (superuser) UPDATE, DELETE and TRUNCATE are refused by the trigger", async () => {
      const before = (await app.owner.query('SELECT to_jsonb(a) AS row FROM audit_log a WHERE id = $1', [entryUuid])).rows[0].row;
      for (const sql of [
        `UPDATE audit_log SET changes = '{}' WHERE id = '${entryUuid}'`,
        `DELETE FROM audit_log WHERE id = '${entryUuid}'`,
        'TRUNCATE audit_log',
      ]) {
        expect(await failure(app.owner.query(sql))).toEqual({ code: '42501', message: 'the audit log is append-only' });
      }
      const after = (await app.owner.query('SELECT to_jsonb(a) AS row FROM audit_log a WHERE id = $1', [entryUuid])).rows[0].row;
      expect(after).toEqual(before);
    });
  });

  it('knows every audited table: each table with the audit trigger has a record type', async () => {
    const { rows } = await app.owner.query(
      `SELECT DISTINCT c.relname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid WHERE t.tgfoid = 'app.record_audit'::regproc ORDER BY 1`,
    );
    expect(rows.map((row) => row.relname)).toEqual([...AUDITED_TABLES].sort());
  });

  it('every audited record type with a node type has a history', () => {
    const schema = buildSchema();
    const nodeTypes = Object.values(AUDITED_MODELS).filter((name) => {
      const type = schema.getType(name);
      return isObjectType(type) && type.getInterfaces().some((item) => item.name === 'Node');
    });
    expect(nodeTypes.length).toBeGreaterThanOrEqual(18);
    for (const name of nodeTypes) {
      const type = schema.getType(name);
      expect(isObjectType(type) && String(type.getFields().history?.type)).toBe('AuditEntryConnection!');
    }
  });
});
