import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { signAccessToken } from '../src/auth/jwt.js';
import { withDatabase } from '../src/db/local-database.js';
import { DEMO_OWNER, seedDemoOrganization } from '../src/seed/demo.js';
import { startTestApp, TEST_JWT_SECRET, type TestApp } from './helpers/app.js';

// A fixed seed day, so the two databases below must come out identical. The demo brokerage
// keeps Pacific standard time: its seed day began at 08:00 UTC.
const TODAY = new Date('2026-11-23T09:30:00Z');
const DAY_START = new Date('2026-11-23T08:00:00Z');
const DAY_MS = 86_400_000;
const daysBefore = (days: number) => new Date(DAY_START.getTime() - days * DAY_MS);
const ownerUrlOf = (app: TestApp) => withDatabase(process.env.TEST_ADMIN_DATABASE_URL!, app.owner.database!);

const TENANT_TABLES = [
  'memberships',
  'companies',
  'contacts',
  'leads',
  'pipelines',
  'pipeline_stages',
  'deals',
  'activities',
  'listings',
  'appointments',
  'appointment_attendees',
  'messages',
  'automations',
  'daily_metrics',
  'notifications',
  'attachments',
  'tool_purchases',
  'bundle_purchases',
  'tool_reviews',
  'shopping_carts',
  'shopping_cart_items',
  'checkouts',
  'audit_log',
] as const;

async function countRows(app: TestApp, orgId: string) {
  const counts: Record<string, number> = {};
  for (const table of TENANT_TABLES) {
    const { rows } = await app.owner.query(`SELECT count(*)::int AS n FROM ${table} WHERE org_id = $1`, [orgId]);
    counts[table] = rows[0].n;
  }
  for (const table of ['marketplace_tools', 'tool_bundles', 'tool_bundle_items']) {
    const { rows } = await app.owner.query(`SELECT count(*)::int AS n FROM ${table}`);
    counts[table] = rows[0].n;
  }
  return counts;
}

/**
 * Everything the seed wrote except ids and the clock of the seed run itself: the content of
 * each table (with references replaced by what they point at) hashed per table.
 */
async function fingerprint(app: TestApp, orgId: string) {
  const queries: Record<string, string> = {
    listings: `SELECT title, property_type, status, price, address_line1, address_line2, city, postal_code, bedrooms, bathrooms,
                      square_feet, lot_size_sqft, year_built, features, media, l.created_at, u.auth_subject
                 FROM listings l JOIN users u ON u.id = l.agent_id WHERE l.org_id = $1`,
    leads: `SELECT first_name, last_name, l.email, status, source, rating, score, l.created_at, converted_at, u.auth_subject
              FROM leads l JOIN users u ON u.id = l.assignee_id WHERE l.org_id = $1`,
    deals: `SELECT d.name, value, d.status, closed_at, expected_close_date, d.created_at, s.name AS stage, l.title AS listing, c.email AS contact
              FROM deals d JOIN pipeline_stages s ON s.id = d.stage_id LEFT JOIN listings l ON l.id = d.listing_id
              LEFT JOIN contacts c ON c.id = d.contact_id WHERE d.org_id = $1`,
    activities: `SELECT a.type, subject, occurred_at, due_at, completed_at, d.name AS deal FROM activities a LEFT JOIN deals d ON d.id = a.deal_id WHERE a.org_id = $1`,
    appointments: `SELECT a.title, starts_at, ends_at, a.status, location, a.created_at,
                          (SELECT string_agg(coalesce(c.email, u.auth_subject), ',' ORDER BY coalesce(c.email, u.auth_subject))
                             FROM appointment_attendees x LEFT JOIN contacts c ON c.id = x.contact_id LEFT JOIN users u ON u.id = x.user_id
                            WHERE x.appointment_id = a.id) AS attendees
                     FROM appointments a WHERE a.org_id = $1`,
    messages: `SELECT channel, direction, from_address, to_addresses, subject, body, sent_at, thread_key FROM messages WHERE org_id = $1`,
    // Their configurations hold global ids of stages and users: compare what they test and do.
    automations: `SELECT name, trigger, enabled, jsonb_path_query_array(conditions, '$[*].field') AS fields,
                         jsonb_path_query_array(actions, '$[*].type') AS actions FROM automations WHERE org_id = $1`,
    metrics: `SELECT day, leads_created, deals_created, deals_won, deals_lost, revenue_won, activities_logged, appointments_booked, messages_logged
                FROM daily_metrics WHERE org_id = $1`,
    purchases: `SELECT t.slug, p.price, p.created_at FROM tool_purchases p JOIN marketplace_tools t ON t.id = p.tool_id WHERE p.org_id = $1`,
  };
  const result: Record<string, string> = {};
  for (const [name, sql] of Object.entries(queries)) {
    const { rows } = await app.owner.query(
      `SELECT md5(string_agg(row_to_json(q)::text, '|' ORDER BY row_to_json(q)::text)) AS h FROM (${sql}) q`,
      [orgId],
    );
    result[name] = rows[0].h;
  }
  return result;
}

