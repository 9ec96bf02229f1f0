import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { FIRST_NAMES, LAST_NAMES } from './dataset-names.js';
import { activityCountsSql } from '../src/modules/metrics/activity-counts-sql.js';
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
  /**
   * The same answer computed by the fastest hand-written SQL we found (bench/README.md, "Floors"),
   * inside BEGIN/set_config/COMMIT. Reads return what `answer` reads from the API's response.
   */
  floor(client: pg.PoolClient, inputs: OperationInputs, n: number): Promise<Answer | void>;
  /** The ids (in order) and total the API answered, to compare with the floor's (`npm run bench -- --check`). */
  answer?(data: ResponseData): Answer;
}

/** What the floor and the API must agree on: the records returned, in order, and the total. */
export interface Answer {
  ids: string[];
  total?: number;
}

/** A GraphQL response's `data`, walked without a schema: the check only reads ids and totals. */
export type ResponseData = { [key: string]: ResponseData } & ResponseData[];

/**
 * The dashboard's numbers as an Answer: stages with their open-deal counts in pipeline order, the
 * activity-type and lead-status counts (order-free: sorted), and won + lost as the total.
 */
function dashboardAnswer(stages: string[][], counts: string[][], closed: number): Answer {
  return { ids: [...stages.map((pair) => pair.join(':')), ...counts.map((pair) => pair.join(':')).sort()], total: closed };
}

const idOf = (globalId: unknown) => Buffer.from(String(globalId), 'base64').toString('utf8').split(':')[1]!;
const nodesOf = (connection: ResponseData): ResponseData[] => connection['edges']!.map((edge) => edge['node']!);

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

const DEAL_BOARD_PAGE = `
  SELECT d.id, d.name, d.value, d.currency, d.probability, d.expected_close_date, d.contact_id, d.company_id, d.created_at
    FROM deals d WHERE d.stage_id = $1 AND d.deleted_at IS NULL
   ORDER BY d.created_at DESC, d.id DESC LIMIT 51`;

const DEAL_BOARD_CHILDREN = `
  SELECT 'activity' AS kind, a.id, a.deal_id AS parent, a.type::text AS text1, a.subject AS text2, a.occurred_at AS at
    FROM unnest($1::uuid[]) WITH ORDINALITY AS page(id, position)
    CROSS JOIN LATERAL (SELECT a.id, a.deal_id, a.type, a.subject, a.occurred_at FROM activities a
                         WHERE a.deal_id = page.id AND a.deleted_at IS NULL
                         ORDER BY a.occurred_at DESC, a.id DESC LIMIT 3) a
  UNION ALL SELECT 'contact', id, NULL, first_name, last_name, NULL FROM contacts WHERE id = ANY($2::uuid[])
  UNION ALL SELECT 'company', id, NULL, name, NULL, NULL FROM companies WHERE id = ANY($3::uuid[])
  UNION ALL SELECT 'stage', id, NULL, name, probability::text, NULL FROM pipeline_stages WHERE id = $4`;

const DEAL_BOARD_COUNT = 'SELECT count(*) FROM deals WHERE stage_id = $1 AND deleted_at IS NULL';

const CONTACT_DETAIL_FLOOR = `
  SELECT c.id, c.first_name, c.last_name, c.email, c.phone, c.title, c.tags, co.id AS company_id, co.name AS company,
         (SELECT json_agg(d) FROM (SELECT d.id, d.name, d.value, d.status, s.name AS stage FROM deals d
                                     JOIN pipeline_stages s ON s.org_id = d.org_id AND s.id = d.stage_id
                                    WHERE d.contact_id = c.id AND d.deleted_at IS NULL
                                    ORDER BY d.created_at DESC, d.id DESC LIMIT 21) d) AS deals,
         (SELECT count(*) FROM deals d WHERE d.contact_id = c.id AND d.deleted_at IS NULL) AS deal_count,
         (SELECT json_agg(a) FROM (SELECT a.id, a.type, a.subject, a.occurred_at FROM activities a
                                    WHERE a.contact_id = c.id AND a.deleted_at IS NULL
                                    ORDER BY a.occurred_at DESC, a.id DESC LIMIT 21) a) AS activities,
         (SELECT count(*) FROM activities a WHERE a.contact_id = c.id AND a.deleted_at IS NULL) AS activity_count
    FROM contacts c LEFT JOIN companies co ON co.org_id = c.org_id AND co.id = c.company_id
   WHERE c.id = $1`;

