import { randomUUID } from 'node:crypto';
import { encodeGlobalID } from '@pothos/plugin-relay';
import type { TransactionClient } from '../db/request-transaction.js';
import { actAs } from '../db/tenant.js';
import type { DealStatus, ListingStatus, Prisma, PropertyType } from '../generated/prisma/client.js';
import { checkAutomationConfig, type AutomationTrigger } from '../modules/automation/config.js';
import { refreshDailyMetrics } from '../modules/metrics/service.js';
import { random, type Random, type SeedCalendar } from './random.js';

/** Who works at the demo brokerage (user ids); the viewer is never assigned anything. */
export interface DemoTeam {
  owner: string;
  admin: string;
  member: string;
  /** owner, admin, member: the people records are assigned to. */
  agents: string[];
  emails: Record<string, string>;
}

export interface SeedScope {
  tx: TransactionClient;
  orgId: string;
  team: DemoTeam;
  calendar: SeedCalendar;
}

/** What the sections hand each other about the records already written. */
export interface SeededDeal {
  id: string;
  name: string;
  status: DealStatus;
  stagePosition: number;
  contactId: string | null;
  listingId: string | null;
  ownerId: string;
  closedAt: Date | null;
}

export interface SeededContact {
  id: string;
  firstName: string;
  lastName: string;
  email: string;
  phone: string;
  ownerId: string;
}

export interface SeededLead {
  id: string;
  firstName: string;
  lastName: string;
  email: string;
  phone: string;
  status: string;
  assigneeId: string;
  createdAt: Date;
}

export interface SeededAppointment {
  id: string;
  organizerId: string;
  startsAt: Date;
  status: string;
  attendeeUserIds: string[];
}

// ---------------------------------------------------------------------------------------------
// Listings
// ---------------------------------------------------------------------------------------------

const CITIES = [
  {
    city: 'Seattle',
    region: 'WA',
    postal: ['98103', '98107', '98112', '98118', '98122'],
    perSqft: 640,
    landPerSqft: 70,
    areas: ['Fremont', 'Ballard', 'Capitol Hill', 'Columbia City', 'Madison Park'],
    water: 'Lake Union',
    escrow: 'Evergreen Title & Escrow, 1420 5th Ave, Suite 800, Seattle, WA 98101',
  },
  {
    city: 'Bellevue',
    region: 'WA',
    postal: ['98004', '98006', '98007', '98008'],
    perSqft: 760,
    landPerSqft: 85,
    areas: ['West Bellevue', 'Somerset', 'Crossroads', 'Lake Hills'],
    water: null,
    escrow: 'Evergreen Title & Escrow, 10500 NE 8th St, Suite 1200, Bellevue, WA 98004',
  },
  {
    city: 'Tacoma',
    region: 'WA',
    postal: ['98402', '98403', '98406', '98407'],
    perSqft: 360,
    landPerSqft: 28,
    areas: ['Stadium District', 'North End', 'Proctor', 'Ruston'],
    water: null,
    escrow: 'Evergreen Title & Escrow, 1201 Pacific Ave, Suite 600, Tacoma, WA 98402',
  },
  {
    city: 'Portland',
    region: 'OR',
    postal: ['97202', '97209', '97212', '97214'],
    perSqft: 430,
    landPerSqft: 40,
    areas: ['Sellwood', 'Pearl District', 'Irvington', 'Hawthorne'],
    water: 'the Willamette',
    escrow: 'Willamette Title & Escrow, 121 SW Morrison St, Suite 300, Portland, OR 97204',
  },
] as const;
type City = (typeof CITIES)[number];
const STREETS = [
  'Alder St',
  'Maple Ave',
  'Harbor View Dr',
  'Cedar Ln',
  'Lakeshore Blvd',
  'Pine St',
  'Union Ave',
  'Madrona Way',
  'Summit Ave',
  'Evergreen Pl',
  'Marine Dr',
  'Orchard Rd',
  'Willow Ct',
  'Bayview Ter',
  'Spruce St',
];

interface Shape {
  title: string;
  beds: number | null;
  baths: number | null;
  sqft: number | null;
  lot: number | null;
  built: number | null;
  /** The asking price before the city's price level. */
  price: (city: City) => number;
}

interface PropertyProfile {
  shape: (rng: Random, place: City) => Shape;
  features: string[];
  photos: string[];
  blurb: string;
}

const roundTo = (value: number, step: number) => Math.round(value / step) * step;
/** Baths that fit the bedrooms: one per bedroom or a half less, at least one. */
const bathsFor = (rng: Random, beds: number) => Math.max(1, beds - rng.pick([0, 0.5, 1, 1.5]));

