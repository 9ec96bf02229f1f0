import { randomUUID } from 'node:crypto';
import type { PrismaClient } from '../generated/prisma/client.js';
import { createDefaultPipeline } from '../modules/pipeline/service.js';

/** The demo owner's identity: `npm start` signs a token for this subject. */
export const DEMO_OWNER = { sub: 'demo|owner', email: 'olivia.owner@demo.clientflow.dev', name: 'Olivia Owner' };
const DEMO_TEAM = [
  { sub: 'demo|admin', email: 'adam.admin@demo.clientflow.dev', name: 'Adam Admin', role: 'ADMIN' },
  { sub: 'demo|member', email: 'mia.member@demo.clientflow.dev', name: 'Mia Member', role: 'MEMBER' },
  { sub: 'demo|viewer', email: 'victor.viewer@demo.clientflow.dev', name: 'Victor Viewer', role: 'VIEWER' },
] as const;

/** mulberry32: a tiny seeded PRNG, so every fresh database gets the same demo data. */
function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!,
  };
}

const FIRST = ['Ava', 'Liam', 'Noah', 'Emma', 'Sofia', 'Lucas', 'Mila', 'Ethan', 'Zoe', 'Omar', 'Hana', 'Ivan', 'Chloe', 'Diego', 'Priya', 'Kenji'];
const LAST = ['Garcia', 'Smith', 'Nguyen', 'Müller', 'Rossi', 'Kowalski', 'Okafor', 'Tanaka', 'Silva', 'Dubois', 'Haddad', 'Larsen', 'Patel', 'Kim'];
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
const TAGS = ['vip', 'newsletter', 'decision-maker', 'technical', 'partner', 'renewal'];
const ACTIVITY_SUBJECTS: Record<'CALL' | 'EMAIL' | 'MEETING' | 'NOTE' | 'TASK', string[]> = {
  CALL: ['Discovery call', 'Follow-up call', 'Pricing discussion', 'Check-in call'],
  EMAIL: ['Sent proposal', 'Shared case study', 'Answered security questionnaire', 'Intro e-mail'],
  MEETING: ['On-site demo', 'Kick-off meeting', 'Quarterly business review', 'Stakeholder workshop'],
  NOTE: ['Budget approved for Q3', 'Prefers e-mail over calls', 'Competitor also evaluating', 'Champion changed roles'],
  TASK: ['Send contract draft', 'Prepare ROI estimate', 'Book follow-up demo', 'Update mutual action plan'],
};

/**
 * Seeds one realistic demo organization through the API's own RLS-bound role, exactly as the
 * app writes: inside a transaction with app.current_org_id set. Idempotent: does nothing when
 * the demo owner already belongs to an organization. Returns the organization id.
 */