const CONTACTS_FILTERED_FLOOR = `
  WITH hits AS MATERIALIZED (
    SELECT c.id, c.org_id, c.first_name, c.last_name, c.email, c.company_id FROM contacts c
     WHERE (c.last_name_key ^@ lower($1) OR c.first_name_key ^@ lower($1))
       AND c.company_id IS NOT NULL AND c.deleted_at IS NULL)
  SELECT h.id, h.first_name, h.last_name, h.email, co.name AS company, (SELECT count(*) FROM hits) AS total
    FROM (SELECT * FROM hits ORDER BY last_name, first_name, id LIMIT 21) h
    LEFT JOIN companies co ON co.org_id = h.org_id AND co.id = h.company_id
   ORDER BY h.last_name, h.first_name, h.id`;

/** One parameter per SEARCHABLE_TYPES entry, in that order: the ids of that type on the page. */
const SEARCH_ROWS_FLOOR = `
  SELECT 'Contact' AS type, id, first_name AS text1, last_name AS text2, email AS text3 FROM contacts WHERE id = ANY($1::uuid[])
  UNION ALL SELECT 'Company', id, name, NULL, NULL FROM companies WHERE id = ANY($2::uuid[])
  UNION ALL SELECT 'Lead', id, first_name, last_name, company_name FROM leads WHERE id = ANY($3::uuid[])
  UNION ALL SELECT 'Deal', id, name, value::text, NULL FROM deals WHERE id = ANY($4::uuid[])
  UNION ALL SELECT 'Listing', id, title, city, NULL FROM listings WHERE id = ANY($5::uuid[])`;

const MOVE_DEAL_STAGE_FLOOR = `
  WITH moved AS (
    UPDATE deals d
       SET pipeline_id = target.pipeline_id, stage_id = target.id,
           status = CASE WHEN target.kind = 'OPEN' THEN 'OPEN'::deal_status ELSE target.kind::text::deal_status END,
           closed_at = CASE WHEN target.kind = 'OPEN' THEN NULL ELSE coalesce(d.closed_at, now()) END,
           updated_at = now()
      FROM pipeline_stages target, pipeline_stages current
     WHERE d.id = $1 AND target.id = $2 AND current.org_id = d.org_id AND current.id = d.stage_id AND d.stage_id <> target.id
    RETURNING d.id, d.contact_id, d.company_id, d.status, current.name AS from_name, target.name AS to_name)
  INSERT INTO activities (id, org_id, type, subject, deal_id, contact_id, company_id, owner_id, updated_at)
  SELECT $3, $4, 'STAGE_CHANGE', 'Stage changed: ' || from_name || ' → ' || to_name, id, contact_id, company_id, $5, now()
    FROM moved
  RETURNING id, deal_id`;