const PROFILES: Record<PropertyType, PropertyProfile> = {
  HOUSE: {
    shape: (rng) => {
      const beds = rng.int(2, 5);
      const sqft = roundTo(700 + beds * 480 + rng.int(-200, 400), 10);
      // The style dates the house.
      const [title, built] = rng.pick([
        ['Craftsman home with a garden in {area}', [1905, 1930]],
        ['Renovated mid-century house in {area}', [1948, 1972]],
        ['Family home near {area} parks', [1960, 2015]],
        ['Light-filled modern farmhouse in {area}', [2012, 2023]],
      ] as const);
      return {
        title,
        beds,
        baths: bathsFor(rng, beds),
        sqft,
        lot: roundTo(rng.int(3_500, 11_000), 50),
        built: rng.int(built[0], built[1]),
        price: (city) => sqft * city.perSqft,
      };
    },
    features: [
      'Hardwood floors',
      'Fenced backyard',
      'Two-car garage',
      'Heat pump',
      "Chef's kitchen",
      'Finished basement',
      'Solar panels',
      'EV charger',
      'Mountain views',
    ],
    photos: ['Front exterior', 'Living room', 'Kitchen', 'Primary bedroom', 'Backyard', 'Dining room'],
    blurb: 'Move-in ready, close to schools, cafés and transit. Updated systems and a layout made for everyday life and entertaining.',
  },
  CONDO: {
    shape: (rng) => {
      const beds = rng.int(1, 3);
      const sqft = roundTo(380 + beds * 360 + rng.int(-60, 160), 10);
      return {
        title: rng.pick([
          `${beds}-bedroom condo with skyline views in {area}`,
          'Corner-unit condo steps from {area} shops',
          'Top-floor condo with a terrace in {area}',
        ]),
        beds,
        baths: beds === 1 ? 1 : bathsFor(rng, beds),
        sqft,
        lot: null,
        built: rng.int(1998, 2023),
        price: (city) => sqft * city.perSqft * 1.1,
      };
    },
    features: [
      'Concierge',
      'Rooftop deck',
      'Fitness center',
      'In-unit laundry',
      'Secure parking',
      'Floor-to-ceiling windows',
      'Pet friendly',
    ],
    photos: ['Living room', 'View from the balcony', 'Kitchen', 'Bedroom', 'Building lobby'],
    blurb: 'Low-maintenance living with building amenities and a walk score above 90. HOA covers water, sewer and reserves.',
  },
  TOWNHOUSE: {
    shape: (rng) => {
      const beds = rng.int(2, 4);
      const sqft = roundTo(500 + beds * 420 + rng.int(-100, 200), 10);
      return {
        title: rng.pick([
          'Modern townhouse near {area}',
          'Three-level townhouse with a roof deck in {area}',
          'End-unit townhouse in {area}',
        ]),
        beds,
        baths: beds - 0.5,
        sqft,
        lot: roundTo(rng.int(1_000, 2_000), 50),
        built: rng.int(2005, 2024),
        price: (city) => sqft * city.perSqft * 0.97,
      };
    },
    features: ['Roof deck', 'Attached garage', 'Quartz countertops', 'Gas fireplace', 'Built-green certified', 'Private patio'],
    photos: ['Front exterior', 'Open living area', 'Kitchen', 'Roof deck', 'Primary suite'],
    blurb: 'Contemporary design with generous natural light, a private outdoor space and no HOA dues.',
  },
  LAND: {
    shape: (rng) => {
      const lot = roundTo(rng.int(5_000, 21_780), 10);
      return {
        title: rng.pick([
          'Buildable lot in {area}',
          'View lot ready for your dream home in {area}',
          'Corner parcel zoned residential in {area}',
        ]),
        beds: null,
        baths: null,
        sqft: null,
        lot,
        built: null,
        price: (city) => lot * city.landPerSqft,
      };
    },
    features: ['Utilities at street', 'Survey available', 'Water views', 'Zoned residential', 'Feasibility study done'],
    photos: ['Aerial view', 'Street frontage', 'View from the lot'],
    blurb: 'A rare buildable parcel with utilities nearby. Plans for a 3,000 sq ft home are available on request.',
  },
  COMMERCIAL: {
    shape: (rng) => {
      const sqft = roundTo(rng.int(1_800, 9_000), 50);
      return {
        title: rng.pick(['Retail storefront on {street}', 'Creative office space in {area}', 'Mixed-use building in {area}']),
        beds: null,
        baths: rng.int(1, 4),
        sqft,
        lot: roundTo(sqft * (1 + rng.next()), 50),
        built: rng.int(1925, 2015),
        price: (city) => sqft * city.perSqft * 0.6,
      };
    },
    features: ['High foot traffic', 'Loading dock', 'ADA accessible', 'Neighborhood commercial zoning', 'Fiber internet', 'Street parking'],
    photos: ['Street view', 'Main floor', 'Conference room', 'Loading area'],
    blurb: 'Flexible commercial space with strong visibility and long-term tenants in place. Financials available under NDA.',
  },
  MULTI_FAMILY: {
    shape: (rng) => {
      const [units, name] = rng.pick([
        [2, 'Duplex'],
        [3, 'Triplex'],
        [4, 'Fourplex'],
        [6, 'Six-unit building'],
      ] as const);
      const bedsPerUnit = units > 3 ? rng.int(1, 2) : rng.int(2, 3);
      const sqft = roundTo(units * (350 + bedsPerUnit * 330), 10);
      return {
        title: `${name} with ${rng.pick(['stable rents', 'separate meters', 'a shared garden'])} in {area}`,
        beds: units * bedsPerUnit,
        baths: units * (bedsPerUnit > 2 ? 1.5 : 1),
        sqft,
        lot: roundTo(rng.int(5_000, 10_000), 50),
        built: rng.int(1920, 1995),
        price: (city) => sqft * city.perSqft * 0.85,
      };
    },
    features: ['Separately metered', 'On-site laundry', 'Off-street parking', 'Recently re-roofed', 'Long-term tenants'],
    photos: ['Front exterior', 'Typical unit living room', 'Typical unit kitchen', 'Shared yard'],
    blurb: 'A well-kept income property with separate meters and below-market rents: upside for an investor.',
  },
  OTHER: {
    shape: (rng, place) => {
      const beds = rng.int(1, 3);
      const sqft = roundTo(500 + beds * 400 + rng.int(-100, 200), 10);
      const floating = place.water !== null && rng.chance(0.6);
      return {
        title: floating
          ? `Floating home on ${place.water}`
          : rng.pick(['Live-work loft in {area}', 'Converted schoolhouse loft in {area}', 'Tiny home with a garden studio in {area}']),
        beds,
        baths: Math.max(1, beds - 1),
        sqft,
        lot: null,
        built: rng.int(1908, 2012),
        price: (city) => sqft * city.perSqft * (floating ? 0.9 : 1),
      };
    },
    features: ['One of a kind', 'Exposed beams', 'Skylights', 'Water access', 'Moorage included'],
    photos: ['Exterior', 'Living space', 'Kitchen', 'Loft bedroom'],
    blurb: 'A one-of-a-kind property for a buyer who wants something different. Unusual financing may apply.',
  },
};

