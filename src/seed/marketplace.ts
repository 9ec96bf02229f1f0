import { randomUUID } from 'node:crypto';
import pg from 'pg';
import type { TransactionClient } from '../db/request-transaction.js';
import type { BundleType, ToolCategory, ToolTier } from '../generated/prisma/client.js';
import { tierPrice } from '../modules/marketplace/tiers.js';
import { licenceEnd } from '../modules/marketplace/licence.js';
import { actAs } from '../db/tenant.js';
import type { SeedScope } from './brokerage.js';

/**
 * The platform-staff account that curates the demo catalog. It belongs to no organization;
 * only the database owner can set its flag (the API and its role never can, sql/051).
 */
export const DEMO_CATALOG_CURATOR = { sub: 'demo|platform', email: 'paula.platform@clientflow.dev', name: 'Paula Platform' };

const TOOLS: {
  slug: string;
  name: string;
  category: ToolCategory;
  tier: ToolTier;
  description: string;
  icon: string;
  features: string[];
  capabilities: string[];
  integrations: string[];
  tags: string[];
  /** Licence length in days; omitted: perpetual. */
  licenceDays?: number;
}[] = [
  {
    slug: 'inkwell-esign',
    name: 'Inkwell E-Sign',
    category: 'FOUNDATION',
    tier: 'T2',
    description: 'Legally binding e-signatures for purchase agreements, disclosures and leases, with audit trails.',
    features: ['Unlimited envelopes', 'Templates for NWMLS forms', 'Signer ID verification', 'Audit certificate'],
    icon: 'file-signature',
    capabilities: ['Sign on any device', 'Bulk send'],
    integrations: ['DocuSign import', 'Google Drive'],
    tags: ['contracts', 'compliance'],
  },
  {
    slug: 'sealdeal-docs',
    name: 'SealDeal Documents',
    category: 'FOUNDATION',
    tier: 'T1',
    description: 'Simple document signing for small teams: send, sign, store.',
    features: ['25 envelopes a month', 'Mobile signing', 'Reminders'],
    icon: 'pen',
    capabilities: ['Send for signature'],
    integrations: ['Dropbox'],
    tags: ['contracts'],
  },
  {
    slug: 'tour360',
    name: 'Tour360 Virtual Tours',
    category: 'ELITE',
    tier: 'T2',
    description: '3D walkthroughs and floor plans from a phone capture, embedded on every listing.',
    features: ['3D walkthrough', 'Auto floor plans', 'Branded and unbranded links', 'Viewer analytics'],
    icon: 'cube',
    capabilities: ['3D capture from a phone', 'Floor plans'],
    integrations: ['Zillow', 'Realtor.com'],
    tags: ['listings', 'media'],
  },
  {
    slug: 'dronescape-media',
    name: 'Dronescape Aerial Media',
    category: 'ELITE',
    tier: 'T3',
    description: 'Book licensed drone pilots for aerial photos and video of listings and land.',
    features: ['Licensed pilots', '4K video', 'Twilight shots', '48-hour delivery'],
    icon: 'drone',
    capabilities: ['Aerial photo and video booking'],
    integrations: ['YouTube'],
    tags: ['listings', 'media', 'land'],
  },
  {
    slug: 'openhouse-kiosk',
    name: 'Open House Kiosk',
    category: 'GROWTH',
    tier: 'T1',
    description: 'A tablet sign-in sheet for open houses that turns every visitor into a lead.',
    features: ['Offline mode', 'Custom questions', 'Instant follow-up e-mail'],
    icon: 'tablet',
    capabilities: ['Visitor sign-in', 'Lead creation'],
    integrations: [],
    tags: ['open-house', 'leads'],
  },
  {
    slug: 'leadmagnet-forms',
    name: 'LeadMagnet Forms',
    category: 'GROWTH',
    tier: 'T1',
    description: 'Home-valuation and saved-search forms for your website that feed leads straight into ClientFlow.',
    features: ['Home valuation widget', 'Spam protection', 'Round-robin assignment'],
    icon: 'form',
    capabilities: ['Website forms', 'Lead routing'],
    integrations: ['WordPress', 'Squarespace'],
    tags: ['website', 'leads'],
  },
  {
    slug: 'portal-sync',
    name: 'Portal Sync',
    category: 'INTEGRATION',
    tier: 'T2',
    description: 'Imports inquiries from listing portals within a minute and de-duplicates them.',
    features: ['Portal inquiries in real time', 'Duplicate detection', 'Source attribution'],
    icon: 'refresh',
    capabilities: ['Portal inquiry import', 'De-duplication'],
    integrations: ['Zillow', 'Realtor.com', 'Homes.com'],
    tags: ['portals', 'leads'],
  },
  {
    slug: 'market-pulse',
    name: 'MarketPulse Analytics',
    category: 'ADVANCED',
    tier: 'T2',
    description: 'Comparable sales, days on market and price trends for any neighborhood, in client-ready reports.',
    features: ['Comparable sales', 'Neighborhood trends', 'Branded CMA reports'],
    icon: 'chart-line',
    capabilities: ['Comparable sales', 'CMA reports'],
    integrations: ['MLS data feeds'],
    tags: ['pricing', 'reports'],
  },
  {
    slug: 'commission-iq',
    name: 'CommissionIQ',
    category: 'ADVANCED',
    tier: 'T1',
    description: 'Tracks commission splits, caps and payouts per agent.',
    features: ['Split plans', 'Cap tracking', 'Payout statements'],
    icon: 'calculator',
    capabilities: ['Commission splits', 'Payout statements'],
    integrations: ['QuickBooks'],
    tags: ['finance', 'agents'],
  },
  {
    slug: 'agent-dialer',
    name: 'AgentDialer',
    category: 'INTEGRATION',
    tier: 'T2',
    description: 'Click-to-call, call recording and local presence numbers, logged as activities.',
    features: ['Click-to-call', 'Call recording', 'Local presence', 'Voicemail drop'],
    icon: 'phone',
    capabilities: ['Calling', 'Call recording'],
    integrations: ['Twilio'],
    tags: ['calls'],
  },
  {
    slug: 'textline-sms',
    name: 'TextLine SMS',
    category: 'GROWTH',
    tier: 'T1',
    description: "Two-way texting from the office number, with every message in the contact's history.",
    features: ['Shared office number', 'Templates', 'Opt-out handling'],
    icon: 'message',
    capabilities: ['Two-way SMS'],
    integrations: ['Twilio'],
    tags: ['sms', 'messaging'],
    licenceDays: 365, // a yearly licence: the demo's purchase of it expires a year after checkout
  },
  {
    slug: 'showplanner',
    name: 'ShowPlanner',
    category: 'CUSTOM',
    tier: 'T1',
    description: "Lets buyers' agents request showings online and confirms them with the seller automatically.",
    features: ['Online showing requests', 'Seller approval by text', 'Lockbox codes'],
    icon: 'calendar',
    capabilities: ['Showing requests', 'Seller approval'],
    integrations: ['Google Calendar', 'Outlook'],
    tags: ['showings', 'calendar'],
    licenceDays: 30, // a monthly licence: waiting in the demo owner's cart, so checking out shows expiresAt
  },
];

