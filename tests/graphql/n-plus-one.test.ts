import { beforeAll, describe, expect, it } from '@jest/globals';
import type { Actor } from '../helpers/app.js';
import { useTenants } from '../helpers/actors.js';
import { userIdOf } from '../helpers/builders.js';
import { batch, expectSameStatementCount, measureStatements, type Measured } from '../helpers/statements.js';

/**
 * N+1 guards: the number of SQL statements a request costs must not grow with the number of
 * parents on the page. app.database.statements counts every statement the API's pool sends
 * (BEGIN, app.begin_request, the queries, COMMIT).
 */

const DEAL_BOARD = /* GraphQL */ `
  query Board($first: Int!) {
    deals(first: $first) {
      totalCount
      edges {
        node {
          name
          stage {
            name
          }
          contact {
            fullName
            company {
              name
            }
          }
          company {
            name
          }
          owner {
            name
          }
          activities(first: 3) {
            totalCount
            edges {
              node {
                subject
              }
            }
          }
          lastActivity {
            subject
          }
        }
      }
    }
  }
`;
const CONTACTS_WITH_DEALS = /* GraphQL */ `
  query ContactsWithDeals($first: Int!) {
    contacts(first: $first) {
      edges {
        node {
          fullName
          deals(first: 5) {
            edges {
              node {
                name
              }
            }
          }
          company {
            name
          }
        }
      }
    }
  }
`;
const COMPANIES_WITH_CONTACTS = /* GraphQL */ `
  query CompaniesWithContacts($first: Int!) {
    companies(first: $first) {
      edges {
        node {
          name
          contacts(first: 5) {
            totalCount
            edges {
              node {
                fullName
              }
            }
          }
        }
      }
    }
  }
`;

const SMALL = 5;
const LARGE = 50;
const ACTIVITIES_PER_DEAL = 4;