/** 40 listings: every property type and status, in four cities, agents among the team. */
const LISTING_PLAN: { type: PropertyType; status: ListingStatus }[] = (() => {
  const types: PropertyType[] = ['HOUSE', 'CONDO', 'HOUSE', 'TOWNHOUSE', 'CONDO', 'HOUSE', 'MULTI_FAMILY', 'LAND', 'COMMERCIAL', 'OTHER'];
  const statuses: [ListingStatus, number][] = [
    ['ACTIVE', 15],
    ['PENDING', 6],
    ['SOLD', 10],
    ['DRAFT', 3],
    ['EXPIRED', 3],
    ['WITHDRAWN', 3],
  ];
  const flat = statuses.flatMap(([status, count]) => Array.from({ length: count }, () => status));
  return flat.map((status, index) => ({ status, type: types[(index * 3) % types.length]! }));
})();

export interface SeededListing {
  id: string;
  status: ListingStatus;
  propertyType: PropertyType;
  title: string;
  price: number;
  address: string;
  city: string;
  escrow: string;
  agentId: string;
  createdAt: Date;
}

export async function seedListings({ tx, orgId, team, calendar }: SeedScope): Promise<SeededListing[]> {
  const rng = random(4001);
  const used = new Set<string>();
  const unique = (make: () => string) => {
    let value = make();
    while (used.has(value)) value = make();
    used.add(value);
    return value;
  };
  const rows = LISTING_PLAN.map(({ type, status }, index) => {
    const profile = PROFILES[type];
    const place = CITIES[index % CITIES.length]!;
    const street = unique(() => `${rng.int(1, 48) * 100 + rng.int(1, 99)} ${rng.pick(STREETS)}, ${place.city}`).replace(/, .*$/, '');
    let shape!: Shape;
    const title = unique(() => {
      shape = profile.shape(rng, place);
      return shape.title.replace('{area}', rng.pick(place.areas)).replace('{street}', street.replace(/^\d+ /, ''));
    });
    // Asking prices end in round thousands; the market varies +-12% around the city's level.
    const price = roundTo(shape.price(place) * (0.88 + rng.next() * 0.24), 5_000);
    const slug = `${place.city}-${street}`.toLowerCase().replace(/[^a-z0-9]+/g, '-');
    const photoCount = status === 'DRAFT' ? 2 : rng.int(2, Math.min(5, profile.photos.length));
    const media = profile.photos.slice(0, photoCount).map((caption, photo) => ({
      url: `https://images.example.com/northwind/${slug}/${photo + 1}.jpg`,
      caption,
    }));
    const createdAt = calendar.pastWorkTime(
      rng,
      status === 'DRAFT' ? rng.int(1, 10) : status === 'ACTIVE' ? rng.int(5, 75) : rng.int(30, 160),
    );
    return {
      id: randomUUID(),
      orgId,
      agentId: team.agents[index % team.agents.length]!,
      title,
      propertyType: type,
      status,
      price: String(price),
      currency: 'USD',
      description: `${title}. ${profile.blurb}`,
      addressLine1: street,
      addressLine2: type === 'CONDO' ? `Unit ${rng.int(2, 24)}${rng.pick(['A', 'B', 'C', 'D'])}` : null,
      city: place.city,
      region: place.region,
      postalCode: rng.pick(place.postal),
      country: 'US',
      bedrooms: shape.beds,
      bathrooms: shape.baths === null ? null : String(shape.baths),
      squareFeet: shape.sqft,
      lotSizeSqft: shape.lot,
      yearBuilt: shape.built,
      features: rng.sample(profile.features, rng.int(2, 5)),
      media,
      customFields: status === 'DRAFT' ? {} : { mlsNumber: `NWMLS-${2_400_000 + index * 137}` },
      createdAt,
      updatedAt: createdAt,
    };
  });
  await tx.listing.createMany({ data: rows });
  return rows.map((row, index) => ({
    id: row.id,
    status: row.status,
    propertyType: row.propertyType,
    title: row.title,
    price: Number(row.price),
    address: row.addressLine1,
    city: row.city,
    escrow: CITIES[index % CITIES.length]!.escrow,
    agentId: row.agentId,
    createdAt: row.createdAt,
  }));
}

// ---------------------------------------------------------------------------------------------
// Appointments
// ---------------------------------------------------------------------------------------------

type AppointmentKind = 'SHOWING' | 'OPEN_HOUSE' | 'CLOSING' | 'CONSULTATION' | 'LISTING_PRESENTATION' | 'INSPECTION';
const DURATION: Record<AppointmentKind, number[]> = {
  SHOWING: [30, 45, 60],
  OPEN_HOUSE: [120, 180],
  CLOSING: [60, 90],
  CONSULTATION: [30, 45],
  LISTING_PRESENTATION: [60, 90],
  INSPECTION: [120, 180],
};
/** How many of each kind, before and after the seed day (closings and inspections follow the deals). */
const APPOINTMENT_MIX: Record<'past' | 'future', Partial<Record<AppointmentKind, number>>> = {
  past: { OPEN_HOUSE: 3, LISTING_PRESENTATION: 1, INSPECTION: 3, CONSULTATION: 7 },
  future: { OPEN_HOUSE: 3, LISTING_PRESENTATION: 2, INSPECTION: 3, CONSULTATION: 6 },
};

interface AppointmentSpec {
  kind: AppointmentKind;
  day: number;
  hour: number;
  minute: number;
  listing: SeededListing | null;
  deal: SeededDeal | null;
  contact: SeededContact | null;
}