// Tier prices (T1 100, T2 200, T3 300): each bundle sells at 80 % of its tools' sum.
const BUNDLES: {
  slug: string;
  name: string;
  type: BundleType;
  bundlePrice: number;
  popular: boolean;
  description: string;
  tools: string[];
  /** Licence length in days of the bundle and the tools it grants; omitted: perpetual. */
  licenceDays?: number;
}[] = [
  {
    slug: 'agent-starter-kit',
    name: 'Agent Starter Kit',
    type: 'STARTER_PACK',
    bundlePrice: 240,
    popular: true,
    description: 'Capture leads at open houses and on your website, and text them back.',
    tools: ['openhouse-kiosk', 'leadmagnet-forms', 'textline-sms'],
    licenceDays: 365,
  },
  {
    slug: 'listing-pro',
    name: 'Listing Pro for Brokerages',
    type: 'ELITE_PACK',
    bundlePrice: 720,
    popular: false,
    description: 'Everything a listing needs: 3D tours, aerial media, pricing reports and e-signatures.',
    tools: ['tour360', 'dronescape-media', 'market-pulse', 'inkwell-esign'],
  },
  {
    slug: 'growth-engine',
    name: 'Growth Engine',
    type: 'GROWTH_PACK',
    bundlePrice: 480,
    popular: true,
    description: 'More conversations, faster: portal leads, a dialer, showing scheduling and commission tracking.',
    tools: ['portal-sync', 'agent-dialer', 'showplanner', 'commission-iq'],
  },
];