export const OPERATIONS: Operation[] = [
  {
    name: 'deal by node(id)',
    kind: 'lookup',
    request: (inputs, n) => ({ query: DEAL_BY_ID, variables: { id: globalId('Deal', at(inputs.dealIds, n)) } }),
    // One statement, four primary-key probes (deals, its stage, contact and company): nothing to batch.
    floor: async (client, inputs, n) => {
      const { rows } = await client.query<{ id: string }>(
        `SELECT d.id, d.name, d.value, d.currency, d.status, coalesce(d.probability, s.probability) AS probability,
                d.expected_close_date, s.name AS stage, c.first_name, c.last_name, co.name AS company
           FROM deals d JOIN pipeline_stages s ON s.org_id = d.org_id AND s.id = d.stage_id
           LEFT JOIN contacts c ON c.org_id = d.org_id AND c.id = d.contact_id
           LEFT JOIN companies co ON co.org_id = d.org_id AND co.id = d.company_id
          WHERE d.id = $1`,
        [at(inputs.dealIds, n)],
      );
      return { ids: rows.map((row) => row.id) };
    },
    answer: (data) => ({ ids: [idOf(data['node']!['id'])] }),
  },
  {
    name: 'deal board (50 deals, 3 activities each, totalCount)',
    kind: 'list',
    request: (inputs, n) => ({ query: DEAL_BOARD, variables: { stageId: globalId('PipelineStage', at(inputs.openStageIds, n)) } }),
    // A keyset page of 50 deals (first page: no cursor) on (org_id, stage_id, created_at), then ONE
    // statement for all their children (3 latest activities per deal through LATERAL on
    // (org_id, deal_id, occurred_at), the contacts' and companies' names by id, the stage), then
    // the count. The children come back as plain rows, cheaper to build and parse than JSON.
    floor: async (client, inputs, n) => {
      const stageId = at(inputs.openStageIds, n);
      const page = await client.query<{ id: string; contact_id: string | null; company_id: string | null }>(DEAL_BOARD_PAGE, [stageId]);
      const deals = page.rows.slice(0, 50);
      const distinct = (values: (string | null)[]) => [...new Set(values.filter((value): value is string => value !== null))];
      const children = await client.query<{ kind: string; id: string }>(DEAL_BOARD_CHILDREN, [
        deals.map((deal) => deal.id),
        distinct(deals.map((deal) => deal.contact_id)),
        distinct(deals.map((deal) => deal.company_id)),
        stageId,
      ]);
      const count = await client.query<{ count: string }>(DEAL_BOARD_COUNT, [stageId]);
      const activityIds = children.rows.filter((row) => row.kind === 'activity').map((row) => row.id);
      return { ids: [...deals.map((deal) => deal.id), ...activityIds], total: Number(count.rows[0]!.count) };
    },
    answer: (data) => {
      const deals = nodesOf(data['deals']!);
      const activityIds = deals.flatMap((deal) => nodesOf(deal['activities']!).map((activity) => idOf(activity['id'])));
      return { ids: [...deals.map((deal) => idOf(deal['id'])), ...activityIds], total: Number(data['deals']!['totalCount']) };
    },
  },
  {
    name: 'contact detail (20-activity timeline, deals)',
    kind: 'lookup',
    request: (inputs, n) => ({ query: CONTACT_DETAIL, variables: { id: globalId('Contact', at(inputs.contactIds, n)) } }),
    // One statement: the contact by primary key, its company, and four correlated subqueries on
    // (org_id, contact_id, …) indexes (20 deals, their count, 20 activities, their count). One
    // round trip instead of four: 1.9 ms against 3.3 ms mean at concurrency 1 (quick dataset).
    floor: async (client, inputs, n) => {
      const { rows } = await client.query<{ deals: { id: string }[] | null; deal_count: string; activities: { id: string }[] | null }>(
        CONTACT_DETAIL_FLOOR,
        [at(inputs.contactIds, n)],
      );
      const contact = rows[0]!;
      const deals = (contact.deals ?? []).slice(0, 20).map((deal) => deal.id);
      const activities = (contact.activities ?? []).slice(0, 20).map((activity) => activity.id);
      return { ids: [...deals, ...activities], total: Number(contact.deal_count) };
    },
    answer: (data) => {
      const contact = data['node']!;
      const ids = [...nodesOf(contact['deals']!), ...nodesOf(contact['activities']!)].map((node) => idOf(node['id']));
      return { ids, total: Number(contact['deals']!['totalCount']) };
    },
  },
  {
    name: 'contacts filtered (AND/OR, ordered, totalCount)',
    kind: 'list',
    // startsWith on a name reads the generated lower-case prefix keys as a leakproof range
    // (sql/65_name_prefix_keys.sql), so the organization's contacts are no longer all tested.
    request: (_inputs, n) => ({ query: CONTACTS_FILTERED, variables: { prefix: at(PREFIXES, n) } }),
    // The same prefix keys, tested with starts_with (`^@`, leakproof, and its planner support
    // makes it the key range), the matches read once through the two key indexes (a BitmapOr),
    // then sorted top-21 and counted from the same set, in one statement with the company names.
    // (Before the keys this floor used the leakproof trigram operator `<%` with an ILIKE recheck,
    // 3.4 ms against 17 ms for two ILIKE statements on the quick dataset.)
    floor: async (client, _inputs, n) => {
      const { rows } = await client.query<{ id: string; total: string }>(CONTACTS_FILTERED_FLOOR, [at(PREFIXES, n)]);
      return { ids: rows.slice(0, 20).map((row) => row.id), total: Number(rows[0]?.total ?? 0) };
    },
    answer: (data) => ({
      ids: nodesOf(data['contacts']!).map((node) => idOf(node['id'])),
      total: Number(data['contacts']!['totalCount']),
    }),
  },
  {
    name: 'search (typo in a full name, 5 types, 20 results)',
    kind: 'list',
    request: (_inputs, n) => ({ query: SEARCH, variables: { query: typedName(n) } }),
    // The floor runs the API's own ranking statement (src/modules/search/sql.ts: the ranking is
    // the work, trigram GIN candidates per type) and then fetches the page's rows of every type
    // in ONE statement by primary keys (the API fetches per type).
    floor: async (client, _inputs, n) => {
      await client.query(`SELECT set_config('pg_trgm.word_similarity_threshold', $1, true)`, [String(WORD_SIMILARITY_THRESHOLD)]);
      const query = typedName(n);
      let statement = searchStatement({ query, types: [...SEARCHABLE_TYPES], mode: 'ALL', limit: 21 });
      let result = statement ? await client.query(statement.text, statement.values as unknown[]) : { rows: [] };
      if ((result.rows[0]?.total ?? 0) === 0) {
        statement = searchStatement({ query, types: [...SEARCHABLE_TYPES], mode: 'ANY', limit: 21 });
        result = statement ? await client.query(statement.text, statement.values as unknown[]) : { rows: [] };
      }
      const ranked = result.rows.filter((row) => row.id).slice(0, 20) as { type: string; id: string; total: number }[];
      const ids = (type: string) => ranked.filter((row) => row.type === type).map((row) => row.id);
      if (ranked.length > 0) await client.query(SEARCH_ROWS_FLOOR, SEARCHABLE_TYPES.map(ids));
      return { ids: ranked.map((row) => row.id), total: Number(result.rows[0]?.total ?? 0) };
    },
    answer: (data) => ({
      ids: nodesOf(data['search']!).map((node) => idOf(node['id'])),
      total: Number(data['search']!['totalCount']),
    }),
  },
  {
    name: 'dashboard (pipeline summary, win rate, activity counts, lead funnel)',
    kind: 'list',
    // The pipeline summary, the lead funnel and the whole days of the activity counts read the
    // counters the triggers keep (sql/70_dashboard_counters.sql); the win rate and the activity
    // counts' partial days read their window through the (org_id, …) indexes. No org-wide scan.
    request: (inputs, n) => ({ query: DASHBOARD, variables: dashboardWindow(inputs, n) }),
    // The same four parts as the API: three read the counters (the fastest answer there is: one row
    // per stage or status), two aggregate their window on the (org_id, …) indexes. They stay four
    // statements: each takes milliseconds or less, so the three round trips saved by one statement
    // are lost in the noise.
    floor: async (client, inputs, n) => {
      const { from, to } = dashboardWindow(inputs, n);
      const stages = await client.query<{ id: string; deals: string }>(
        `SELECT s.id, coalesce(c.deal_count, 0) AS deals, coalesce(c.total_value, 0),
                coalesce(round((c.own_probability_value + c.stage_probability_value * s.probability) / 100, 2), 0)
           FROM pipeline_stages s
           LEFT JOIN stage_deal_counters c ON c.org_id = s.org_id AND c.stage_id = s.id
          WHERE s.org_id = $1 AND s.pipeline_id = $2
          ORDER BY s.position, s.id`,
        [inputs.orgId, inputs.pipelineId],
      );
      const outcomes = await client.query<{ won: string; lost: string }>(
        `SELECT count(*) FILTER (WHERE status = 'WON') AS won, count(*) FILTER (WHERE status = 'LOST') AS lost FROM deals
          WHERE org_id = $1 AND deleted_at IS NULL AND status IN ('WON', 'LOST') AND closed_at >= $2 AND closed_at < $3`,
        [inputs.orgId, from, to],
      );
      // The API's own statement (whole days from activity_day_counters, the partial days from the
      // rows): nothing hand-written we found reads less.
      const counts = activityCountsSql(inputs.orgId, new Date(from), new Date(to));
      const activities = await client.query<{ byOwner: boolean; type: string | null; count: string }>(counts.text, counts.values);
      const funnel = await client.query<{ status: string; count: string }>(
        `SELECT status, lead_count AS count FROM lead_status_counters WHERE org_id = $1 AND lead_count > 0`,
        [inputs.orgId],
      );
      return dashboardAnswer(
        stages.rows.map((row) => [row.id, row.deals]),
        [
          ...activities.rows.filter((row) => !row.byOwner).map((row) => [row.type!, String(row.count)]),
          ...funnel.rows.map((row) => [row.status, row.count]),
        ],
        Number(outcomes.rows[0]!.won) + Number(outcomes.rows[0]!.lost),
      );
    },
    answer: (data) => {
      const dashboard = data['dashboard']!;
      return dashboardAnswer(
        dashboard['pipelineSummary']!.map((row) => [idOf(row['stage']!['id']), String(row['dealCount'])]),
        [
          ...dashboard['activityCounts']!['byType']!.map((row) => [String(row['type']), String(row['count'])]),
          ...dashboard['leadFunnel']!.map((row) => [String(row['status']), String(row['count'])]),
        ],
        Number(dashboard['winRate']!['won']) + Number(dashboard['winRate']!['lost']),
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
    // One INSERT … RETURNING: the row, its keys and the audit/notification triggers are the work.
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
    // One statement: the UPDATE joins the target stage and the deal's current stage (read before
    // the update, for the activity's subject) and RETURNING feeds the STAGE_CHANGE activity's
    // INSERT; a move to the deal's own stage updates nothing and inserts nothing, as the API does.
    // One round trip where the API's path needs several (reads, update, insert).
    floor: async (client, inputs, n) => {
      await client.query(MOVE_DEAL_STAGE_FLOOR, [
        at(inputs.dealIds, n * 7 + 3),
        at(inputs.stageIds, n + 1),
        randomUUID(),
        inputs.orgId,
        inputs.ownerUserId,
      ]);
    },
  },
];