/**
 * 60 appointments, 30 in the last 30 days and 30 in the next 30: closings of the deals won
 * lately and of those in negotiation, inspections of the listings under contract, open houses
 * on weekends, showings, listing presentations and consultation calls. Past ones are completed,
 * missed or cancelled; future ones scheduled or confirmed (a few cancelled). Attendee rows are
 * written as the organizer, so the invitation notifications reach everyone else.
 */
export async function seedAppointments(
  { tx, orgId, team, calendar }: SeedScope,
  data: { listings: SeededListing[]; deals: SeededDeal[]; contacts: SeededContact[] },
): Promise<SeededAppointment[]> {
  const rng = random(4002);
  const byStatus = (status: ListingStatus) => data.listings.filter((l) => l.status === status);
  const listingById = new Map(data.listings.map((l) => [l.id, l]));
  const contactById = new Map(data.contacts.map((c) => [c.id, c]));
  const contactOf = (deal: SeededDeal) => (deal.contactId ? contactById.get(deal.contactId)! : null);
  const listingOf = (deal: SeededDeal) => (deal.listingId ? listingById.get(deal.listingId)! : null);
  const weekendDays = (from: number, to: number) =>
    Array.from({ length: to - from + 1 }, (_, i) => from + i).filter((d) => [0, 6].includes(calendar.day(d).getUTCDay()));
  const workHour = () => ({ hour: rng.int(9, 17), minute: rng.pick([0, 30]) });

  // Sellers get one listing presentation each; consultations go to different clients.
  const presentations = rng.sample(
    byStatus('DRAFT'),
    APPOINTMENT_MIX.past.LISTING_PRESENTATION! + APPOINTMENT_MIX.future.LISTING_PRESENTATION!,
  );
  const consulted = rng.sample(
    data.deals.filter((d) => d.status === 'OPEN' && d.stagePosition <= 1),
    12,
  );
  const specs: AppointmentSpec[] = [];
  for (const when of ['past', 'future'] as const) {
    const days = (from: number, to: number) => (when === 'past' ? -rng.int(from, to) : rng.int(from, to));
    const start = specs.length;
    if (when === 'past') {
      // Each deal won in the last 30 days closed at escrow that morning.
      for (const deal of data.deals.filter((d) => d.status === 'WON' && d.closedAt! >= calendar.daysAgo(30))) {
        specs.push({
          kind: 'CLOSING',
          day: calendar.dayOf(deal.closedAt!),
          hour: 10,
          minute: 0,
          listing: listingOf(deal),
          deal,
          contact: contactOf(deal),
        });
      }
    } else {
      for (const deal of data.deals.filter((d) => d.status === 'OPEN' && d.stagePosition === 3)) {
        specs.push({ kind: 'CLOSING', day: rng.int(14, 30), ...workHour(), listing: listingOf(deal), deal, contact: contactOf(deal) });
      }
    }
    const underContract = data.deals.filter((d) => d.status === 'OPEN' && d.stagePosition === 3 && d.listingId);
    const inspected = when === 'past' ? underContract.slice(0, 3) : underContract.slice(3, 6);
    for (const deal of inspected.slice(0, APPOINTMENT_MIX[when].INSPECTION)) {
      specs.push({ kind: 'INSPECTION', day: days(1, 10), ...workHour(), listing: listingOf(deal), deal, contact: contactOf(deal) });
    }
    const weekends = when === 'past' ? weekendDays(-30, -1) : weekendDays(1, 30);
    for (const listing of rng.sample(byStatus('ACTIVE'), APPOINTMENT_MIX[when].OPEN_HOUSE!)) {
      specs.push({ kind: 'OPEN_HOUSE', day: rng.pick(weekends), hour: 13, minute: 0, listing, deal: null, contact: null });
    }
    for (const listing of presentations.splice(0, APPOINTMENT_MIX[when].LISTING_PRESENTATION!)) {
      specs.push({ kind: 'LISTING_PRESENTATION', day: days(1, 20), ...workHour(), listing, deal: null, contact: rng.pick(data.contacts) });
    }
    for (let i = 0; i < APPOINTMENT_MIX[when].CONSULTATION!; i++) {
      const deal = rng.chance(0.6) ? (consulted.shift() ?? null) : null;
      specs.push({
        kind: 'CONSULTATION',
        day: days(1, 30),
        ...workHour(),
        listing: null,
        deal,
        contact: deal ? contactOf(deal) : rng.pick(data.contacts),
      });
    }
    // Showings fill the rest: buyers with a deal on the home, and others touring it.
    const touring = data.deals.filter((d) => d.status === 'OPEN' && (d.stagePosition === 1 || d.stagePosition === 2) && d.listingId);
    const shown = new Set(specs.map((spec) => `${spec.listing?.id}|${spec.contact?.id}`));
    while (specs.length - start < 30) {
      const deal = rng.chance(0.5) ? rng.pick(touring) : null;
      const listing = deal ? listingOf(deal)! : rng.pick(byStatus('ACTIVE'));
      const contact = deal ? contactOf(deal) : rng.pick(data.contacts);
      if (shown.has(`${listing.id}|${contact?.id}`)) continue;
      shown.add(`${listing.id}|${contact?.id}`);
      specs.push({ kind: 'SHOWING', day: days(1, 30), ...workHour(), listing, deal, contact });
    }
  }

  const appointments = [];
  const attendees: { appointmentId: string; userId: string | null; contactId: string | null; organizerId: string }[] = [];
  for (const { kind, day, hour, minute, listing, deal, contact } of specs) {
    const past = day < 0;
    const startsAt = calendar.daysAhead(day, hour, minute);
    const endsAt = calendar.addMinutes(startsAt, rng.pick(DURATION[kind]));
    const organizerId = kind === 'CONSULTATION' || !listing ? (deal?.ownerId ?? rng.pick(team.agents)) : listing.agentId;
    const where = listing ? `${listing.address}, ${listing.city}` : '';
    const who = contact ? `${contact.firstName} ${contact.lastName}` : '';
    const title = {
      SHOWING: `Showing: ${where} with ${who}`,
      OPEN_HOUSE: `Open house: ${where}`,
      CLOSING: `Closing: ${where || deal?.name}`,
      CONSULTATION: `Buyer consultation call with ${who}`,
      LISTING_PRESENTATION: `Listing presentation for ${who} at ${where}`,
      INSPECTION: `Home inspection: ${where}`,
    }[kind];
    const status = past
      ? kind === 'CLOSING' || kind === 'INSPECTION'
        ? 'COMPLETED'
        : kind === 'OPEN_HOUSE'
          ? rng.pick(['COMPLETED', 'COMPLETED', 'CANCELLED'] as const)
          : rng.pick([
              'COMPLETED',
              'COMPLETED',
              'COMPLETED',
              'COMPLETED',
              'COMPLETED',
              'COMPLETED',
              'NO_SHOW',
              'NO_SHOW',
              'CANCELLED',
              'CANCELLED',
            ] as const)
      : kind === 'CLOSING'
        ? rng.pick(['SCHEDULED', 'CONFIRMED'] as const)
        : rng.pick([
            'SCHEDULED',
            'SCHEDULED',
            'SCHEDULED',
            'SCHEDULED',
            'CONFIRMED',
            'CONFIRMED',
            'CONFIRMED',
            'CONFIRMED',
            'CANCELLED',
          ] as const);
    // Booked 1-14 days ahead of time; future ones during the last two weeks.
    const bookedDay = past ? day - rng.int(1, 14) : -rng.int(1, 14);
    const createdAt = calendar.daysAhead(bookedDay, rng.int(8, 18), rng.int(0, 59));
    const id = randomUUID();
    appointments.push({
      id,
      orgId,
      organizerId,
      title,
      startsAt,
      endsAt,
      status,
      createdAt,
      updatedAt: createdAt,
      description: {
        SHOWING: null,
        OPEN_HOUSE: 'Sign-in sheet and flyers at the door; second agent greets visitors.',
        CLOSING: 'Signing at escrow. Bring a photo ID; wire instructions come from escrow only.',
        CONSULTATION: 'Walk through budget, pre-approval, neighborhoods and timeline.',
        LISTING_PRESENTATION: 'Market analysis, pricing strategy, staging and marketing plan.',
        INSPECTION: "Buyer's inspector on site; seller's agent provides access.",
      }[kind],
      location: kind === 'CONSULTATION' ? null : kind === 'CLOSING' ? (listing?.escrow ?? null) : where,
      meetingUrl: kind === 'CONSULTATION' ? `https://meet.example.com/northwind-${id.slice(0, 8)}` : null,
      dealId: deal?.id ?? null,
      contactId: contact?.id ?? null,
      listingId: listing?.id ?? null,
    });
    attendees.push({ appointmentId: id, userId: organizerId, contactId: null, organizerId });
    if (kind === 'OPEN_HOUSE' || kind === 'CLOSING' || rng.chance(0.3)) {
      const colleague = rng.pick(team.agents.filter((agent) => agent !== organizerId));
      attendees.push({ appointmentId: id, userId: colleague, contactId: null, organizerId });
    }
    if (contact) attendees.push({ appointmentId: id, userId: null, contactId: contact.id, organizerId });
    if (contact && kind !== 'CONSULTATION' && rng.chance(0.2)) {
      // A partner or co-buyer comes along.
      const partner = rng.pick(data.contacts.filter((c) => c.id !== contact.id));
      attendees.push({ appointmentId: id, userId: null, contactId: partner.id, organizerId });
    }
  }
  await tx.appointment.createMany({ data: appointments });
  // Each organizer sends their own invitations (the trigger notifies everyone but the actor).
  const bookedAt = new Map<string, Date>(appointments.map((a) => [a.id, a.createdAt]));
  for (const organizer of team.agents) {
    const rows = attendees.filter((a) => a.organizerId === organizer);
    if (!rows.length) continue;
    await actAs(tx, organizer);
    await tx.appointmentAttendee.createMany({
      data: rows.map(({ appointmentId, userId, contactId }) => ({
        orgId,
        appointmentId,
        userId,
        contactId,
        createdAt: bookedAt.get(appointmentId)!,
      })),
    });
  }
  await actAs(tx, team.owner);
  return appointments.map((a) => ({
    id: a.id,
    organizerId: a.organizerId,
    startsAt: a.startsAt,
    status: a.status,
    attendeeUserIds: attendees.filter((x) => x.appointmentId === a.id && x.userId).map((x) => x.userId!),
  }));
}