/**
 * Flags the catalog curator as platform staff, as `npm run platform-admin` does: one statement
 * on the owner's connection (the API's role has no UPDATE on users). Returns the user's id.
 */
export async function provisionCatalogCurator(ownerUrl: string): Promise<string> {
  const owner = new pg.Client({ connectionString: ownerUrl });
  await owner.connect();
  try {
    const { rows } = await owner.query<{ id: string }>(
      `INSERT INTO users (auth_subject, email, name, is_platform_admin) VALUES ($1, $2, $3, true)
       ON CONFLICT (auth_subject) DO UPDATE SET is_platform_admin = true RETURNING id`,
      [DEMO_CATALOG_CURATOR.sub, DEMO_CATALOG_CURATOR.email, DEMO_CATALOG_CURATOR.name],
    );
    return rows[0]!.id;
  } finally {
    await owner.end();
  }
}

/**
 * Writes the shared catalog as the curator, through the same policies the API is held to
 * (sql/051: only a platform admin may write it). Keeps tools and bundles that already exist
 * (the catalog is global; another database user may have curated it).
 */
export async function seedCatalog(tx: TransactionClient, curatorId: string, actorAfterwards: string) {
  await actAs(tx, curatorId);
  await tx.marketplaceTool.createMany({
    // The price follows the tier; purchaseCount and rating follow the purchases and reviews (triggers).
    data: TOOLS.map((tool) => ({ ...tool, price: tierPrice(tool.tier), currency: 'USD' })),
    skipDuplicates: true,
  });
  const tools = await tx.marketplaceTool.findMany({
    where: { slug: { in: TOOLS.map((t) => t.slug) } },
    select: { id: true, slug: true, price: true },
  });
  const bySlug = new Map(tools.map((t) => [t.slug, t]));
  await tx.toolBundle.createMany({
    data: BUNDLES.map(({ tools: members, ...bundle }) => ({
      ...bundle,
      currency: 'USD',
      bundlePrice: String(bundle.bundlePrice),
      originalPrice: String(members.reduce((sum, slug) => sum + Number(bySlug.get(slug)!.price), 0)),
    })),
    skipDuplicates: true,
  });
  const bundles = await tx.toolBundle.findMany({ where: { slug: { in: BUNDLES.map((b) => b.slug) } }, select: { id: true, slug: true } });
  await tx.toolBundleItem.createMany({
    data: bundles.flatMap((bundle) =>
      BUNDLES.find((b) => b.slug === bundle.slug)!.tools.map((slug, position) => ({
        bundleId: bundle.id,
        toolId: bySlug.get(slug)!.id,
        position,
      })),
    ),
    skipDuplicates: true,
  });
  await actAs(tx, actorAfterwards);
}

/**
 * The demo brokerage's marketplace history: two past checkouts (two tools; then the Listing Pro
 * bundle and one more tool, a one-year licence), usage of one tool, two reviews (the catalog's
 * rating and purchaseCount follow by trigger), and one item waiting in the owner's cart. Skipped
 * when the catalog lacks the demo tools (no owner connection to curate it).
 */