describe('statement counts do not grow with the page size (no N+1)', () => {
  // batch() creates up to 200 records in one request, one alias each: over the default alias
  // and token limits, which are not what this file tests.
  const { app, org } = useTenants('NPlusOne', { env: { LIMIT_MAX_ALIASES: '500', LIMIT_MAX_TOKENS: '50000' } });

  const measure = (actor: Actor, query: string, variables: Record<string, unknown>) => measureStatements(app, actor, query, variables);
  const expectSameCount = (small: Measured, large: Measured) => expectSameStatementCount(small, large, [SMALL, LARGE]);

  beforeAll(async () => {
    const ownerId = await userIdOf(org.owner);
    const n = Array.from({ length: LARGE }, (_, i) => i);
    const pad = (i: number) => String(i).padStart(2, '0');
    const companies = await batch(
      org.member,
      'createCompany',
      'CreateCompanyInput',
      n.map((i) => ({ name: `Company ${pad(i)}` })),
      '{ company { id } }',
    );
    const contacts = await batch(
      org.member,
      'createContact',
      'CreateContactInput',
      n.map((i) => ({ firstName: 'Person', lastName: pad(i), companyId: companies[i].company.id, ownerId })),
      '{ contact { id } }',
    );
    const deals = await batch(
      org.member,
      'createDeal',
      'CreateDealInput',
      n.map((i) => ({
        deal: { name: `Deal ${pad(i)}`, value: `${i}000.00`, ownerId },
        contactId: contacts[i].contact.id,
        companyId: companies[i].company.id,
      })),
      '{ deal { id } }',
    );
    const activities = n.flatMap((i) =>
      Array.from({ length: ACTIVITIES_PER_DEAL }, (_, k) => ({
        type: 'CALL',
        subject: `Call ${k} on deal ${pad(i)}`,
        occurredAt: new Date(Date.UTC(2025, 0, 1 + k, 9)).toISOString(),
        dealId: deals[i].deal.id,
        contactId: contacts[i].contact.id,
      })),
    );
    await batch(org.member, 'createActivity', 'CreateActivityInput', activities, '{ activity { id } }');
    // Warm up (first use of a connection / prepared paths) outside the measurements.
    await org.viewer.query(DEAL_BOARD, { first: SMALL });
  });

  it('deal board: the same number of statements for 5 and for 50 deals', async () => {
    const small = await measure(org.viewer, DEAL_BOARD, { first: SMALL });
    const large = await measure(org.viewer, DEAL_BOARD, { first: LARGE });

    // The data is really there (a board with empty relations would prove nothing).
    expect(large.data.deals.totalCount).toBe(LARGE);
    expect(large.data.deals.edges).toHaveLength(LARGE);
    for (const { node } of large.data.deals.edges) {
      expect(node.stage.name).toBe('Lead in');
      expect(node.contact.company.name).toMatch(/^Company \d\d$/);
      expect(node.company.name).toBe(node.contact.company.name);
      expect(node.owner.name).toMatch(/owner/);
      expect(node.activities.totalCount).toBe(ACTIVITIES_PER_DEAL);
      expect(node.activities.edges).toHaveLength(3);
      expect(node.lastActivity.subject).toMatch(/^Call 3 on deal/);
      expect(node.activities.edges[0].node.subject).toBe(node.lastActivity.subject);
    }
    expect(small.data.deals.edges).toHaveLength(SMALL);

    expectSameCount(small, large);
  });

  it('deal board: few statements, in one transaction', async () => {
    const large = await measure(org.viewer, DEAL_BOARD, { first: LARGE });
    // Measured: 5 round trips = BEGIN with app.begin_request (one message), the deals page (stage,
    // contact, company, owner and the activities connection with its count folded in by relation
    // joins), the totalCount, one batched DISTINCT ON query for every lastActivity, COMMIT.
    expect(large.count).toBeLessThanOrEqual(5);
    expect(large.statements[0]).toMatch(/^BEGIN/i);
    expect(large.statements.at(-1)).toMatch(/^COMMIT/i);
  });

  it('contacts with their deals and company: constant', async () => {
    const small = await measure(org.viewer, CONTACTS_WITH_DEALS, { first: SMALL });
    const large = await measure(org.viewer, CONTACTS_WITH_DEALS, { first: LARGE });
    expect(large.data.contacts.edges).toHaveLength(LARGE);
    for (const { node } of large.data.contacts.edges) {
      expect(node.deals.edges).toHaveLength(1);
      expect(node.company.name).toMatch(/^Company/);
    }
    expectSameCount(small, large);
    // Measured: 3 round trips = BEGIN with app.begin_request, one query with deals and company joined, COMMIT.
    expect(large.count).toBeLessThanOrEqual(3);
  });

  it('companies with their contacts: constant', async () => {
    const small = await measure(org.viewer, COMPANIES_WITH_CONTACTS, { first: SMALL });
    const large = await measure(org.viewer, COMPANIES_WITH_CONTACTS, { first: LARGE });
    expect(large.data.companies.edges).toHaveLength(LARGE);
    for (const { node } of large.data.companies.edges) {
      expect(node.contacts.totalCount).toBe(1);
      expect(node.contacts.edges).toHaveLength(1);
    }
    expectSameCount(small, large);
    // Measured: 3 round trips = BEGIN with app.begin_request, one query with the contacts and their count joined, COMMIT.
    expect(large.count).toBeLessThanOrEqual(3);
  });

  it('moveDealStage: five statements with the payload, the move recorded from the stage it left', async () => {
    const MOVE = `mutation ($input: MoveDealStageInput!) {
      moveDealStage(input: $input) { deal { id status closedAt stage { name kind } } activity { id subject type } }
    }`;
    const setup = await org.member.query(
      '{ deals(first: 1) { edges { node { id stage { name } } } } pipelines(first: 1) { edges { node { stages { id name } } } } }',
    );
    const deal = setup.data.deals.edges[0].node;
    const stages: { id: string; name: string }[] = setup.data.pipelines.edges[0].node.stages;
    const target = stages.find((stage) => stage.name !== deal.stage.name)!;
    const moved = await measure(org.member, MOVE, { input: { dealId: deal.id, stageId: target.id } });
    expect(moved.data.moveDealStage.deal.stage.name).toBe(target.name);
    expect(moved.data.moveDealStage.activity).toEqual({
      id: expect.any(String),
      type: 'STAGE_CHANGE',
      subject: `Stage changed: ${deal.stage.name} → ${target.name}`,
    });
    // BEGIN with app.begin_request (one message), the move (lock, update, activity), the payload's read, COMMIT.
    expect(moved.count).toBeLessThanOrEqual(5);
    const again = await measure(org.member, MOVE, { input: { dealId: deal.id, stageId: target.id } });
    expect(again.data.moveDealStage.activity).toBeNull();
    expect(again.count).toBeLessThanOrEqual(5);
  });

  it('the counter itself works: a request that touches two rows on two separate lookups costs more than one', async () => {
    // Guards the guard: if the counter stopped counting, every comparison above would pass.
    const one = await measure(org.viewer, '{ deals(first: 1) { edges { node { name } } } }', {});
    const two = await measure(
      org.viewer,
      '{ a: deals(first: 1) { edges { node { name } } } b: contacts(first: 1) { edges { node { fullName } } } }',
      {},
    );
    // 3 = BEGIN sent together with app.begin_request, the SELECT, COMMIT.
    expect(one.count).toBe(3);
    expect(one.statements[0]).toMatch(
      /^BEGIN; SELECT b\.user_id, b\.role, b\.is_platform_admin, [^\n]* AS org_id, [^\n]* AS api_key_id\s+FROM \(SELECT set_config[\s\S]*app\.begin_request\(/,
    );
    expect(one.statements.at(-1)).toMatch(/^COMMIT/i);
    expect(two.count).toBeGreaterThan(one.count);
    expect(one.statements).toHaveLength(one.count);
  });
  describe('marketplace purchases with their reviews', () => {
    // ToolPurchase.reviews is not a relation of the purchase (a review belongs to the tool in the
    // organization); src/modules/marketplace/loaders.ts batches it for the whole page.
    const PURCHASES_WITH_REVIEWS = /* GraphQL */ `
      query PurchasesWithReviews($first: Int!, $reviews: Int!, $after: String) {
        toolPurchases(first: $first) {
          edges {
            node {
              tool {
                slug
              }
              reviews(first: $reviews, after: $after) {
                totalCount
                pageInfo {
                  hasNextPage
                  endCursor
                }
                edges {
                  node {
                    rating
                    title
                    reviewer {
                      name
                    }
                  }
                }
              }
            }
          }
        }
      }
    `;
    const TOOLS = 12;
    const FEW = 3;

    beforeAll(async () => {
      const curator = await app.platformAdmin('n-plus-one-curator');
      const n = Array.from({ length: TOOLS }, (_, i) => i);
      const tools = await batch(
        curator,
        'createMarketplaceTool',
        'CreateMarketplaceToolInput',
        n.map((i) => ({ slug: `n-plus-one-${i}`, name: `Reviewed ${i}`, category: 'GROWTH', tier: 'T1' })),
        '{ marketplaceTool { id } }',
      );
      await batch(
        org.admin,
        'addToCart',
        'CartItemInput',
        tools.map((tool) => ({ toolId: tool.marketplaceTool.id })),
        '{ shoppingCart { id } }',
      );
      const bought = await org.admin.query('mutation { checkout(input: { idempotencyKey: "n-plus-one" }) { replayed } }');
      expect(bought.errors).toBeUndefined();
      // Two reviews of every tool (one per member), so a page of one review has a next page.
      for (const [actor, rating] of [
        [org.member, 4],
        [org.admin, 5],
      ] as const) {
        await batch(
          actor,
          'createToolReview',
          'CreateToolReviewInput',
          tools.map((tool, i) => ({ toolId: tool.marketplaceTool.id, rating, title: `Review ${rating} of ${i}` })),
          '{ toolReview { id } }',
        );
      }
    });

    it('a page of purchases with their reviews and counts: the same statements for 3 and for 12 purchases', async () => {
      const small = await measure(org.viewer, PURCHASES_WITH_REVIEWS, { first: FEW, reviews: 1 });
      const large = await measure(org.viewer, PURCHASES_WITH_REVIEWS, { first: TOOLS, reviews: 1 });
      expect(large.data.toolPurchases.edges).toHaveLength(TOOLS);
      for (const { node } of large.data.toolPurchases.edges) {
        const index = node.tool.slug.replace('n-plus-one-', '');
        expect(node.reviews.totalCount).toBe(2);
        expect(node.reviews.pageInfo.hasNextPage).toBe(true);
        // Newest first: the ADMIN's review was written after the MEMBER's.
        expect(node.reviews.edges).toEqual([
          { node: { rating: 5, title: `Review 5 of ${index}`, reviewer: { name: expect.any(String) } } },
        ]);
      }
      expect(small.data.toolPurchases.edges).toHaveLength(FEW);
      expectSameStatementCount(small, large, [FEW, TOOLS]);
      // Measured: 5 = BEGIN with app.begin_request, the purchases (with their tools joined), every
      // purchase's page of reviews (one nested read of the tools), every count (one GROUP BY), COMMIT.
      expect(large.count).toBeLessThanOrEqual(5);
    });

    it("paging per purchase: the next page follows its cursor, and last: 1 gives each tool's oldest review", async () => {
      const first = await measure(org.viewer, PURCHASES_WITH_REVIEWS, { first: 1, reviews: 1 });
      const [purchase] = first.data.toolPurchases.edges;
      const next = await measure(org.viewer, PURCHASES_WITH_REVIEWS, {
        first: 1,
        reviews: 1,
        after: purchase.node.reviews.pageInfo.endCursor,
      });
      const [same] = next.data.toolPurchases.edges;
      expect(same.node.tool.slug).toBe(purchase.node.tool.slug);
      expect(same.node.reviews.edges).toEqual([{ node: expect.objectContaining({ rating: 4 }) }]);
      expect(same.node.reviews.pageInfo.hasNextPage).toBe(false);

      // Backwards too: the last review of each purchase's tool is its oldest.
      const last = await measure(
        org.viewer,
        '{ toolPurchases(first: 2) { edges { node { reviews(last: 1) { pageInfo { hasPreviousPage } edges { node { rating } } } } } } }',
        {},
      );
      for (const { node } of last.data.toolPurchases.edges) {
        expect(node.reviews).toEqual({ pageInfo: { hasPreviousPage: true }, edges: [{ node: { rating: 4 } }] });
      }
    });
  });
});
