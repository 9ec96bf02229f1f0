import { randomUUID } from 'node:crypto';
import { enterTenant } from '../db/tenant.js';
import type { Prisma, PrismaClient } from '../generated/prisma/client.js';
import type { ContactStatus, ContactType } from '../generated/prisma/enums.js';
import { createDefaultPipeline } from '../modules/pipeline/service.js';
import {
  mailName,
  refreshSeedMetrics,
  seedAppointments,
  seedAutomations,
  seedListings,
  seedMessages,
  seedRecentEvents,
  settleNotifications,
  type DemoTeam,
  type SeedScope,
  type SeededContact,
  type SeededDeal,
  type SeededListing,
} from './brokerage.js';
import { provisionCatalogCurator, seedCatalog, seedPurchases } from './marketplace.js';
import { random, seedCalendar } from './random.js';

/** The demo owner's identity: `npm start` signs a token for this subject. */
export const DEMO_OWNER = { sub: 'demo|owner', email: 'olivia.owner@demo.clientflow.dev', name: 'Olivia Owner' };
const DEMO_TEAM = [
  { sub: 'demo|admin', email: 'adam.admin@demo.clientflow.dev', name: 'Adam Admin', role: 'ADMIN' },
  { sub: 'demo|member', email: 'mia.member@demo.clientflow.dev', name: 'Mia Member', role: 'MEMBER' },
  { sub: 'demo|viewer', email: 'victor.viewer@demo.clientflow.dev', name: 'Victor Viewer', role: 'VIEWER' },
] as const;

const FIRST = [
  'Ava',
  'Liam',
  'Noah',
  'Emma',
  'Sofia',
  'Lucas',
  'Mila',
  'Ethan',
  'Zoe',
  'Omar',
  'Hana',
  'Ivan',
  'Chloe',
  'Diego',
  'Priya',
  'Kenji',
];
const LAST = [
  'Garcia',
  'Smith',
  'Nguyen',
  'Müller',
  'Rossi',
  'Kowalski',
  'Okafor',
  'Tanaka',
  'Silva',
  'Dubois',
  'Haddad',
  'Larsen',
  'Patel',
  'Kim',
];
const COMPANIES = [
  ['Acme Robotics', 'acme-robotics.example', 'Manufacturing'],
  ['Blue Harbor Realty', 'blueharbor.example', 'Real estate'],
  ['Cobalt Analytics', 'cobalt-analytics.example', 'Software'],
  ['Delta Freight', 'deltafreight.example', 'Logistics'],
  ['Evergreen Clinics', 'evergreen-clinics.example', 'Healthcare'],
  ['Fjord Energy', 'fjord-energy.example', 'Energy'],
  ['Granite Legal', 'granite-legal.example', 'Legal'],
  ['Helios Solar', 'helios-solar.example', 'Energy'],
  ['Indigo Studios', 'indigo-studios.example', 'Media'],
  ['Juniper Foods', 'juniper-foods.example', 'Food & beverage'],
  ['Keystone Bank', 'keystone-bank.example', 'Finance'],
  ['Lumen Schools', 'lumen-schools.example', 'Education'],
] as const;
const TAGS = ['vip', 'newsletter', 'first-time-buyer', 'investor', 'relocating', 'past-client'];
const ACTIVITY_SUBJECTS: Record<'CALL' | 'EMAIL' | 'MEETING' | 'SHOWING' | 'NOTE' | 'TASK', string[]> = {
  CALL: ['Buyer consultation call', 'Follow-up after showing', 'Offer strategy call', 'Check-in call', 'Lender introduction call'],
  EMAIL: ['Sent comparable sales', 'Shared new matching listings', 'Sent disclosure package', 'Intro e-mail', 'Sent offer summary'],
  MEETING: ['Listing presentation', 'Inspection walkthrough', 'Final walkthrough', 'Coffee with relocation manager', 'Offer review'],
  SHOWING: ['Private showing', 'Second showing', 'Twilight showing', 'Showing with the inspector', 'Showing for the parents'],
  NOTE: [
    'Pre-approved up to the asking price',
    'Prefers texts over calls',
    'Competing offer expected',
    'Needs to sell current home first',
    'Wants a home office',
  ],
  TASK: [
    'Send purchase agreement draft',
    'Order appraisal',
    'Schedule photographer',
    'Update the MLS listing',
    'Book the final walkthrough',
  ],
};
const LEAD_PLAN: [
  status: 'NEW' | 'CONTACTED' | 'QUALIFIED' | 'UNQUALIFIED' | 'LOST' | 'CONVERTED',
  count: number,
  ageDays: [number, number],
][] = [
  ['NEW', 9, [1, 21]],
  ['CONTACTED', 9, [4, 45]],
  ['QUALIFIED', 8, [8, 70]],
  ['UNQUALIFIED', 5, [6, 89]],
  ['LOST', 3, [20, 85]],
  ['CONVERTED', 5, [30, 89]],
];
/**
 * The contact's type and status, by position (no draws from the seed's random stream, so the rest
 * of the demo stays as it was): mostly prospects and clients, some past clients, a partner and a
 * vendor per dozen; a few inactive, one who asked not to be contacted.
 */