// ---------------------------------------------------------------------------------------------
// Messages
// ---------------------------------------------------------------------------------------------

type Line = ['IN' | 'OUT', string];
interface Script {
  topic: string;
  lines: Line[];
}
/** Conversation scripts (showing, offer, selling, closing, inquiry); a thread plays the first few lines of one. */
const SCRIPTS: Script[] = [
  {
    topic: 'Showing request',
    lines: [
      ['IN', 'Hi, is {place} still available? We would love to see it this weekend.'],
      ['OUT', 'Hi {first}, yes it is! I can show it Saturday at 11:00 or Sunday at 14:00 — which works better?'],
      ['IN', 'Saturday at 11 works great for us.'],
      ['OUT', 'Booked. I will send parking details the day before.'],
      ['IN', 'Thanks! Do you know whether pets are allowed?'],
      ['OUT', 'They are — up to two. I will bring the HOA documents so you can read the details.'],
      ['IN', 'Perfect, see you Saturday.'],
      ['OUT', 'Great to meet you today, {first}. Any first thoughts on {place}?'],
      ['IN', 'We loved the kitchen and the light. Could we talk about making an offer?'],
      ['OUT', 'Absolutely. I will pull comparable sales tonight and call you tomorrow morning.'],
    ],
  },
  {
    topic: 'Offer',
    lines: [
      ['OUT', 'Hi {first}, the comps for {place} support an offer around the asking price. Shall I draft it?'],
      ['IN', 'Yes please. Can we ask for the seller to cover part of the closing costs?'],
      ['OUT', 'We can. With two other offers expected, I suggest a clean offer with a 10-day inspection instead.'],
      ['IN', 'OK, let us go with your suggestion.'],
      ['OUT', 'Offer sent for signature — please sign by 6 pm so I can present it tonight.'],
      ['IN', 'Signed!'],
      ['OUT', 'The seller countered at 1.5% over our offer, everything else accepted. Thoughts?'],
      ['IN', 'We can meet them halfway.'],
      ['OUT', 'Done — they accepted! Congratulations, you are under contract.'],
      ['IN', 'This is amazing, thank you so much!'],
    ],
  },
  {
    topic: 'Listing your home',
    lines: [
      ['IN', 'Hello, we are thinking about selling {place} in the spring. What would it be worth?'],
      ['OUT', 'Thanks for reaching out, {first}! I can prepare a market analysis. When could I walk through the house?'],
      ['IN', 'Thursday afternoon works.'],
      ['OUT', 'See you Thursday at 15:00. Please have any permits for the remodel handy.'],
      ['OUT', 'Attached is the market analysis: we suggest listing in the range we discussed, with staging.'],
      ['IN', 'That is higher than we expected. What does staging cost?'],
      ['OUT', 'Usually 1-2% of the price, and it typically pays for itself. I will send two quotes.'],
      ['IN', 'Sounds good. Let us book the photographer too.'],
    ],
  },
  {
    topic: 'Closing',
    lines: [
      ['OUT', 'Hi {first}, the appraisal for {place} came in at value. Next step: final loan approval.'],
      ['IN', 'Great news. When do we sign?'],
      [
        'OUT',
        'Signing is scheduled at the escrow office; bring a photo ID. Wire instructions come from escrow only — call me to verify them.',
      ],
      ['IN', 'Will do. Is the final walkthrough the day before?'],
      ['OUT', 'Yes, I booked it for 17:00. The sellers will be out by noon.'],
      ['IN', 'See you there!'],
      ['OUT', 'Keys are released — welcome home!'],
    ],
  },
  {
    topic: 'New inquiry',
    lines: [
      ['IN', 'Hi! I saw your listings online. We are relocating for work and need a 3-bedroom by August.'],
      ['OUT', 'Welcome, {first}! What is your budget, and are you pre-approved yet?'],
      ['IN', 'Around 900k. Pre-approval should come through next week.'],
      ['OUT', 'Perfect. I will set up a saved search and send the best matches every morning.'],
      ['IN', 'Could we see a few places when we fly in on the 12th?'],
      ['OUT', 'Of course — I will line up four showings that day.'],
    ],
  },
];
/** Conversations with clients run over e-mail and texts; web chat and portal inboxes bring new inquiries. */
const CLIENT_CHANNELS = ['EMAIL', 'EMAIL', 'EMAIL', 'EMAIL', 'SMS', 'SMS', 'SMS', 'WHATSAPP', 'WHATSAPP'] as const;
const INQUIRY_CHANNELS = ['CHAT', 'CHAT', 'OTHER', 'OTHER', 'SMS', 'EMAIL'] as const;
const OFFICE_PHONE = '+12065550100';
/** A phone number as messages store it (E.164, like the message API normalizes it). */
const e164 = (phone: string) => phone.replace(/[\s().-]/g, '');
/** Ascii e-mail local part from a name ("Müller" -> "muller"). */
export const mailName = (name: string) =>
  name
    .normalize('NFD')
    .replace(/[^A-Za-z]/g, '')
    .toLowerCase();