export async function seedPurchases({ tx, orgId, team, calendar }: SeedScope): Promise<boolean> {
  const tools = await tx.marketplaceTool.findMany({
    where: { slug: { in: TOOLS.map((t) => t.slug) } },
    select: { id: true, slug: true, price: true, currency: true, licenceDays: true },
  });
  const bundle = await tx.toolBundle.findUnique({ where: { slug: 'listing-pro' }, include: { items: true } });
  if (tools.length < TOOLS.length || !bundle) return false;
  const tool = (slug: string) => tools.find((t) => t.slug === slug)!;

  const firstAt = calendar.daysAgo(74, 15, 12);
  const secondAt = calendar.daysAgo(19, 10, 41);
  const first = [tool('portal-sync'), tool('agent-dialer')];
  const second = [tool('textline-sms')];
  const sum = (items: { price: unknown }[]) => items.reduce((total, item) => total + Number(item.price), 0);
  const checkouts = [
    {
      id: randomUUID(),
      orgId,
      idempotencyKey: 'demo-checkout-2026-portal-dialer',
      userId: team.owner,
      total: String(sum(first)),
      currency: 'USD',
      createdAt: firstAt,
    },
    {
      id: randomUUID(),
      orgId,
      idempotencyKey: 'demo-checkout-2026-listing-pro',
      userId: team.owner,
      total: String(sum(second) + Number(bundle.bundlePrice)),
      currency: 'USD',
      createdAt: secondAt,
    },
  ];
  await tx.checkout.createMany({ data: checkouts });
  const bundlePurchaseId = randomUUID();
  await tx.bundlePurchase.create({
    data: {
      id: bundlePurchaseId,
      orgId,
      bundleId: bundle.id,
      purchasedById: team.owner,
      checkoutId: checkouts[1]!.id,
      price: bundle.bundlePrice,
      currency: bundle.currency,
      createdAt: secondAt,
      updatedAt: secondAt,
    },
  });
  await tx.toolPurchase.createMany({
    data: [
      ...first.map((t) => ({
        orgId,
        toolId: t.id,
        purchasedById: team.owner,
        checkoutId: checkouts[0]!.id,
        price: t.price,
        currency: t.currency,
        createdAt: firstAt,
        updatedAt: firstAt,
        // Portal Sync is used daily (recordToolUsage counts at most one use a minute).
        ...(t.slug === 'portal-sync' ? { usageCount: 412, lastUsedAt: calendar.daysAgo(0, 8, 55) } : {}),
      })),
      ...second.map((t) => ({
        orgId,
        toolId: t.id,
        purchasedById: team.owner,
        checkoutId: checkouts[1]!.id,
        price: t.price,
        currency: t.currency,
        createdAt: secondAt,
        updatedAt: secondAt,
        // TextLine SMS has a one-year licence (licenceDays 365), set as checkout sets it: the expiry
        // job marks it EXPIRED then, and access ends at that moment.
        expiresAt: licenceEnd(secondAt, t.licenceDays),
      })),
      // The bundle's tools come with it, at no separate price.
      ...bundle.items.map((item) => ({
        orgId,
        toolId: item.toolId,
        purchasedById: team.owner,
        bundlePurchaseId,
        checkoutId: checkouts[1]!.id,
        price: '0',
        currency: bundle.currency,
        createdAt: secondAt,
        updatedAt: secondAt,
      })),
    ],
  });
  await tx.toolReview.createMany({
    data: [
      {
        orgId,
        toolId: tool('tour360').id,
        reviewerId: team.owner,
        rating: 5,
        title: 'Buyers book more showings',
        body: 'Listings with a 3D tour get noticeably more showing requests, and out-of-town buyers can shortlist before they fly in.',
        createdAt: calendar.daysAgo(6, 18, 5),
        updatedAt: calendar.daysAgo(6, 18, 5),
      },
      {
        orgId,
        toolId: tool('agent-dialer').id,
        reviewerId: team.admin,
        rating: 4,
        title: 'Solid dialer, clunky voicemail drop',
        body: 'Call logging into ClientFlow works well; the voicemail drop needs a couple of clicks too many.',
        createdAt: calendar.daysAgo(41, 9, 30),
        updatedAt: calendar.daysAgo(41, 9, 30),
      },
    ],
  });
  // Carts are private to their user: the seed acts as the owner here.
  const cart = await tx.shoppingCart.create({
    data: { orgId, userId: team.owner, createdAt: calendar.daysAgo(2, 20, 14), updatedAt: calendar.daysAgo(2, 20, 14) },
  });
  await tx.shoppingCartItem.create({
    data: { orgId, cartId: cart.id, toolId: tool('showplanner').id, createdAt: calendar.daysAgo(2, 20, 14) },
  });
  return true;
}
