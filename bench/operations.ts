import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { FIRST_NAMES, LAST_NAMES } from './dataset-names.js';
import { SEARCHABLE_TYPES, WORD_SIMILARITY_THRESHOLD, searchStatement } from '../src/modules/search/sql.js';

/** What an operation may use: ids from the large organization, rotated per request. */
export interface OperationInputs {
  orgId: string;
  ownerUserId: string;
  stageIds: string[];
  openStageIds: string[];
  dealIds: string[];
  contactIds: string[];
  /** The dataset's "now" (ISO): its timeline ends there. */
  anchor: string;
  pipelineId: string;
}

export interface Operation {
  name: string;
  kind: 'lookup' | 'list' | 'mutation';
  /** The GraphQL request the API gets (variables vary per call). */
  request(inputs: OperationInputs, n: number): { query: string; variables: Record<string, unknown> };
  /**
   * Tables this operation reads in full for its organization by design (an org-wide aggregate):
   * the plan guard accepts a sequential scan of these, and only these, and says so in the log.
   */
  orgWideScan?: { tables: string[]; why: string };
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
      ... on Deal {
        id
        name
        value
        currency
        status
        probability
        expectedCloseDate
        stage {
          name
        }
        contact {
          fullName
        }
        company {
          name
        }
      }
    }
  }
`;

const DEAL_BOARD = /* GraphQL */ `
  query DealBoard($stageId: ID!) {
    deals(first: 50, filter: { stageId: { equals: $stageId } }, orderBy: [{ field: CREATED_AT, direction: DESC }]) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          name
          value
          currency
          probability
          expectedCloseDate
          stage {
            id
            name
          }
          contact {
            id
            fullName
          }
          company {
            id
            name
          }
          activities(first: 3) {
            edges {
              node {
                id
                type
                subject
                occurredAt
              }
            }
          }
        }
      }
    }
  }
`;

const CONTACT_DETAIL = /* GraphQL */ `
  query ContactDetail($id: ID!) {
    node(id: $id) {
      ... on Contact {
        id
        fullName
        email
        phone
        title
        tags
        company {
          id
          name
        }
        deals(first: 20) {
          totalCount
          edges {
            node {
              id
              name
              value
              status
              stage {
                name
              }
            }
          }
        }
        activities(first: 20) {
          totalCount
          edges {
            node {
              id
              type
              subject
              occurredAt
            }
          }
        }
      }
    }
  }
`;

const CONTACTS_FILTERED = /* GraphQL */ `
  query ContactsFiltered($prefix: String!) {
    contacts(
      first: 20
      filter: {
        AND: [{ OR: [{ lastName: { startsWith: $prefix } }, { firstName: { startsWith: $prefix } }] }, { companyId: { isNull: false } }]
      }
      orderBy: [{ field: NAME, direction: ASC }]
    ) {
      totalCount
      edges {
        node {
          id
          fullName
          email
          company {
            name
          }
        }
      }
    }
  }
`;

// Global search as a search box sends it: a full name, typed with a slip (two letters swapped),
// across every searchable type, 20 results.
const SEARCH = /* GraphQL */ `
  query Search($query: String!) {
    search(query: $query, first: 20) {
      totalCount
      edges {
        score
        node {
          __typename
          ... on Contact {
            id
            fullName
            email
          }
          ... on Company {
            id
            name
          }
          ... on Lead {
            id
            firstName
            lastName
            companyName
          }
          ... on Deal {
            id
            name
            value
          }
          ... on Listing {
            id
            title
            city
          }
        }
      }
    }
  }
`;

/** "Maria Garcia" -> "Maira Garcia": a swap inside the first name, deterministic per n. */
function typedName(n: number) {
  const first = at([...FIRST_NAMES], n * 7);
  const last = at([...LAST_NAMES], n * 13);
  const i = 1 + (n % Math.max(1, first.length - 2));
  const typo = first.length > 3 ? first.slice(0, i) + first[i + 1] + first[i] + first.slice(i + 2) : first;
  return `${typo} ${last}`;
}

// The sales dashboard as a frontend loads it: every part is one SQL aggregate.
const DASHBOARD = /* GraphQL */ `
  query Dashboard($from: DateTime!, $to: DateTime!) {
    dashboard {
      pipelineSummary {
        stage {
          id
          name
        }
        dealCount
        totalValue
        weightedValue
      }
      winRate(from: $from, to: $to) {
        won
        lost
        rate
      }
      activityCounts(from: $from, to: $to) {
        byType {
          type
          count
        }
        byOwner {
          user {
            id
            name
          }
          count
        }
      }
      leadFunnel {
        status
        count
      }
    }
  }
`;

/** A 30-day window ending 0-11 months before the dataset's end: dashboards look at different periods. */
function dashboardWindow(inputs: OperationInputs, n: number) {
  const to = new Date(inputs.anchor);
  to.setUTCMonth(to.getUTCMonth() - (n % 12));
  const from = new Date(to.getTime() - 30 * 86_400_000);
  return { from: from.toISOString(), to: to.toISOString() };
}

const CREATE_ACTIVITY = /* GraphQL */ `
  mutation CreateActivity($input: CreateActivityInput!) {
    createActivity(input: $input) {
      activity {
        id
        subject
      }
    }
  }