function contactKind(index: number): { type: ContactType; status: ContactStatus } {
  const type: ContactType =
    index % 12 === 11
      ? 'VENDOR'
      : index % 12 === 10
        ? 'PARTNER'
        : index % 6 === 3
          ? 'PAST_CLIENT'
          : index % 4 === 1
            ? 'CLIENT'
            : 'PROSPECT';
  const status: ContactStatus = index === 47 ? 'DO_NOT_CONTACT' : index % 16 === 13 ? 'INACTIVE' : 'ACTIVE';
  return { type, status };
}

const LEAD_EMPLOYERS = [
  'Cobalt Analytics',
  'Fjord Energy',
  'Evergreen Clinics',
  'Keystone Bank',
  'Rainier Aerospace',
  'Sound Transit Labs',
];
const LEAD_INTERESTS = ['First-time buyer', 'Relocating buyer', 'Seller', 'Investor', 'Downsizing', 'Upsizing family'];
/** The cities of the demo's buyers: the options of the leads' preferred_city field. */
const DEMO_CITIES = ['Seattle', 'Bellevue', 'Tacoma', 'Portland'] as const;

export interface DemoSeedOptions {
  /** When the seed runs: every date is relative to the start of that day, Pacific time (default: now). */
  today?: Date;
  /**
   * The database owner's connection (migrations role). Used for one statement: flag the
   * catalog curator `demo|platform` as platform staff, so the shared marketplace catalog is
   * written through the same policies as the API's. Without it the catalog and the demo
   * organization's purchases are left out.
   */
  ownerUrl?: string | null;
}

/**
 * Seeds one realistic demo organization, a real-estate brokerage, through the API's own
 * RLS-bound role, as the app writes: inside a transaction with app.current_org_id set
 * and app.current_user_id naming whoever acts (the owner, or the member who invites or
 * assigns), so the audit log and the notification triggers see real actors. The team's
 * memberships are inserted directly, as if each had accepted an invitation (acceptance needs
 * each member's own request). Deterministic
 * (seeded PRNGs, dates relative to the seed day) and idempotent: does nothing when the demo
 * owner already belongs to an organization. Returns the organization id.
 */
