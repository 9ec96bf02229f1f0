import { randomUUID } from 'node:crypto';
import type pg from 'pg';

/** What an operation may use: ids from the large organization, rotated per request. */
export interface OperationInputs {
  orgId: string;
  ownerUserId: string;
  stageIds: string[];
  openStageIds: string[];
  dealIds: string[];
  contactIds: string[];
}

export interface Operation {
  name: string;
  kind: 'lookup' | 'list' | 'mutation';
  /** The GraphQL request the API gets (variables vary per call). */
  request(inputs: OperationInputs, n: number): { query: string; variables: Record<string, unknown> };
  /** The same data fetched or written by hand-written SQL, inside BEGIN/set_config/COMMIT. */
  floor(client: pg.PoolClient, inputs: OperationInputs, n: number): Promise<void>;
}

const globalId = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString('base64');
const at = <T>(list: T[], n: number) => list[n % list.length]!;
// Three letters, as a type-ahead sends them: enough for pg_trgm to use its index.
const PREFIXES = ['gar', 'smi', 'ngu', 'mül', 'ros', 'kow', 'tan', 'sil', 'dub', 'lar', 'pat', 'kim', 'and', 'ben', 'cha'];

const DEAL_BY_ID = /* GraphQL */ `
  query DealById($id: ID!) {
    node(id: $id) {
      ... on Deal { id name value currency status probability expectedCloseDate stage { name } contact { fullName } company { name } }
    }
  }`;

const DEAL_BOARD = /* GraphQL */ `
  query DealBoard($stageId: ID!) {
    deals(first: 50, filter: { stageId: { equals: $stageId } }, orderBy: [{ field: CREATED_AT, direction: DESC }]) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node {
        id name value currency probability expectedCloseDate
        stage { id name }
        contact { id fullName }
        company { id name }
        activities(first: 3) { edges { node { id type subject occurredAt } } }
      } }
    }
  }`;

const CONTACT_DETAIL = /* GraphQL */ `
  query ContactDetail($id: ID!) {
    node(id: $id) {
      ... on Contact {
        id fullName email phone title tags
        company { id name }
        deals(first: 20) { totalCount edges { node { id name value status stage { name } } } }
        activities(first: 20) { totalCount edges { node { id type subject occurredAt } } }
      }
    }
  }`;

const CONTACTS_FILTERED = /* GraphQL */ `
  query ContactsFiltered($prefix: String!) {
    contacts(
      first: 20
      filter: { AND: [{ OR: [{ lastName: { startsWith: $prefix } }, { firstName: { startsWith: $prefix } }] }, { companyId: { isNull: false } }] }
      orderBy: [{ field: NAME, direction: ASC }]
    ) { totalCount edges { node { id fullName email company { name } } } }
  }`;

const CREATE_ACTIVITY = /* GraphQL */ `
  mutation CreateActivity($input: CreateActivityInput!) { createActivity(input: $input) { activity { id subject } } }`;

const MOVE_DEAL_STAGE = /* GraphQL */ `
  mutation MoveDealStage($input: MoveDealStageInput!) {
    moveDealStage(input: $input) { deal { id status stage { name } } activity { id } }
  }`;