describe('demo seed', () => {
  let app: TestApp;
  let twin: TestApp;
  let orgId: string;

  beforeAll(async () => {
    [app, twin] = await Promise.all([startTestApp(), startTestApp()]);
    const result = await seedDemoOrganization(app.database.prisma, { today: TODAY, ownerUrl: ownerUrlOf(app) });
    expect(result.created).toBe(true);
    orgId = result.orgId;
  });
  afterAll(async () => {
    await Promise.all([app?.close(), twin?.close()]);
  });

  it('fills every table of the domain', async () => {
    const counts = await countRows(app, orgId);
    expect(counts).toMatchObject({
      memberships: 4,
      companies: 12,
      contacts: 48,
      leads: 41,
      pipelines: 1,
      pipeline_stages: 6,
      deals: 40,
      activities: 240,
      listings: 40,
      appointments: 60,
      messages: 200,
      automations: 5,
      daily_metrics: 90,
      attachments: 0,
      tool_purchases: 7,
      bundle_purchases: 1,
      tool_reviews: 2,
      shopping_carts: 1,
      shopping_cart_items: 1,
      checkouts: 2,
      marketplace_tools: 12,
      tool_bundles: 3,
      tool_bundle_items: 11,
    });
    expect(counts.appointment_attendees).toBeGreaterThanOrEqual(120);
    expect(counts.notifications).toBeGreaterThan(20);
    expect(counts.audit_log).toBeGreaterThan(700);
  });

  it('is idempotent: a second run finds the organization and adds nothing', async () => {
    const before = await countRows(app, orgId);
    const again = await seedDemoOrganization(app.database.prisma, { today: TODAY, ownerUrl: ownerUrlOf(app) });
    expect(again).toEqual({ orgId, created: false });
    expect(await countRows(app, orgId)).toEqual(before);
  });

  it('is deterministic: another fresh database seeded on the same day gets the same data', async () => {
    const other = await seedDemoOrganization(twin.database.prisma, { today: TODAY, ownerUrl: ownerUrlOf(twin) });
    expect(await fingerprint(twin, other.orgId)).toEqual(await fingerprint(app, orgId));
  });

  it('gives the dashboards something to show over the last 90 days', async () => {
    const since = daysBefore(89);
    const { rows: closed } = await app.owner.query(
      `SELECT status, count(*)::int AS n FROM deals WHERE org_id = $1 AND closed_at >= $2 GROUP BY status`,
      [orgId, since],
    );
    const closedBy = Object.fromEntries(closed.map((r) => [r.status, r.n]));
    expect(closedBy.WON).toBeGreaterThanOrEqual(5);
    expect(closedBy.LOST).toBeGreaterThanOrEqual(3);
    const { rows: open } = await app.owner.query(
      `SELECT count(DISTINCT stage_id)::int AS stages FROM deals WHERE org_id = $1 AND status = 'OPEN'`,
      [orgId],
    );
    expect(open[0].stages).toBe(4);

    const { rows: funnel } = await app.owner.query(`SELECT DISTINCT status FROM leads WHERE org_id = $1`, [orgId]);
    expect(funnel.length).toBeGreaterThanOrEqual(4);

    // The design documents' model in use: every contact type and status, paused deals, showings
    // and open houses naming their listing.
    const { rows: model } = await app.owner.query(
      `SELECT (SELECT count(DISTINCT type)::int FROM contacts WHERE org_id = $1) AS contact_types,
              (SELECT count(DISTINCT status)::int FROM contacts WHERE org_id = $1) AS contact_statuses,
              (SELECT count(*)::int FROM deals WHERE org_id = $1 AND status = 'ON_HOLD') AS on_hold,
              (SELECT count(*)::int FROM leads WHERE org_id = $1 AND status = 'LOST') AS lost_leads,
              (SELECT bool_and(listing_id IS NOT NULL) FROM activities WHERE org_id = $1 AND type IN ('SHOWING', 'OPEN_HOUSE')) AS linked,
              (SELECT count(*)::int FROM activities WHERE org_id = $1 AND type = 'OPEN_HOUSE') AS open_houses`,
      [orgId],
    );
    expect(model[0]).toEqual({ contact_types: 5, contact_statuses: 3, on_hold: 2, lost_leads: 3, linked: true, open_houses: 4 });

    const { rows: activity } = await app.owner.query(
      `SELECT count(DISTINCT type)::int AS types, count(DISTINCT owner_id)::int AS owners, max(occurred_at) < $2 AS past, min(occurred_at) >= $3 AS recent
         FROM activities WHERE org_id = $1`,
      [orgId, DAY_START, since],
    );
    expect(activity[0]).toEqual({ types: 8, owners: 3, past: true, recent: true });

    const { rows: metrics } = await app.owner.query(
      `SELECT count(*)::int AS days, min(day)::text AS first, max(day)::text AS last, sum(leads_created)::int AS leads,
              sum(deals_created)::int AS deals, sum(deals_won)::int AS won, sum(deals_lost)::int AS lost, sum(revenue_won)::numeric AS revenue,
              sum(activities_logged)::int AS activities, sum(appointments_booked)::int AS appointments, sum(messages_logged)::int AS messages
         FROM daily_metrics WHERE org_id = $1`,
      [orgId],
    );
    expect(metrics[0]).toMatchObject({
      days: 90,
      first: '2026-08-26',
      last: '2026-11-23',
      leads: 41,
      won: closedBy.WON,
      lost: closedBy.LOST,
      activities: 240,
      messages: 200,
    });
    expect(metrics[0].deals).toBeGreaterThan(20);
    expect(metrics[0].appointments).toBeGreaterThan(40);
    expect(Number(metrics[0].revenue)).toBeGreaterThan(1_000_000);
  });

  it("types the leads' custom fields, so every value fits its definition", async () => {
    const { rows: fields } = await app.owner.query(
      `SELECT key, type FROM custom_field_definitions WHERE org_id = $1 AND entity = 'LEAD' AND deleted_at IS NULL ORDER BY position`,
      [orgId],
    );
    expect(fields).toEqual([
      { key: 'budget_usd', type: 'MONEY' },
      { key: 'preferred_city', type: 'SINGLE_SELECT' },
    ]);
    const { rows } = await app.owner.query(
      `SELECT count(*)::int AS n,
              count(*) FILTER (WHERE custom_fields->>'budget_usd' ~ '^[0-9]+\\.[0-9]{2}$')::int AS money,
              count(*) FILTER (WHERE custom_fields->>'preferred_city' = ANY (SELECT unnest(options) FROM custom_field_definitions
                                WHERE org_id = $1 AND key = 'preferred_city'))::int AS city
         FROM leads WHERE org_id = $1`,
      [orgId],
    );
    expect(rows[0].n).toBeGreaterThan(20);
    expect(rows[0]).toEqual({ n: rows[0].n, money: rows[0].n, city: rows[0].n });
  });

  it('covers every listing type and status, with media, and links deals to listings', async () => {
    const { rows } = await app.owner.query(
      `SELECT count(DISTINCT property_type)::int AS types, count(DISTINCT status)::int AS statuses, count(DISTINCT city)::int AS cities,
              min(jsonb_array_length(media))::int AS min_media, max(jsonb_array_length(media))::int AS max_media,
              bool_and(media @? '$[*].url ? (@ starts with "https://images.example.com/")') AS urls
         FROM listings WHERE org_id = $1`,
      [orgId],
    );
    expect(rows[0]).toEqual({ types: 7, statuses: 6, cities: 4, min_media: 2, max_media: 5, urls: true });
    const { rows: links } = await app.owner.query(
      `SELECT count(*) FILTER (WHERE d.listing_id IS NOT NULL)::int AS linked,
              bool_and(l.status = 'SOLD') FILTER (WHERE d.status = 'WON' AND l.id IS NOT NULL) AS won_sold
         FROM deals d LEFT JOIN listings l ON l.id = d.listing_id WHERE d.org_id = $1`,
      [orgId],
    );
    expect(links[0].linked).toBeGreaterThanOrEqual(30);
    expect(links[0].won_sold).toBe(true);
  });

  it('schedules appointments around the seed day with statuses that fit their time', async () => {
    const { rows } = await app.owner.query(
      `SELECT starts_at < $2 AS past, array_agg(DISTINCT status::text ORDER BY status::text) AS statuses, count(*)::int AS n,
              bool_and(ends_at > starts_at) AS ordered, bool_and(created_at < starts_at AND created_at < $2) AS booked_before
         FROM appointments WHERE org_id = $1 GROUP BY 1 ORDER BY 1`,
      [orgId, DAY_START],
    );
    expect(rows).toEqual([
      { past: false, statuses: expect.arrayContaining(['CONFIRMED', 'SCHEDULED']), n: 30, ordered: true, booked_before: true },
      { past: true, statuses: expect.arrayContaining(['COMPLETED', 'NO_SHOW', 'CANCELLED']), n: 30, ordered: true, booked_before: true },
    ]);
    for (const row of rows) {
      expect(
        row.statuses.every((s: string) =>
          (row.past ? ['COMPLETED', 'NO_SHOW', 'CANCELLED'] : ['SCHEDULED', 'CONFIRMED', 'CANCELLED']).includes(s),
        ),
      ).toBe(true);
    }
    const { rows: kinds } = await app.owner.query(
      `SELECT count(*) FILTER (WHERE user_id IS NOT NULL)::int AS users, count(*) FILTER (WHERE contact_id IS NOT NULL)::int AS contacts
         FROM appointment_attendees WHERE org_id = $1`,
      [orgId],
    );
    expect(kinds[0].users).toBeGreaterThanOrEqual(60);
    expect(kinds[0].contacts).toBeGreaterThanOrEqual(30);
  });

  it('keeps conversations in threads across channels over the last 60 days', async () => {
    const { rows } = await app.owner.query(
      `SELECT count(DISTINCT thread_key)::int AS threads, count(DISTINCT channel)::int AS channels, count(DISTINCT direction)::int AS directions,
              count(*) FILTER (WHERE lead_id IS NOT NULL)::int AS with_leads, count(*) FILTER (WHERE deal_id IS NOT NULL)::int AS with_deals,
              min(sent_at) >= $2 AS recent, max(sent_at) < $3 AS past,
              bool_and(num_nonnulls(contact_id, lead_id) = 1) AS addressed
         FROM messages WHERE org_id = $1`,
      [orgId, daysBefore(60), DAY_START],
    );
    expect(rows[0]).toMatchObject({ channels: 5, directions: 2, recent: true, past: true, addressed: true });
    expect(rows[0].threads).toBeGreaterThanOrEqual(25);
    expect(rows[0].with_leads).toBeGreaterThan(0);
    expect(rows[0].with_deals).toBeGreaterThan(0);
  });

  it('configures one automation per trigger', async () => {
    const { rows } = await app.owner.query(
      `SELECT array_agg(DISTINCT trigger::text ORDER BY trigger::text) AS triggers, count(*) FILTER (WHERE NOT enabled)::int AS disabled
         FROM automations WHERE org_id = $1`,
      [orgId],
    );
    expect(rows[0]).toEqual({ triggers: ['APPOINTMENT_BOOKED', 'DEAL_STAGE_CHANGED', 'LEAD_CREATED', 'SCHEDULE'], disabled: 1 });
  });

  it('leaves the owner a few unread notifications from a colleague, and the older ones read', async () => {
    const { rows } = await app.owner.query(
      `SELECT n.type::text, n.read_at IS NULL AS unread, count(*)::int AS n
         FROM notifications n JOIN users u ON u.id = n.user_id
        WHERE n.org_id = $1 AND u.auth_subject = 'demo|owner' GROUP BY 1, 2`,
      [orgId],
    );
    const unread = rows.filter((r) => r.unread);
    expect(unread.reduce((sum, r) => sum + r.n, 0)).toBeGreaterThanOrEqual(3);
    expect(unread.map((r) => r.type)).toEqual(expect.arrayContaining(['LEAD_ASSIGNED', 'DEAL_ASSIGNED', 'APPOINTMENT_INVITATION']));
    const { rows: old } = await app.owner.query(
      `SELECT count(*) FILTER (WHERE read_at IS NULL)::int AS unread, count(*)::int AS total FROM notifications
        WHERE org_id = $1 AND created_at < $2`,
      [orgId, daysBefore(2)],
    );
    expect(old[0].total).toBeGreaterThan(20);
    expect(old[0].unread).toBe(0);
    // The hand-over was done by Adam: the audit log names him.
    const { rows: audit } = await app.owner.query(
      `SELECT u.auth_subject FROM audit_log a JOIN users u ON u.id = a.actor_user_id
        WHERE a.org_id = $1 AND a.table_name = 'deals' AND a.action = 'UPDATE' AND a.changes ? 'owner_id'`,
      [orgId],
    );
    expect(audit).toEqual([{ auth_subject: 'demo|admin' }]);
  });

  it("curates the catalog as platform staff and records the brokerage's purchases", async () => {
    const { rows: staff } = await app.owner.query(`SELECT auth_subject FROM users WHERE is_platform_admin`);
    expect(staff).toEqual([{ auth_subject: 'demo|platform' }]);
    const { rows: categories } = await app.owner.query(`SELECT count(DISTINCT category)::int AS n FROM marketplace_tools`);
    expect(categories[0].n).toBeGreaterThanOrEqual(5);
    const { rows } = await app.owner.query(
      `SELECT count(*) FILTER (WHERE p.bundle_purchase_id IS NULL)::int AS bought, count(*) FILTER (WHERE p.bundle_purchase_id IS NOT NULL)::int AS bundled,
              (SELECT sum(total) FROM checkouts WHERE org_id = $1)::numeric AS spent,
              (SELECT sum(price) FROM tool_purchases WHERE org_id = $1)::numeric + (SELECT sum(price) FROM bundle_purchases WHERE org_id = $1) AS priced
         FROM tool_purchases p WHERE p.org_id = $1`,
      [orgId],
    );
    expect(rows[0]).toMatchObject({ bought: 3, bundled: 4 });
    expect(Number(rows[0].spent)).toBe(Number(rows[0].priced));
  });

  it('writes the marketplace in document 003 shapes: tier prices, counters from purchases and reviews, a licence that expires', async () => {
    const { rows: tools } = await app.owner.query(
      `SELECT slug, tier::text, category::text, price::text, purchase_count, rating::text, rating_count FROM marketplace_tools
        WHERE slug IN ('tour360', 'portal-sync', 'commission-iq') ORDER BY slug`,
    );
    expect(tools).toEqual([
      { slug: 'commission-iq', tier: 'T1', category: 'ADVANCED', price: '100.00', purchase_count: 0, rating: null, rating_count: 0 },
      { slug: 'portal-sync', tier: 'T2', category: 'INTEGRATION', price: '200.00', purchase_count: 1, rating: null, rating_count: 0 },
      { slug: 'tour360', tier: 'T2', category: 'ELITE', price: '200.00', purchase_count: 1, rating: '5.00', rating_count: 1 },
    ]);
    const { rows: bundles } = await app.owner.query(
      `SELECT slug, type::text, original_price::text, bundle_price::text, popular FROM tool_bundles ORDER BY slug`,
    );
    expect(bundles).toEqual([
      { slug: 'agent-starter-kit', type: 'STARTER_PACK', original_price: '300.00', bundle_price: '240.00', popular: true },
      { slug: 'growth-engine', type: 'GROWTH_PACK', original_price: '600.00', bundle_price: '480.00', popular: true },
      { slug: 'listing-pro', type: 'ELITE_PACK', original_price: '900.00', bundle_price: '720.00', popular: false },
    ]);
    const { rows: lifecycle } = await app.owner.query(
      `SELECT t.slug, p.status::text, p.expires_at > now() AS expires_later, p.usage_count
         FROM tool_purchases p JOIN marketplace_tools t ON t.id = p.tool_id
        WHERE p.org_id = $1 AND t.slug IN ('textline-sms', 'portal-sync') ORDER BY t.slug`,
      [orgId],
    );
    expect(lifecycle).toEqual([
      { slug: 'portal-sync', status: 'ACTIVE', expires_later: null, usage_count: 412 },
      { slug: 'textline-sms', status: 'ACTIVE', expires_later: true, usage_count: 0 },
    ]);
    // Licence lengths: TextLine SMS is yearly (its purchase ends 365 days after checkout), ShowPlanner
    // (in the owner's cart) monthly, the Agent Starter Kit yearly; the rest are perpetual.
    const { rows: licences } = await app.owner.query(
      `SELECT slug, licence_days FROM marketplace_tools WHERE licence_days IS NOT NULL
       UNION ALL SELECT slug, licence_days FROM tool_bundles WHERE licence_days IS NOT NULL ORDER BY slug`,
    );
    expect(licences).toEqual([
      { slug: 'agent-starter-kit', licence_days: 365 },
      { slug: 'showplanner', licence_days: 30 },
      { slug: 'textline-sms', licence_days: 365 },
    ]);
    const { rows: term } = await app.owner.query(
      `SELECT p.expires_at - p.created_at AS length FROM tool_purchases p JOIN marketplace_tools t ON t.id = p.tool_id
        WHERE p.org_id = $1 AND t.slug = 'textline-sms'`,
      [orgId],
    );
    expect(term.map((row) => row.length)).toEqual([{ days: 365 }]);
  });

  it('shows the demo owner a populated organization through the API', async () => {
    const token = await signAccessToken(TEST_JWT_SECRET, DEMO_OWNER);
    const response = await app.post(
      {
        query: /* GraphQL */ `
          query ($from: DateTime!, $to: DateTime!) {
            dashboard {
              winRate(from: $from, to: $to) {
                won
                lost
              }
              leadFunnel {
                status
                count
              }
              pipelineSummary {
                dealCount
              }
            }
            unreadNotificationCount
            listings(first: 1) {
              totalCount
            }
            automations(first: 1) {
              totalCount
            }
            toolPurchases(first: 1) {
              totalCount
            }
            marketplaceTools(first: 1) {
              totalCount
            }
            shoppingCart {
              id
            }
          }
        `,
        variables: { from: daysBefore(90).toISOString(), to: DAY_START.toISOString() },
      },
      { authorization: `Bearer ${token}`, 'x-organization-id': orgId },
    );
    expect(response.errors).toBeUndefined();
    const data = response.data!;
    expect(data.dashboard.winRate).toEqual({ won: 10, lost: 6 });
    expect(data.dashboard.leadFunnel.every((row: { count: number }) => row.count > 0)).toBe(true);
    expect(data.dashboard.pipelineSummary.map((row: { dealCount: number }) => row.dealCount)).toEqual([6, 6, 6, 6, 0, 0]);
    expect(data.unreadNotificationCount).toBeGreaterThanOrEqual(3);
    expect(data).toMatchObject({
      listings: { totalCount: 40 },
      automations: { totalCount: 5 },
      toolPurchases: { totalCount: 7 },
      marketplaceTools: { totalCount: 12 },
      shoppingCart: { id: expect.any(String) },
    });
  });

  it('without an owner connection, seeds everything but the catalog and purchases', async () => {
    const bare = await startTestApp();
    try {
      const result = await seedDemoOrganization(bare.database.prisma, { today: TODAY });
      const counts = await countRows(bare, result.orgId);
      expect(counts).toMatchObject({
        listings: 40,
        appointments: 60,
        messages: 200,
        daily_metrics: 90,
        marketplace_tools: 0,
        tool_purchases: 0,
        checkouts: 0,
      });
    } finally {
      await bare.close();
    }
  });
});