export async function seedDemoOrganization(
  prisma: PrismaClient,
  options: DemoSeedOptions = {},
): Promise<{ orgId: string; created: boolean }> {
  // Each teammate signs in once first, as people do: app.begin_request binds a transaction to one
  // user, so each needs a transaction of their own (and only it may provision them).
  const teamIds = new Map<string, string>();
  for (const person of DEMO_TEAM) {
    const [{ user_id: id }] = (await prisma.$queryRaw<{ user_id: string }[]>`
      SELECT user_id FROM app.begin_request(${person.sub}, ${person.email}, ${person.name}, NULL)`) as [{ user_id: string }];
    teamIds.set(person.sub, id);
  }
  return prisma.$transaction(
    async (tx) => {
      const [{ user_id: ownerId }] = (await tx.$queryRaw<{ user_id: string }[]>`
        SELECT user_id FROM app.begin_request(${DEMO_OWNER.sub}, ${DEMO_OWNER.email}, ${DEMO_OWNER.name}, NULL)`) as [{ user_id: string }];
      const existing = await tx.membership.findFirst({ where: { userId: ownerId, role: 'OWNER' }, orderBy: { createdAt: 'asc' } });
      if (existing) return { orgId: existing.orgId, created: false };

      const orgId = randomUUID();
      await enterTenant(tx, { orgId, userId: ownerId });
      await tx.organization.create({ data: { id: orgId, name: 'Northwind Realty & Partners' } });
      await tx.membership.create({ data: { orgId, userId: ownerId, role: 'OWNER' } });
      const ids: Record<string, string> = { OWNER: ownerId };
      const emails: Record<string, string> = { [ownerId]: DEMO_OWNER.email };
      for (const person of DEMO_TEAM) {
        const id = teamIds.get(person.sub)!;
        await tx.membership.create({ data: { orgId, userId: id, role: person.role } });
        ids[person.role] = id;
        emails[id] = person.email;
      }
      const team: DemoTeam = { owner: ownerId, admin: ids.ADMIN!, member: ids.MEMBER!, agents: [ownerId, ids.ADMIN!, ids.MEMBER!], emails };
      const calendar = seedCalendar(options.today ?? new Date());
      const scope: SeedScope = { tx, orgId, team, calendar };
      const pipeline = await createDefaultPipeline(tx, orgId);
      const stages = await tx.pipelineStage.findMany({ where: { pipelineId: pipeline.id }, orderBy: { position: 'asc' } });

      const rng = random(20261123);
      const companies = COMPANIES.map(([name, domain, industry]) => ({
        id: randomUUID(),
        orgId,
        name,
        domain,
        industry,
        website: `https://${domain}`,
        createdAt: calendar.daysAgo(rng.int(60, 400), 10),
      }));
      await tx.company.createMany({ data: companies });

      const contacts = Array.from({ length: 48 }, (_, index) => {
        const firstName = FIRST[index % FIRST.length]!;
        const lastName = LAST[(index * 3) % LAST.length]!;
        const company = companies[index % companies.length]!;
        const createdAt = calendar.pastWorkTime(rng, rng.int(5, 300));
        return {
          id: randomUUID(),
          orgId,
          firstName,
          lastName,
          email: `${mailName(firstName)}.${mailName(lastName)}.${index}@${company.domain}`,
          phone: `+1-206-555-${String(1000 + index * 37).padStart(4, '0')}`,
          title: rng.pick(['Home buyer', 'Seller', 'Investor', 'Facilities Manager', 'CFO', 'Relocation Manager']),
          companyId: index % 8 === 7 ? null : company.id,
          ownerId: rng.pick(team.agents),
          tags: TAGS.filter(() => rng.next() < 0.25),
          socialLinks: { linkedin: `https://www.linkedin.com/in/${mailName(firstName)}-${mailName(lastName)}-${index}` },
          ...contactKind(index),
          createdAt,
          updatedAt: createdAt,
        };
      });
      await tx.contact.createMany({ data: contacts });

      const listings = await seedListings(scope);

      // Typed custom fields of leads (README "Custom fields"): a buyer's budget and preferred city,
      // so the demo can filter (budget_usd gt "1000000.00") and sort (CUSTOM_FIELD) by them.
      await tx.customFieldDefinition.createMany({
        data: [
          { orgId, entity: 'LEAD', key: 'budget_usd', label: 'Budget (USD)', type: 'MONEY', position: 0 },
          {
            orgId,
            entity: 'LEAD',
            key: 'preferred_city',
            label: 'Preferred city',
            type: 'SINGLE_SELECT',
            options: [...DEMO_CITIES],
            position: 1,
          },
        ],
      });

      // Leads: a funnel over the last 90 days; the converted ones became contacts 0-4.
      const leads = LEAD_PLAN.flatMap(([status, count, [minAge, maxAge]]) =>
        Array.from({ length: count }, () => status).map((_, index) => ({ status, minAge, maxAge, index })),
      ).map(({ status, minAge, maxAge, index }, position) => {
        const converted = status === 'CONVERTED' ? contacts[index]! : null;
        const firstName = converted?.firstName ?? rng.pick(FIRST);
        const lastName = converted?.lastName ?? rng.pick(LAST);
        const createdAt = calendar.pastWorkTime(rng, rng.int(minAge, maxAge));
        const city = rng.pick(DEMO_CITIES);
        return {
          id: randomUUID(),
          orgId,
          firstName,
          lastName,
          email: converted?.email ?? `${mailName(firstName)}.${mailName(lastName)}${position}@mail.example`,
          phone: converted?.phone ?? `+1-425-555-${String(2000 + position * 53).padStart(4, '0')}`,
          companyName: rng.chance(0.35) ? rng.pick(LEAD_EMPLOYERS) : null,
          title: rng.pick(LEAD_INTERESTS),
          source: rng.pick([
            'WEBSITE',
            'WEBSITE',
            'REFERRAL',
            'OPEN_HOUSE',
            'ADVERTISING',
            'SOCIAL',
            'PARTNER',
            'COLD_OUTREACH',
            'EVENT',
          ] as const),
          status,
          rating: status === 'UNQUALIFIED' ? ('COLD' as const) : rng.pick(['HOT', 'WARM', 'WARM', 'COLD'] as const),
          score: status === 'UNQUALIFIED' ? rng.int(5, 30) : status === 'NEW' ? rng.int(20, 60) : rng.int(45, 98),
          assigneeId: rng.pick(team.agents),
          convertedAt: converted ? calendar.addDays(createdAt, rng.int(3, 20)) : null,
          convertedContactId: converted?.id ?? null,
          customFields: { budget_usd: `${rng.int(40, 180) * 10_000}.00`, preferred_city: city },
          createdAt,
          updatedAt: createdAt,
        };
      });
      await tx.lead.createMany({ data: leads });

      // Deals: 10 won and 6 lost in the last 90 days, 24 open across the four open stages.
      // Listing deals follow their listing: won ones sold it, the negotiating ones put it under
      // contract (PENDING), lost ones are expired or withdrawn listings.
      const pool = (status: string) => listings.filter((listing) => listing.status === status);
      const active = pool('ACTIVE');
      const plan: { kind: 'WON' | 'LOST' | 'OPEN'; position: number; listing: SeededListing | null }[] = [
        ...pool('SOLD').map((listing) => ({ kind: 'WON' as const, position: 4, listing })),
        ...[...pool('EXPIRED'), ...pool('WITHDRAWN')].map((listing) => ({ kind: 'LOST' as const, position: 5, listing })),
        ...[0, 1, 2, 3, 4, 5].map((i) => ({ kind: 'OPEN' as const, position: 0, listing: i < 3 ? active[12 + i]! : null })),
        ...active.slice(6, 12).map((listing) => ({ kind: 'OPEN' as const, position: 1, listing })),
        ...active.slice(0, 6).map((listing) => ({ kind: 'OPEN' as const, position: 2, listing })),
        ...pool('PENDING').map((listing) => ({ kind: 'OPEN' as const, position: 3, listing })),
      ];
      const openAge: Record<number, [number, number]> = { 0: [2, 25], 1: [10, 45], 2: [15, 60], 3: [25, 80] };
      let won = 0;
      let lost = 0;
      const deals = plan.map(({ kind, position, listing }, index) => {
        const stage = stages[position]!;
        const contact = contacts[(index * 5) % contacts.length]!;
        const closedAt =
          kind === 'WON'
            ? calendar.pastWorkTime(rng, 3 + won++ * 8 + rng.int(0, 4))
            : kind === 'LOST'
              ? calendar.pastWorkTime(rng, 5 + lost++ * 13 + rng.int(0, 5))
              : null;
        const createdAt = closedAt
          ? calendar.addDays(closedAt, -rng.int(14, 60))
          : calendar.pastWorkTime(rng, rng.int(...openAge[position]!));
        const commercial = listing?.propertyType === 'COMMERCIAL' || listing?.propertyType === 'MULTI_FAMILY';
        const name = listing
          ? `${kind === 'LOST' ? 'Sale' : commercial ? 'Acquisition' : 'Purchase'} — ${listing.address}, ${listing.city} (${contact.lastName})`
          : contact.companyId && index % 2 === 0
            ? `Office lease search — ${companies.find((c) => c.id === contact.companyId)!.name}`
            : `Buyer representation — ${contact.firstName} ${contact.lastName}`;
        const lease = name.startsWith('Office lease');
        // Listing deals are worth the sale price (won ones at what the buyer paid); leases a year of rent.
        const value = listing
          ? Math.round((listing.price * (kind === 'WON' ? rng.int(96, 104) : 100)) / 100 / 1_000) * 1_000
          : lease
            ? rng.int(9, 40) * 10_000
            : rng.int(50, 120) * 10_000;
        return {
          id: randomUUID(),
          orgId,
          pipelineId: pipeline.id,
          stageId: stage.id,
          name,
          value: String(value),
          currency: 'USD',
          expectedCloseDate: calendar.day(closedAt ? calendar.dayOf(closedAt) : rng.int(10, 30) + (3 - position) * 15),
          // Two of the early buyer searches are paused (ON_HOLD stays in the pipeline's counts).
          status: kind === 'OPEN' && position === 0 && index % 6 >= 4 ? ('ON_HOLD' as const) : kind,
          closedAt,
          contactId: contact.id,
          companyId: contact.companyId,
          // The deal that came out of a converted lead (when the conversion preceded it).
          leadId: leads.find((lead) => lead.convertedContactId === contact.id && lead.convertedAt! <= createdAt)?.id ?? null,
          listingId: listing?.id ?? null,
          ownerId: listing?.agentId ?? rng.pick(team.agents),
          createdAt,
          updatedAt: closedAt ?? createdAt,
        };
      });
      await tx.deal.createMany({ data: deals });

      // Activities on deals and leads, each within its record's lifetime, plus the stage
      // change that closed each won or lost deal.
      const yesterday = calendar.daysAgo(1, 18);
      const workedLeads = leads.filter((lead) => lead.status !== 'NEW');
      const activities: Prisma.ActivityCreateManyInput[] = Array.from({ length: 220 }, (_, index) => {
        const picked = rng.pick(['CALL', 'CALL', 'EMAIL', 'EMAIL', 'MEETING', 'NOTE', 'TASK'] as const);
        const deal = index % 5 === 4 ? null : deals[index % deals.length]!;
        // A meeting about a listing deal is a showing of that listing.
        const type = picked === 'MEETING' && deal?.listingId ? 'SHOWING' : picked;
        const lead = deal ? null : workedLeads[index % workedLeads.length]!;
        const from = Math.max((deal ?? lead)!.createdAt.getTime(), calendar.daysAgo(89).getTime());
        const to = (deal?.closedAt ?? yesterday).getTime();
        const occurredAt = new Date(from + Math.floor(rng.next() * Math.max(to - from, 3_600_000)));
        return {
          id: randomUUID(),
          orgId,
          type,
          subject: rng.pick(ACTIVITY_SUBJECTS[type]),
          listingId: type === 'SHOWING' ? deal!.listingId : null,
          body: type === 'NOTE' ? 'Captured during the weekly pipeline review.' : null,
          occurredAt,
          dueAt: type === 'TASK' ? calendar.addDays(occurredAt, rng.int(1, 10)) : null,
          completedAt: type === 'TASK' && (deal?.closedAt || rng.chance(0.5)) ? calendar.addDays(occurredAt, rng.int(0, 2)) : null,
          dealId: deal?.id ?? null,
          leadId: lead?.id ?? null,
          contactId: deal?.contactId ?? null,
          companyId: deal?.companyId ?? null,
          ownerId: deal && rng.chance(0.7) ? deal.ownerId : (lead?.assigneeId ?? rng.pick(team.agents)),
          createdAt: occurredAt,
          updatedAt: occurredAt,
        };
      });
      const lastOpenStage = stages[3]!;
      for (const deal of deals.filter((d) => d.closedAt)) {
        const target = stages.find((s) => s.id === deal.stageId)!;
        activities.push({
          id: randomUUID(),
          orgId,
          type: 'STAGE_CHANGE',
          subject: `Stage changed: ${lastOpenStage.name} → ${target.name}`,
          body: JSON.stringify({ fromStageId: lastOpenStage.id, toStageId: target.id }),
          occurredAt: deal.closedAt!,
          dueAt: null,
          completedAt: null,
          dealId: deal.id,
          leadId: null,
          contactId: deal.contactId,
          companyId: deal.companyId,
          ownerId: deal.ownerId,
          createdAt: deal.closedAt!,
          updatedAt: deal.closedAt!,
        });
      }
      // Last weekend's open houses at four active listings, logged by their agents.
      for (const listing of active.slice(0, 4)) {
        const occurredAt = calendar.daysAgo(rng.int(2, 8), 13);
        activities.push({
          id: randomUUID(),
          orgId,
          type: 'OPEN_HOUSE',
          subject: `Open house: ${listing.address}`,
          body: `${rng.int(6, 25)} visitors signed in.`,
          occurredAt,
          listingId: listing.id,
          ownerId: listing.agentId,
          createdAt: occurredAt,
          updatedAt: occurredAt,
        });
      }
      await tx.activity.createMany({ data: activities });

      const seededDeals: SeededDeal[] = deals.map((d) => ({
        id: d.id,
        name: d.name,
        status: d.status,
        stagePosition: stages.findIndex((s) => s.id === d.stageId),
        contactId: d.contactId,
        listingId: d.listingId,
        ownerId: d.ownerId,
        closedAt: d.closedAt,
      }));
      const seededContacts: SeededContact[] = contacts.map((c) => ({
        id: c.id,
        firstName: c.firstName,
        lastName: c.lastName,
        email: c.email,
        phone: c.phone,
        ownerId: c.ownerId,
      }));
      const appointments = await seedAppointments(scope, { listings, deals: seededDeals, contacts: seededContacts });
      await seedMessages(scope, { contacts: seededContacts, leads, deals: seededDeals, listings });
      await seedAutomations(scope, stages);

      if (options.ownerUrl) {
        const curatorId = await provisionCatalogCurator(options.ownerUrl);
        await seedCatalog(tx, curatorId, ownerId);
      }
      await seedPurchases(scope);
      await settleNotifications(scope);
      await seedRecentEvents(scope, { deals: seededDeals, appointments });
      await refreshSeedMetrics(scope);
      return { orgId, created: true };
    },
    { timeout: 60_000, maxWait: 10_000 },
  );
}