export const OPERATIONS: Operation[] = [
  {
    name: 'deal by node(id)',
    kind: 'lookup',
    request: (inputs, n) => ({ query: DEAL_BY_ID, variables: { id: globalId('Deal', at(inputs.dealIds, n)) } }),
    floor: async (client, inputs, n) => {
      await client.query(
        `SELECT d.id, d.name, d.value, d.currency, d.status, coalesce(d.probability, s.probability) AS probability,
                d.expected_close_date, s.name AS stage, c.first_name, c.last_name, co.name AS company
           FROM deals d JOIN pipeline_stages s ON s.org_id = d.org_id AND s.id = d.stage_id
           LEFT JOIN contacts c ON c.org_id = d.org_id AND c.id = d.contact_id
           LEFT JOIN companies co ON co.org_id = d.org_id AND co.id = d.company_id
          WHERE d.id = $1`,
        [at(inputs.dealIds, n)],
      );
    },
  },
  {
    name: 'deal board (50 deals, 3 activities each, totalCount)',
    kind: 'list',
    request: (inputs, n) => ({ query: DEAL_BOARD, variables: { stageId: globalId('PipelineStage', at(inputs.openStageIds, n)) } }),
    floor: async (client, inputs, n) => {
      const stageId = at(inputs.openStageIds, n);
      await client.query(
        `SELECT d.id, d.name, d.value, d.currency, coalesce(d.probability, s.probability), d.expected_close_date,
                s.name, c.first_name, c.last_name, co.name,
                (SELECT json_agg(a) FROM (SELECT a.id, a.type, a.subject, a.occurred_at FROM activities a
                   WHERE a.org_id = d.org_id AND a.deal_id = d.id AND a.deleted_at IS NULL
                   ORDER BY a.occurred_at DESC, a.id DESC LIMIT 3) a) AS activities
           FROM deals d JOIN pipeline_stages s ON s.org_id = d.org_id AND s.id = d.stage_id
           LEFT JOIN contacts c ON c.org_id = d.org_id AND c.id = d.contact_id
           LEFT JOIN companies co ON co.org_id = d.org_id AND co.id = d.company_id
          WHERE d.stage_id = $1 AND d.deleted_at IS NULL
          ORDER BY d.created_at DESC, d.id DESC LIMIT 51`,
        [stageId],
      );
      await client.query('SELECT count(*) FROM deals WHERE stage_id = $1 AND deleted_at IS NULL', [stageId]);
    },
  },
  {
    name: 'contact detail (20-activity timeline, deals)',
    kind: 'lookup',
    request: (inputs, n) => ({ query: CONTACT_DETAIL, variables: { id: globalId('Contact', at(inputs.contactIds, n)) } }),
    floor: async (client, inputs, n) => {
      const id = at(inputs.contactIds, n);
      await client.query(
        `SELECT c.*, co.name AS company FROM contacts c LEFT JOIN companies co ON co.org_id = c.org_id AND co.id = c.company_id WHERE c.id = $1`,
        [id],
      );
      await client.query(
        `SELECT d.id, d.name, d.value, d.status, s.name, count(*) OVER () FROM deals d
           JOIN pipeline_stages s ON s.org_id = d.org_id AND s.id = d.stage_id
          WHERE d.contact_id = $1 AND d.deleted_at IS NULL ORDER BY d.created_at DESC LIMIT 21`,
        [id],
      );
      await client.query(
        `SELECT id, type, subject, occurred_at FROM activities WHERE contact_id = $1 AND deleted_at IS NULL
          ORDER BY occurred_at DESC, id DESC LIMIT 21`,
        [id],
      );
      await client.query('SELECT count(*) FROM activities WHERE contact_id = $1 AND deleted_at IS NULL', [id]);
    },
  },
  {
    name: 'contacts filtered (AND/OR, ordered, totalCount)',
    kind: 'list',
    request: (_inputs, n) => ({ query: CONTACTS_FILTERED, variables: { prefix: at(PREFIXES, n) } }),
    floor: async (client, _inputs, n) => {
      const pattern = `${at(PREFIXES, n)}%`;
      await client.query(
        `SELECT c.id, c.first_name, c.last_name, c.email, co.name FROM contacts c
           LEFT JOIN companies co ON co.org_id = c.org_id AND co.id = c.company_id
          WHERE (c.last_name ILIKE $1 OR c.first_name ILIKE $1) AND c.company_id IS NOT NULL AND c.deleted_at IS NULL
          ORDER BY c.last_name, c.first_name, c.id LIMIT 21`,
        [pattern],
      );
      await client.query(
        `SELECT count(*) FROM contacts
          WHERE (last_name ILIKE $1 OR first_name ILIKE $1) AND company_id IS NOT NULL AND deleted_at IS NULL`,
        [pattern],
      );
    },
  },
  {
    name: 'createActivity',
    kind: 'mutation',
    request: (inputs, n) => ({
      query: CREATE_ACTIVITY,
      variables: { input: { type: 'CALL', subject: `Bench call ${n}`, dealId: globalId('Deal', at(inputs.dealIds, n)) } },
    }),
    floor: async (client, inputs, n) => {
      await client.query(
        `INSERT INTO activities (id, org_id, type, subject, deal_id, owner_id, updated_at)
         VALUES ($1, $2, 'CALL', $3, $4, $5, now()) RETURNING id, subject`,
        [randomUUID(), inputs.orgId, `Floor call ${n}`, at(inputs.dealIds, n), inputs.ownerUserId],
      );
    },
  },
  {
    name: 'moveDealStage',
    kind: 'mutation',
    request: (inputs, n) => ({
      query: MOVE_DEAL_STAGE,
      variables: {
        input: { dealId: globalId('Deal', at(inputs.dealIds, n * 7)), stageId: globalId('PipelineStage', at(inputs.stageIds, n)) },
      },
    }),
    floor: async (client, inputs, n) => {
      const dealId = at(inputs.dealIds, n * 7 + 3);
      const stageId = at(inputs.stageIds, n + 1);
      const { rows } = await client.query(
        `SELECT d.stage_id, d.closed_at, s.name, d.contact_id, d.company_id FROM deals d
           JOIN pipeline_stages s ON s.org_id = d.org_id AND s.id = d.stage_id WHERE d.id = $1`,
        [dealId],
      );
      const target = await client.query('SELECT id, pipeline_id, name, kind FROM pipeline_stages WHERE id = $1', [stageId]);
      const stage = target.rows[0];
      if (!rows[0] || rows[0].stage_id === stageId) return;
      await client.query(
        `UPDATE deals SET pipeline_id = $2, stage_id = $3,
                status = CASE WHEN $4::stage_kind = 'OPEN' THEN 'OPEN'::deal_status ELSE $4::text::deal_status END,
                closed_at = CASE WHEN $4::stage_kind = 'OPEN' THEN NULL ELSE coalesce(closed_at, now()) END, updated_at = now()
          WHERE id = $1`,
        [dealId, stage.pipeline_id, stageId, stage.kind],
      );
      await client.query(
        `INSERT INTO activities (id, org_id, type, subject, deal_id, contact_id, company_id, owner_id, updated_at)
         VALUES ($1, $2, 'STAGE_CHANGE', $3, $4, $5, $6, $7, now())`,
        [randomUUID(), inputs.orgId, `Stage changed: ${rows[0].name} → ${stage.name}`, dealId, rows[0].contact_id, rows[0].company_id, inputs.ownerUserId],
      );
    },
  },
];