/**
 * 200 messages in conversations per contact (a few with leads) over the last 60 days, each
 * thread on one channel with its thread key, alternating inbound and outbound.
 */
export async function seedMessages(
  { tx, orgId, team, calendar }: SeedScope,
  data: { contacts: SeededContact[]; leads: SeededLead[]; deals: SeededDeal[]; listings: SeededListing[] },
  total = 200,
): Promise<number> {
  const rng = random(4003);
  const listingById = new Map(data.listings.map((l) => [l.id, l]));
  const openLeads = data.leads.filter((l) => l.status === 'NEW' || l.status === 'CONTACTED' || l.status === 'QUALIFIED');
  const rows: Prisma.MessageCreateManyInput[] = [];
  for (let thread = 0; rows.length < total; thread++) {
    // Every fifth conversation is with a lead rather than a contact.
    const lead = thread % 5 === 4 ? openLeads[thread % openLeads.length]! : null;
    const contact = lead ? null : data.contacts[(thread * 7) % data.contacts.length]!;
    const deal = contact ? (data.deals.find((d) => d.contactId === contact.id) ?? null) : null;
    const listing = deal?.listingId ? listingById.get(deal.listingId)! : rng.pick(data.listings);
    const person = (lead ?? contact)!;
    const agent = lead ? lead.assigneeId : (deal?.ownerId ?? contact!.ownerId);
    // The conversation fits where the client is: touring, negotiating, closing, or selling.
    const [showing, offer, selling, closing, inquiry] = SCRIPTS as [Script, Script, Script, Script, Script];
    const script = lead
      ? inquiry
      : !deal
        ? rng.pick([showing, selling, inquiry])
        : deal.status === 'WON'
          ? closing
          : deal.status === 'LOST'
            ? selling
            : deal.stagePosition >= 2
              ? offer
              : showing;
    const channel = script === inquiry ? INQUIRY_CHANNELS[thread % INQUIRY_CHANNELS.length]! : rng.pick(CLIENT_CHANNELS);
    const length = Math.min(rng.int(3, script.lines.length), total - rows.length);
    const place = `${listing.address}, ${listing.city}`;
    const threadKey = {
      EMAIL: `email:<thread-${thread + 1}.${mailName(person.lastName)}@mail.northwind.example>`,
      SMS: `sms:${OFFICE_PHONE}|${e164(person.phone)}`,
      WHATSAPP: `whatsapp:${OFFICE_PHONE}|${e164(person.phone)}`,
      CHAT: `chat:web-${String(thread + 1).padStart(4, '0')}`,
      OTHER: `portal:inquiry-${String(thread + 1).padStart(4, '0')}`,
    }[channel];
    const address = (side: 'agent' | 'person') => {
      if (channel === 'EMAIL') return side === 'agent' ? team.emails[agent]! : person.email;
      if (channel === 'SMS' || channel === 'WHATSAPP') return side === 'agent' ? OFFICE_PHONE : e164(person.phone);
      if (channel === 'OTHER')
        return side === 'agent' ? 'portal:northwind-realty' : `portal:${mailName(person.firstName)}.${mailName(person.lastName)}`;
      return side === 'agent' ? `agent:${team.emails[agent]!}` : `visitor:${mailName(person.firstName)}-${thread + 1}`;
    };
    // Replies come minutes to a day or two apart, between 07:00 and 21:59 (a later reply waits
    // for the next morning); a thread that would run into the seed day starts earlier instead.
    let sentAt = calendar.daysAgo(rng.int(2, 40), rng.int(8, 17), rng.int(0, 59));
    const times: Date[] = [];
    for (let i = 0; i < length; i++) {
      if (i > 0) sentAt = calendar.addMinutes(sentAt, rng.chance(0.25) ? rng.int(18, 52) * 60 : rng.int(4, 240));
      const hour = calendar.hourOf(sentAt);
      if (hour >= 22 || hour < 7) {
        sentAt = calendar.daysAhead(calendar.dayOf(sentAt) + (hour >= 22 ? 1 : 0), 8, rng.int(0, 59));
      }
      times.push(sentAt);
    }
    const overrun = calendar.dayOf(times[times.length - 1]!) + 1;
    if (overrun > 0) times.forEach((time, i) => (times[i] = calendar.addDays(time, -overrun)));
    script.lines.slice(0, length).forEach(([direction, text], i) => {
      const inbound = direction === 'IN';
      rows.push({
        id: randomUUID(),
        orgId,
        channel,
        direction: inbound ? ('INBOUND' as const) : ('OUTBOUND' as const),
        fromAddress: address(inbound ? 'person' : 'agent'),
        toAddresses: [address(inbound ? 'agent' : 'person')],
        subject: channel === 'EMAIL' ? `${i > 0 ? 'Re: ' : ''}${script.topic} — ${place}` : null,
        body: text.replace('{first}', person.firstName).replace('{place}', place),
        sentAt: times[i]!,
        threadKey,
        contactId: contact?.id ?? null,
        dealId: deal?.id ?? null,
        leadId: lead?.id ?? null,
        authorId: inbound ? null : agent,
        createdAt: times[i]!,
        updatedAt: times[i]!,
      });
    });
  }
  await tx.message.createMany({ data: rows });
  return rows.length;
}