export async function seedDemoOrganization(prisma: PrismaClient): Promise<{ orgId: string; created: boolean }> {
  return prisma.$transaction(
    async (tx) => {
      const [{ user_id: ownerId }] = await tx.$queryRaw<{ user_id: string }[]>`
        SELECT user_id FROM app.begin_request(${DEMO_OWNER.sub}, ${DEMO_OWNER.email}, ${DEMO_OWNER.name}, NULL)` as [{ user_id: string }];
      const existing = await tx.membership.findFirst({ where: { userId: ownerId, role: 'OWNER' }, orderBy: { createdAt: 'asc' } });
      if (existing) return { orgId: existing.orgId, created: false };

      const orgId = randomUUID();
      await tx.$queryRaw`SELECT set_config('app.current_org_id', ${orgId}, true)`;
      await tx.organization.create({ data: { id: orgId, name: 'Northwind Realty & Partners' } });
      await tx.membership.create({ data: { orgId, userId: ownerId, role: 'OWNER' } });
      const team = [ownerId];
      for (const person of DEMO_TEAM) {
        const [{ id }] = await tx.$queryRaw<{ id: string }[]>`SELECT app.provision_user(${person.sub}, ${person.email}, ${person.name}) AS id` as [{ id: string }];
        await tx.membership.create({ data: { orgId, userId: id, role: person.role } });
        if (person.role !== 'VIEWER') team.push(id);
      }
      const pipeline = await createDefaultPipeline(tx, orgId);
      const stages = await tx.pipelineStage.findMany({ where: { pipelineId: pipeline.id }, orderBy: { position: 'asc' } });

      const rng = random(20261123);
      const daysAgo = (days: number) => new Date(Date.UTC(2026, 10, 20) - days * 86_400_000);
      const companies = COMPANIES.map(([name, domain, industry]) => ({
        id: randomUUID(), orgId, name, domain, industry, website: `https://${domain}`, createdAt: daysAgo(rng.int(60, 400)),
      }));
      await tx.company.createMany({ data: companies });

      const contacts = Array.from({ length: 48 }, (_, index) => {
        const firstName = FIRST[index % FIRST.length]!;
        const lastName = LAST[(index * 7) % LAST.length]!;
        const company = companies[index % companies.length]!;
        return {
          id: randomUUID(), orgId, firstName, lastName,
          email: `${firstName}.${lastName}.${index}@${company.domain}`.toLowerCase().replace('ü', 'u'),
          phone: `+1-555-01${String(index).padStart(2, '0')}`,
          title: rng.pick(['CEO', 'CFO', 'Head of Operations', 'IT Director', 'Procurement Lead', 'Broker']),
          companyId: index % 8 === 7 ? null : company.id,
          ownerId: rng.pick(team),
          tags: TAGS.filter(() => rng.next() < 0.25),
          socialLinks: { linkedin: `https://www.linkedin.com/in/${firstName}-${lastName}-${index}`.toLowerCase() },
          createdAt: daysAgo(rng.int(5, 300)),
        };
      });
      await tx.contact.createMany({ data: contacts });

      const leads = Array.from({ length: 30 }, (_, index) => ({
        id: randomUUID(), orgId,
        firstName: rng.pick(FIRST), lastName: rng.pick(LAST),
        email: `lead${index}@prospect-${index % 9}.example`,
        companyName: `Prospect ${['Labs', 'Group', 'Holdings', 'Partners', 'Studio'][index % 5]} ${index}`,
        source: rng.pick(['WEBSITE', 'REFERRAL', 'EVENT', 'COLD_OUTREACH', 'ADVERTISING', 'SOCIAL', 'PARTNER'] as const),
        status: rng.pick(['NEW', 'NEW', 'CONTACTED', 'QUALIFIED', 'UNQUALIFIED'] as const),
        rating: rng.pick(['HOT', 'WARM', 'COLD'] as const),
        score: rng.int(5, 98),
        assigneeId: rng.pick(team),
        createdAt: daysAgo(rng.int(0, 90)),
      }));
      await tx.lead.createMany({ data: leads });

      const deals = Array.from({ length: 36 }, (_, index) => {
        const stage = stages[index % stages.length]!;
        const contact = contacts[(index * 5) % contacts.length]!;
        const createdAt = daysAgo(rng.int(10, 200));
        return {
          id: randomUUID(), orgId, pipelineId: pipeline.id, stageId: stage.id,
          name: `${rng.pick(['Annual license', 'Office lease', 'Expansion', 'Pilot', 'Renewal', 'Portfolio listing'])} — ${contact.lastName}`,
          value: String(rng.int(20, 900) * 250), currency: 'USD',
          expectedCloseDate: daysAgo(-rng.int(5, 120)),
          status: stage.kind === 'OPEN' ? ('OPEN' as const) : stage.kind,
          closedAt: stage.kind === 'OPEN' ? null : daysAgo(rng.int(1, 30)),
          contactId: contact.id, companyId: contact.companyId, ownerId: rng.pick(team), createdAt,
        };
      });
      await tx.deal.createMany({ data: deals });

      const activities = Array.from({ length: 220 }, (_, index) => {
        const deal = deals[index % deals.length]!;
        const type = rng.pick(['CALL', 'EMAIL', 'MEETING', 'NOTE', 'TASK'] as const);
        const occurredAt = daysAgo(rng.int(0, 120));
        return {
          id: randomUUID(), orgId, type, subject: rng.pick(ACTIVITY_SUBJECTS[type]),
          body: type === 'NOTE' ? 'Captured during the weekly pipeline review.' : null,
          occurredAt,
          dueAt: type === 'TASK' ? daysAgo(rng.int(-14, 14)) : null,
          completedAt: type === 'TASK' && rng.next() < 0.5 ? occurredAt : null,
          dealId: index % 4 === 3 ? null : deal.id,
          contactId: deal.contactId, companyId: deal.companyId, ownerId: rng.pick(team),
        };
      });
      await tx.activity.createMany({ data: activities });
      return { orgId, created: true };
    },
    { timeout: 60_000, maxWait: 10_000 },
  );
}