`;

const MOVE_DEAL_STAGE = /* GraphQL */ `
  mutation MoveDealStage($input: MoveDealStageInput!) {
    moveDealStage(input: $input) {
      deal {
        id
        status
        stage {
          name
        }
      }
      activity {
        id
      }
    }
  }
`;

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
    // startsWith is ILIKE, which is not leakproof (sql/040): under RLS it is tested on every
    // contact of the organization rather than through the trigram indexes. Here that is 98 % of
    // the table, so PostgreSQL reads the table (README, "Tenancy in the database").
    orgWideScan: { tables: ['contacts'], why: 'ILIKE is not leakproof, so startsWith tests every contact of the organization' },
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
    name: 'search (typo in a full name, 5 types, 20 results)',
    kind: 'list',
    request: (_inputs, n) => ({ query: SEARCH, variables: { query: typedName(n) } }),
    // The floor runs the API's own ranking statement (src/modules/search/sql.ts; the SQL is the
    // work) and then fetches the page's rows with plain SELECTs, as the API does per type.
    floor: async (client, _inputs, n) => {
      await client.query(`SELECT set_config('pg_trgm.word_similarity_threshold', $1, true)`, [String(WORD_SIMILARITY_THRESHOLD)]);
      const query = typedName(n);
      let statement = searchStatement({ query, types: [...SEARCHABLE_TYPES], mode: 'ALL', limit: 21 });
      let result = statement ? await client.query(statement.text, statement.values as unknown[]) : { rows: [] };
      if ((result.rows[0]?.total ?? 0) === 0) {
        statement = searchStatement({ query, types: [...SEARCHABLE_TYPES], mode: 'ANY', limit: 21 });
        result = statement ? await client.query(statement.text, statement.values as unknown[]) : { rows: [] };
      }
      const ids = (type: string) => result.rows.filter((row) => row.type === type && row.id).map((row) => row.id as string);
      const fetches: [string, string][] = [
        ['Contact', 'SELECT id, first_name, last_name, email FROM contacts WHERE id = ANY($1::uuid[])'],
        ['Company', 'SELECT id, name FROM companies WHERE id = ANY($1::uuid[])'],
        ['Lead', 'SELECT id, first_name, last_name, company_name FROM leads WHERE id = ANY($1::uuid[])'],
        ['Deal', 'SELECT id, name, value FROM deals WHERE id = ANY($1::uuid[])'],
        ['Listing', 'SELECT id, title, city FROM listings WHERE id = ANY($1::uuid[])'],
      ];
      for (const [type, sql] of fetches) if (ids(type).length > 0) await client.query(sql, [ids(type)]);
    },
  },
  {
    name: 'dashboard (pipeline summary, win rate, activity counts, lead funnel)',
    kind: 'list',
    // The lead funnel counts every lead of the organization and the pipeline summary sums every
    // open deal: they read all of the organization's rows whatever the plan. The large bench
    // organization holds 98 % of both tables, so a sequential scan is the cheapest way to do
    // that here; for an organization that is a small part of the table the (org_id, status, …)
    // indexes are used (tests/db/dashboard-plans.test.ts checks both).
    orgWideScan: { tables: ['leads', 'deals'], why: 'org-wide aggregates; this organization is 98 % of the table' },
    request: (inputs, n) => ({ query: DASHBOARD, variables: dashboardWindow(inputs, n) }),
    floor: async (client, inputs, n) => {
      const { from, to } = dashboardWindow(inputs, n);
      await client.query(
        `SELECT s.id, s.name, count(d.id), coalesce(sum(d.value), 0), coalesce(round(sum(d.value * coalesce(d.probability, s.probability)) / 100, 2), 0)
           FROM pipeline_stages s
           LEFT JOIN deals d ON d.org_id = s.org_id AND d.stage_id = s.id AND d.status = 'OPEN' AND d.deleted_at IS NULL
          WHERE s.org_id = $1 AND s.pipeline_id = $2
          GROUP BY s.id, s.name, s.position ORDER BY s.position`,
        [inputs.orgId, inputs.pipelineId],
      );
      await client.query(
        `SELECT count(*) FILTER (WHERE status = 'WON'), count(*) FILTER (WHERE status = 'LOST') FROM deals
          WHERE org_id = $1 AND deleted_at IS NULL AND status IN ('WON', 'LOST') AND closed_at >= $2 AND closed_at < $3`,
        [inputs.orgId, from, to],
      );
      await client.query(
        `SELECT a.type, a.owner_id, u.name, count(*) FROM activities a LEFT JOIN users u ON u.id = a.owner_id
          WHERE a.org_id = $1 AND a.deleted_at IS NULL AND a.occurred_at >= $2 AND a.occurred_at < $3
          GROUP BY GROUPING SETS ((a.type), (a.owner_id, u.name))`,
        [inputs.orgId, from, to],
      );
      await client.query(`SELECT status, count(*) FROM leads WHERE org_id = $1 AND deleted_at IS NULL GROUP BY status`, [inputs.orgId]);
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
        [
          randomUUID(),
          inputs.orgId,
          `Stage changed: ${rows[0].name} → ${stage.name}`,
          dealId,
          rows[0].contact_id,
          rows[0].company_id,
          inputs.ownerUserId,
        ],
      );
    },
  },
];