// ---------------------------------------------------------------------------------------------
// Automations
// ---------------------------------------------------------------------------------------------

/**
 * Five workflows, one per trigger plus a disabled one, configured as an admin would and checked
 * by the same typed schema createAutomation uses (a seed that drifts from it fails loudly).
 */
export async function seedAutomations({ tx, orgId, team, calendar }: SeedScope, stages: { id: string; name: string }[]) {
  const stageId = (name: string) => encodeGlobalID('PipelineStage', stages.find((s) => s.name === name)!.id);
  const userId = (id: string) => encodeGlobalID('User', id);
  const automations: {
    name: string;
    description: string;
    trigger: AutomationTrigger;
    enabled: boolean;
    conditions: unknown[];
    actions: unknown[];
  }[] = [
    {
      name: 'Welcome new website leads',
      trigger: 'LEAD_CREATED',
      enabled: true,
      description: 'Web and ad leads get the welcome e-mail at once and a call from their agent within the day.',
      conditions: [{ type: 'field', field: 'lead.source', operator: 'in', value: ['WEBSITE', 'ADVERTISING', 'SOCIAL'] }],
      actions: [
        { type: 'send_email', template: 'welcome-buyer', to: 'contact' },
        { type: 'create_task', subject: 'Call the new lead and book a consultation', dueInDays: 0 },
      ],
    },
    {
      name: 'Congratulate clients on closing',
      trigger: 'DEAL_STAGE_CHANGED',
      enabled: true,
      description: 'When a deal is won: thank the client, tell the owner, and plan the 30-day check-in.',
      conditions: [{ type: 'field', field: 'toStageId', operator: 'eq', value: stageId('Won') }],
      actions: [
        { type: 'send_email', template: 'deal-won', to: 'contact' },
        { type: 'send_notification', title: 'A deal closed', body: 'Time to order the closing gift.', to: { role: 'OWNER' } },
        { type: 'create_task', subject: '30-day check-in with the new homeowners', dueInDays: 30 },
      ],
    },
    {
      name: 'Showing confirmation',
      trigger: 'APPOINTMENT_BOOKED',
      enabled: true,
      description: 'Confirms every booked showing to the client and tells the listing agent.',
      conditions: [{ type: 'field', field: 'appointment.title', operator: 'contains', value: 'Showing' }],
      actions: [
        { type: 'send_email', template: 'booking-confirmation', to: 'contact' },
        { type: 'send_notification', title: 'New showing booked', to: 'owner' },
      ],
    },
    {
      name: 'Monday pipeline digest',
      trigger: 'SCHEDULE',
      enabled: true,
      description: 'Every Monday at 08:00 Pacific, the team gets the open deals by stage.',
      conditions: [{ type: 'schedule', cron: '0 8 * * 1', timezone: 'America/Los_Angeles' }],
      actions: [
        { type: 'send_email', template: 'pipeline-digest', to: { email: 'team@northwind-realty.example' } },
        { type: 'send_notification', title: 'The weekly pipeline digest is ready', to: { role: 'ADMIN' } },
      ],
    },
    {
      name: 'Win back sellers of lost listings',
      trigger: 'DEAL_STAGE_CHANGED',
      enabled: false,
      description:
        'Draft: three months after a large deal is lost, remind Adam to call the seller about relisting, and e-mail the deal owner.',
      conditions: [
        { type: 'field', field: 'deal.status', operator: 'eq', value: 'LOST' },
        { type: 'field', field: 'deal.value', operator: 'gte', value: 500_000 },
      ],
      actions: [
        { type: 'create_task', subject: 'Call the seller about relisting', dueInDays: 90, assigneeId: userId(team.admin) },
        { type: 'send_email', template: 'follow-up-reminder', to: 'owner' },
      ],
    },
  ];
  await tx.automation.createMany({
    data: automations.map(({ conditions, actions, ...automation }, index) => {
      const checked = checkAutomationConfig(automation.trigger, conditions, actions);
      if (checked.issues.length > 0) throw new Error(`demo automation "${automation.name}" is invalid: ${JSON.stringify(checked.issues)}`);
      const createdAt = calendar.daysAgo(80 - index * 9, 10);
      return {
        ...automation,
        orgId,
        createdById: index % 2 === 0 ? team.owner : team.admin,
        conditions: checked.conditions as Prisma.InputJsonValue[],
        actions: checked.actions as Prisma.InputJsonValue[],
        createdAt,
        updatedAt: createdAt,
      };
    }),
  });
  return automations.length;
}

// ---------------------------------------------------------------------------------------------
// Notifications and metrics
// ---------------------------------------------------------------------------------------------

/**
 * The DB triggers (sql/055) stamped every notification with the seed's clock; date each one
 * back to the record it is about, and mark as read what its user would have seen already
 * (everything older than two days). Runs as each user: notifications are private to them.
 */
export async function settleNotifications({ tx, team, calendar }: SeedScope) {
  const readBefore = calendar.daysAgo(2);
  for (const userId of team.agents) {
    await actAs(tx, userId);
    await tx.$executeRaw`
      UPDATE notifications n
         SET created_at = source.created_at,
             read_at = CASE WHEN source.created_at < ${readBefore} THEN source.created_at + interval '3 hours' END
        FROM (SELECT app.global_id('Lead', id) AS subject_id, created_at FROM leads
              UNION ALL SELECT app.global_id('Deal', id), created_at FROM deals
              UNION ALL SELECT app.global_id('Appointment', id), created_at FROM appointments) source
       WHERE n.subject_id = source.subject_id AND n.user_id = ${userId}::uuid`;
  }
  await actAs(tx, team.owner);
}

/** Fills daily_metrics for the last `days` days (the seed day included) from the seeded rows. */
export function refreshSeedMetrics({ tx, orgId, calendar }: SeedScope, days = 90) {
  return refreshDailyMetrics(tx, orgId, { from: calendar.day(1 - days), to: calendar.day(0) });
}

/**
 * This morning's events, as Adam Admin: two website leads and an open deal handed to the owner,
 * and the owner invited to one of Adam's upcoming appointments. The triggers turn them into
 * the owner's unread notifications (and audit entries with Adam as the actor).
 */
export async function seedRecentEvents(
  { tx, orgId, team, calendar }: SeedScope,
  data: { deals: SeededDeal[]; appointments: SeededAppointment[] },
) {
  await actAs(tx, team.admin);
  const createdAt = calendar.daysAgo(1, 19, 40);
  await tx.lead.createMany({
    data: [
      {
        firstName: 'Grace',
        lastName: 'Holloway',
        email: 'grace.holloway@mail.example',
        phone: '+1-425-555-3101',
        title: 'Relocating buyer',
        companyName: 'Rainier Aerospace',
        customFields: { budget_usd: '1100000.00', preferred_city: 'Bellevue' },
      },
      {
        firstName: 'Mateo',
        lastName: 'Alvarez',
        email: 'mateo.alvarez@mail.example',
        phone: '+1-425-555-3102',
        title: 'First-time buyer',
        companyName: null,
        customFields: { budget_usd: '620000.00', preferred_city: 'Seattle' },
      },
    ].map((lead, index) => ({
      ...lead,
      orgId,
      source: 'WEBSITE' as const,
      status: 'NEW' as const,
      rating: index === 0 ? ('HOT' as const) : ('WARM' as const),
      score: index === 0 ? 82 : 64,
      assigneeId: team.owner,
      createdAt: calendar.addMinutes(createdAt, index * 47),
      updatedAt: calendar.addMinutes(createdAt, index * 47),
    })),
  });
  const deal = data.deals.find((d) => d.status === 'OPEN' && d.ownerId === team.admin && d.stagePosition >= 2);
  if (deal) await tx.deal.update({ where: { orgId_id: { orgId, id: deal.id } }, data: { ownerId: team.owner } });
  const appointment = data.appointments.find(
    (a) =>
      a.organizerId === team.admin && a.startsAt > calendar.today && a.status !== 'CANCELLED' && !a.attendeeUserIds.includes(team.owner),
  );
  if (appointment) await tx.appointmentAttendee.create({ data: { orgId, appointmentId: appointment.id, userId: team.owner } });
  await actAs(tx, team.owner);
}
