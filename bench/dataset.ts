// The benchmark's dataset: three organizations (one large, two small) of realistic, seeded,
// reproducible CRM data, bulk-loaded with COPY into a fresh, migrated database.
//
// - Deterministic: every value (uuids included) comes from seeded PRNG streams, one per
//   organization and table, so the same seed and scale always give the same rows.
// - Constraint-true: rows are written as the superuser (RLS does not apply), parents before
//   children. The five big tables load with COPY FREEZE while their indexes and keys are
//   dropped; PostgreSQL then rebuilds every index and validates every primary, unique and
//   (composite) foreign key, and the schema is checked to be exactly the migrated one.
// - Realistic layout: each table's rows arrive in creation-time order with the three tenants
//   interleaved, as an application writing over two years would leave them on disk.
// - Reusable: the load ends by stamping the database with a marker (COMMENT ON DATABASE);
//   readManifest() returns the manifest only while the database still matches it.
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import pgCopyStreams from 'pg-copy-streams';
import { LOCAL_APP_PASSWORD, LOCAL_APP_ROLE, prepareLocalDatabase, withDatabase } from '../src/db/local-database.js';
import { readMigrations } from '../src/db/migrate.js';
import { DEFAULT_STAGES } from '../src/modules/pipeline/service.js';
import * as words from './dataset-names.js';

/** Bump when the generator changes: a database loaded by another version is reloaded. */
export const DATASET_VERSION = 2;
export const DEFAULT_SEED = 20261123;
/** "Now" for the generated data: fixed, so the data does not depend on the day it is loaded. */
export const DEFAULT_ANCHOR = '2026-11-20T12:00:00.000Z';
const MARKER_PREFIX = 'clientflow-bench-dataset ';

export type Role = 'OWNER' | 'ADMIN' | 'MEMBER' | 'VIEWER';

export interface DatasetIdentity {
  /** The JWT `sub`; sign tokens with exactly this email and name, or each request rewrites the user row. */
  subject: string;
  email: string;
  name: string;
  userId: string;
}

export interface DatasetMember extends DatasetIdentity {
  role: Role;
}

export interface DatasetCounts {
  members: number;
  companies: number;
  contacts: number;
  leads: number;
  deals: number;
  activities: number;
}

export interface DatasetOrg {
  key: string;
  id: string;
  name: string;
  size: 'large' | 'small';
  owner: DatasetIdentity;
  /** Every member, the owner included. */
  members: DatasetMember[];
  pipelineId: string;
  /** The default pipeline's stages in position order: 4 OPEN, then WON, then LOST. */
  stageIds: string[];
  counts: DatasetCounts;
  /** How many of `counts` are soft-deleted (deleted_at set); the API hides them by default. */
  deleted: Omit<DatasetCounts, 'members'>;
}

export interface TableStats {
  rows: number;
  totalBytes: number;
  tableBytes: number;
  indexBytes: number;
}

export interface DatasetManifest {
  version: number;
  database: string;
  ownerUrl: string;
  appUrl: string;
  scale: number;
  seed: number;
  anchor: string;
  orgs: DatasetOrg[];
  /** ~1000 ids each from the LARGE organization, none soft-deleted, in a seeded shuffled order. */
  samples: {
    /** Deals that have activities. */
    dealIds: string[];
    /** Contacts with deals and activities first. */
    contactIds: string[];
    /** Companies with contacts and deals first. */
    companyIds: string[];
    leadIds: string[];
  };
  loadedAt: string;
  loadSeconds: number;
  /** Seconds per step (tables, vacuum analyze). */
  timings: Record<string, number>;
  tables: Record<string, TableStats>;
}

export interface LoadDatasetOptions {
  /** Superuser URL of the server (any database); the dataset database is (re)created on it. */
  adminUrl: string;
  database: string;
  /** 1 = full size, 0.1 = quick; multiplies every row count. */
  scale: number;
  seed?: number;
  /** ISO timestamp treated as "now" by the generator. */
  anchor?: string;
  manifestPath?: string;
  log?: (line: string) => void;
}

// ---------------------------------------------------------------------------------------------
// Seeded randomness

/** mulberry32, only to expand a 32-bit seed into sfc32 state. */
function mulberry32(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
}

const HEX = Array.from({ length: 256 }, (_, index) => index.toString(16).padStart(2, '0'));
const hex32 = (value: number) => HEX[value >>> 24]! + HEX[(value >>> 16) & 255]! + HEX[(value >>> 8) & 255]! + HEX[value & 255]!;
const hex16 = (value: number) => HEX[(value >>> 8) & 255]! + HEX[value & 255]!;

/**
 * sfc32 (128-bit state): one independent stream per (seed, label). A 32-bit generator such as
 * mulberry32 would make the streams of different tables overlap for some seeds.
 */
class Random {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number, label: string) {
    let hash = (seed ^ 0x811c9dc5) >>> 0;
    for (let index = 0; index < label.length; index += 1) hash = Math.imul(hash ^ label.charCodeAt(index), 0x01000193) >>> 0;
    const expand = mulberry32(hash);
    this.a = expand() | 0;
    this.b = expand() | 0;
    this.c = expand() | 0;
    this.d = expand() | 0;
    for (let index = 0; index < 16; index += 1) this.u32();
  }

  u32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** [0, 1) */
  next(): number {
    return this.u32() / 4294967296;
  }

  /** Integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }

  /** Standard normal (Box-Muller). */
  normal(): number {
    const u = 1 - this.next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * this.next());
  }

  exponential(mean: number): number {
    return -Math.log(1 - this.next()) * mean;
  }

  /** A version-4-shaped uuid. */
  uuid(): string {
    const a = this.u32();
    const b = ((this.u32() & 0xffff0fff) | 0x00004000) >>> 0;
    const c = ((this.u32() & 0x3fffffff) | 0x80000000) >>> 0;
    const d = this.u32();
    return `${hex32(a)}-${hex16(b >>> 16)}-${hex16(b)}-${hex16(c >>> 16)}-${hex16(c)}${hex32(d)}`;
  }
}

/** Picks from weighted entries with one draw. */
function weighted<T>(entries: readonly (readonly [T, number])[]): (random: Random) => T {
  const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
  const cumulative: number[] = [];
  let running = 0;
  for (const [, weight] of entries) cumulative.push((running += weight / total));
  return (random) => {
    const u = random.next();
    for (let index = 0; index < cumulative.length; index += 1) if (u < cumulative[index]!) return entries[index]![0];
    return entries[entries.length - 1]![0];
  };
}

/** A fixed "popularity" order for a word list, then a skewed pick: a few names are common. */
function popular<T>(items: readonly T[], skew: number): (random: Random) => T {
  const order = [...items];
  const shuffle = new Random(7, 'popularity');
  for (let index = order.length - 1; index > 0; index -= 1) {
    const other = Math.floor(shuffle.next() * (index + 1));
    [order[index], order[other]] = [order[other]!, order[index]!];
  }
  return (random) => order[Math.floor(order.length * random.next() ** skew)]!;
}

// ---------------------------------------------------------------------------------------------
// Shapes

const DAY = 86_400_000;
const HISTORY_DAYS = 730;
/** Cumulative row count grows like t^GROWTH: a business that writes more each month. */
const GROWTH = 1.3;

class Timeline {
  readonly start: number;
  readonly span: number;
  constructor(readonly anchor: number) {
    this.start = anchor - HISTORY_DAYS * DAY;
    this.span = HISTORY_DAYS * DAY;
  }
  /** Time at which the fraction f in [0, 1) of a table's rows exists. */
  at(f: number): number {
    return this.start + this.span * f ** (1 / GROWTH);
  }
  /** Inverse of at(): the fraction of rows created by time t. */
  fraction(t: number): number {
    return Math.min(1, Math.max(0, (t - this.start) / this.span)) ** GROWTH;
  }
}

const BASE_COUNTS = { companies: 20_000, contacts: 100_000, leads: 50_000, deals: 50_000, activities: 1_000_000 };
const MINIMUM_COUNTS = { companies: 3, contacts: 10, leads: 5, deals: 5, activities: 20 };
const SMALL_FACTOR = 0.01;

interface OrgSpec {
  key: string;
  name: string;
  size: 'large' | 'small';
  roles: Record<Role, number>;
  counts: typeof BASE_COUNTS;
}

function orgSpecs(scale: number): OrgSpec[] {
  const counts = (factor: number) =>
    Object.fromEntries(
      Object.entries(BASE_COUNTS).map(([table, base]) => [
        table,
        Math.max(MINIMUM_COUNTS[table as keyof typeof BASE_COUNTS], Math.round(base * scale * factor)),
      ]),
    ) as typeof BASE_COUNTS;
  return [
    {
      key: 'large',
      name: 'Globex Industrial Group',
      size: 'large',
      roles: { OWNER: 1, ADMIN: 2, MEMBER: 8, VIEWER: 3 },
      counts: counts(1),
    },
    {
      key: 'small1',
      name: 'Bluebird Bakery Supplies',
      size: 'small',
      roles: { OWNER: 1, ADMIN: 1, MEMBER: 2, VIEWER: 1 },
      counts: counts(SMALL_FACTOR),
    },
    {
      key: 'small2',
      name: 'Harborview Dental Partners',
      size: 'small',
      roles: { OWNER: 1, ADMIN: 1, MEMBER: 2, VIEWER: 1 },
      counts: counts(SMALL_FACTOR),
    },
  ];
}

const slug = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ø/g, 'o')
    .replace(/ł/gi, 'l')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');

const pickFirstName = popular(words.FIRST_NAMES, 1.6);
const pickLastName = popular(words.LAST_NAMES, 1.6);
const pickIndustry = popular(words.INDUSTRIES, 1.5);
const pickTitle = popular(words.TITLES, 1.3);
const pickCurrency = weighted(words.CURRENCIES);
const pickLeadSource = weighted([
  ['WEBSITE', 30],
  ['REFERRAL', 15],
  ['EVENT', 10],
  ['COLD_OUTREACH', 15],
  ['ADVERTISING', 12],
  ['SOCIAL', 8],
  ['PARTNER', 6],
  ['OTHER', 4],
] as const);
const pickOpenStage = weighted([
  [0, 35],
  [1, 28],
  [2, 20],
  [3, 17],
] as const);
const ACTIVITY_TYPES = {
  deal: weighted([
    ['CALL', 25],
    ['EMAIL', 35],
    ['MEETING', 12],
    ['NOTE', 13],
    ['TASK', 15],
  ] as const),
  contact: weighted([
    ['CALL', 25],
    ['EMAIL', 40],
    ['MEETING', 8],
    ['NOTE', 15],
    ['TASK', 12],
  ] as const),
  lead: weighted([
    ['CALL', 40],
    ['EMAIL', 45],
    ['TASK', 15],
  ] as const),
};
const BODY_CHANCE = { CALL: 0.3, EMAIL: 0.5, MEETING: 0.4, NOTE: 1, TASK: 0.2 } as const;

// COPY text format: \N is NULL; backslash, tab, newline and carriage return must be escaped.
const NULL = '\\N';
const SPECIAL = /[\\\t\n\r]/;
const text = (value: string | null | undefined) =>
  value == null
    ? NULL
    : SPECIAL.test(value)
      ? value.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r')
      : value;
const ts = (ms: number) => new Date(ms).toISOString();
const tsOrNull = (ms: number) => (ms > 0 ? new Date(ms).toISOString() : NULL);
const json = (value: object) => text(JSON.stringify(value));
const EMPTY_JSON = '{}';

// ---------------------------------------------------------------------------------------------
// Generation state per organization

interface Member extends DatasetMember {
  weight: number;
}

class OrgData {
  readonly id: string;
  readonly pipelineId: string;
  readonly stageIds: string[];
  readonly createdAt: number;
  members: Member[] = [];
  sellers: number[] = [];
  pickSeller!: (random: Random) => number;

  companyIds: string[] = [];
  companyNames: string[] = [];
  companyDomains: string[] = [];
  companyDeleted!: Uint8Array;
  companyContacts!: Uint32Array;
  companyDeals!: Uint32Array;

  contactIds: string[] = [];
  contactLastNames: string[] = [];
  contactCompany!: Int32Array;
  contactOwner!: Int16Array;
  contactCreated!: Float64Array;
  contactDeleted!: Uint8Array;
  contactDeals!: Uint32Array;
  contactActivities!: Uint32Array;

  leadIds: string[] = [];
  leadCreated!: Float64Array;
  leadEnd!: Float64Array;
  leadAssignee!: Int16Array;
  leadDeleted!: Uint8Array;
  leadConvertedContact!: Int32Array;
  /** Converted leads in conversion order: each becomes a deal. */
  convertedLeads: number[] = [];

  dealIds: string[] = [];
  dealContact!: Int32Array;
  dealCompany!: Int32Array;
  dealOwner!: Int16Array;
  dealCreated!: Float64Array;
  dealEnd!: Float64Array;
  dealDeleted!: Uint8Array;
  dealActivities!: Uint32Array;

  deleted = { companies: 0, contacts: 0, leads: 0, deals: 0, activities: 0 };

  constructor(
    readonly spec: OrgSpec,
    readonly seed: number,
    readonly timeline: Timeline,
  ) {
    const ids = this.random('org:id');
    this.id = ids.uuid();
    this.pipelineId = ids.uuid();
    this.stageIds = DEFAULT_STAGES.map(() => ids.uuid());
    this.createdAt = timeline.start - 30 * DAY;
    const random = this.random('members');
    const memberIds = this.random('members:id');
    for (const role of ['OWNER', 'ADMIN', 'MEMBER', 'VIEWER'] as const) {
      for (let n = 1; n <= spec.roles[role]; n += 1) {
        const first = random.pick(words.FIRST_NAMES);
        const last = random.pick(words.LAST_NAMES);
        const lower = role.toLowerCase();
        this.members.push({
          role,
          subject: `bench|${spec.key}|${lower}|${n}`,
          email: `${lower}${n}@${spec.key}.bench.clientflow.dev`,
          name: `${first} ${last}`,
          userId: memberIds.uuid(),
          weight: role === 'VIEWER' ? 0 : role === 'OWNER' ? 1 : role === 'ADMIN' ? 2 : random.int(3, 8),
        });
      }
    }
    this.sellers = this.members.flatMap((member, index) => (member.weight > 0 ? [index] : []));
    this.pickSeller = weighted(this.sellers.map((index) => [index, this.members[index]!.weight] as const));
  }

  random(label: string): Random {
    return new Random(this.seed, `${this.spec.key}:${label}`);
  }

  get counts() {
    return this.spec.counts;
  }

  userId(memberIndex: number): string | null {
    return memberIndex < 0 ? null : this.members[memberIndex]!.userId;
  }

  /** A row's index among `count` rows created by time t (never 0 rows: at least the first). */
  createdBy(t: number, count: number): number {
    return Math.max(1, Math.min(count, Math.ceil(count * this.timeline.fraction(t))));
  }
}

interface TimedRow {
  t: number;
  line: string;
}

/** Merges the organizations' time-ordered row streams into one time-ordered stream. */
function* mergeByTime(streams: Iterator<TimedRow>[]): Generator<string> {
  const heads = streams.map((stream) => stream.next());
  for (;;) {
    let best = -1;
    for (let index = 0; index < heads.length; index += 1) {
      const head = heads[index]!;
      if (!head.done && (best < 0 || head.value.t < (heads[best]!.value as TimedRow).t)) best = index;
    }
    if (best < 0) return;
    yield (heads[best]!.value as TimedRow).line;
    heads[best] = streams[best]!.next();
  }
}

/** Soft deletion: the row's updated_at becomes its deleted_at. */
function maybeDeleted(random: Random, probability: number, updated: number, anchor: number): number {
  return random.chance(probability) ? updated + (anchor - updated) * random.next() : 0;
}

function* companyRows(org: OrgData): Generator<TimedRow> {
  const { companies: count } = org.counts;
  const random = org.random('companies');
  const ids = org.random('companies:id');
  const anchor = org.timeline.anchor;
  const domains = new Map<string, number>();
  org.companyDeleted = new Uint8Array(count);
  org.companyContacts = new Uint32Array(count);
  org.companyDeals = new Uint32Array(count);
  for (let index = 0; index < count; index += 1) {
    const created = org.timeline.at((index + random.next()) / count);
    const id = ids.uuid();
    const first = random.pick(words.COMPANY_WORDS_A);
    const second = random.pick(words.COMPANY_WORDS_B);
    const suffix = random.pick(words.COMPANY_SUFFIXES);
    const name = suffix ? `${first} ${second} ${suffix}` : `${first} ${second}`;
    const base = `${slug(first)}-${slug(second)}`;
    const seen = domains.get(base) ?? 0;
    domains.set(base, seen + 1);
    const domain = seen === 0 ? `${base}.example` : `${base}${seen + 1}.example`;
    const industry = random.chance(0.85) ? pickIndustry(random) : null;
    const website = random.chance(0.75) ? `https://www.${domain}` : null;
    const phone = random.chance(0.6) ? `+1-${random.int(200, 989)}-555-${String(random.int(0, 9999)).padStart(4, '0')}` : null;
    const address = random.chance(0.5) ? `${random.int(1, 999)} ${random.pick(words.STREETS)}, ${random.pick(words.CITIES)}` : null;
    const customFields = random.chance(0.4)
      ? json({ tier: random.pick(['enterprise', 'mid-market', 'smb'] as const), employees: Math.round(random.exponential(400)) + 5 })
      : EMPTY_JSON;
    let updated = created + (anchor - created) * random.next() ** 3;
    const deleted = maybeDeleted(random, 0.015, updated, anchor);
    if (deleted) {
      updated = deleted;
      org.companyDeleted[index] = 1;
      org.deleted.companies += 1;
    }
    org.companyIds.push(id);
    org.companyNames.push(name);
    org.companyDomains.push(domain);
    yield {
      t: created,
      line: `${id}\t${org.id}\t${text(name)}\t${domain}\t${text(industry)}\t${text(website)}\t${text(phone)}\t${text(address)}\t${customFields}\t${ts(created)}\t${ts(updated)}\t${tsOrNull(deleted)}\n`,
    };
  }
}
const COMPANY_COLUMNS = [
  'id',
  'org_id',
  'name',
  'domain',
  'industry',
  'website',
  'phone',
  'address',
  'custom_fields',
  'created_at',
  'updated_at',
  'deleted_at',
];

function* contactRows(org: OrgData): Generator<TimedRow> {
  const { contacts: count, companies } = org.counts;
  const random = org.random('contacts');
  const ids = org.random('contacts:id');
  const anchor = org.timeline.anchor;
  const emails = new Set<string>();
  org.contactCompany = new Int32Array(count);
  org.contactOwner = new Int16Array(count);
  org.contactCreated = new Float64Array(count);
  org.contactDeleted = new Uint8Array(count);
  org.contactDeals = new Uint32Array(count);
  org.contactActivities = new Uint32Array(count);
  for (let index = 0; index < count; index += 1) {
    const created = org.timeline.at((index + random.next()) / count);
    const id = ids.uuid();
    // ~85% work at a company that already existed; older companies have gathered more people.
    const company = random.chance(0.85) ? Math.floor(org.createdBy(created, companies) * random.next() ** 1.4) : -1;
    const owner = random.chance(0.9) ? org.pickSeller(random) : -1;
    const firstName = pickFirstName(random);
    const lastName = pickLastName(random);
    let email: string | null = null;
    if (random.chance(0.95)) {
      const domain = company >= 0 ? org.companyDomains[company]! : random.pick(words.FREE_MAIL_DOMAINS);
      const local = random.chance(0.8) ? `${slug(firstName)}.${slug(lastName)}` : `${slug(firstName).charAt(0)}${slug(lastName)}`;
      email = `${local}@${domain}`;
      for (let n = 2; emails.has(email); n += 1) email = `${local}${n}@${domain}`;
      emails.add(email);
    }
    const phone = random.chance(0.65) ? `+1-${random.int(200, 989)}-555-${String(random.int(0, 9999)).padStart(4, '0')}` : null;
    const title = random.chance(0.8) ? pickTitle(random) : null;
    const tags: string[] = [];
    for (const [tag, probability] of words.TAGS) if (random.chance(probability)) tags.push(tag);
    const socialLinks = random.chance(0.4)
      ? json({ linkedin: `https://www.linkedin.com/in/${slug(firstName)}-${slug(lastName)}-${hex16(random.u32())}` })
      : EMPTY_JSON;
    const customFields = random.chance(0.25)
      ? json({ lifecycle: random.pick(['customer', 'prospect', 'evangelist', 'former-customer'] as const), nps: random.int(0, 10) })
      : EMPTY_JSON;
    let updated = created + (anchor - created) * random.next() ** 3;
    const deleted = maybeDeleted(random, 0.02, updated, anchor);
    if (deleted) {
      updated = deleted;
      org.contactDeleted[index] = 1;
      org.deleted.contacts += 1;
    }
    org.contactIds.push(id);
    org.contactLastNames.push(lastName);
    org.contactCompany[index] = company;
    org.contactOwner[index] = owner;
    org.contactCreated[index] = created;
    if (company >= 0) org.companyContacts[company]! += 1;
    yield {
      t: created,
      line: `${id}\t${org.id}\t${company >= 0 ? org.companyIds[company] : NULL}\t${org.userId(owner) ?? NULL}\t${text(firstName)}\t${text(lastName)}\t${text(email)}\t${text(phone)}\t${text(title)}\t{${tags.join(',')}}\t${socialLinks}\t${customFields}\t${ts(created)}\t${ts(updated)}\t${tsOrNull(deleted)}\n`,
    };
  }
}
const CONTACT_COLUMNS = [
  'id',
  'org_id',
  'company_id',
  'owner_id',
  'first_name',
  'last_name',
  'email',
  'phone',
  'title',
  'tags',
  'social_links',
  'custom_fields',
  'created_at',
  'updated_at',
  'deleted_at',
];

const LEAD_STATUS_BY_AGE = {
  fresh: weighted([
    ['NEW', 60],
    ['CONTACTED', 35],
    ['QUALIFIED', 5],
  ] as const),
  recent: weighted([
    ['NEW', 20],
    ['CONTACTED', 40],
    ['QUALIFIED', 20],
    ['UNQUALIFIED', 15],
    ['CONVERTED', 5],
  ] as const),
  old: weighted([
    ['NEW', 5],
    ['CONTACTED', 15],
    ['QUALIFIED', 15],
    ['UNQUALIFIED', 42],
    ['CONVERTED', 23],
  ] as const),
};
const LEAD_SCORES = { NEW: [0, 60], CONTACTED: [10, 70], QUALIFIED: [50, 95], UNQUALIFIED: [0, 40], CONVERTED: [60, 100] } as const;

function* leadRows(org: OrgData): Generator<TimedRow> {
  const { leads: count, contacts } = org.counts;
  const random = org.random('leads');
  const ids = org.random('leads:id');
  const anchor = org.timeline.anchor;
  org.leadCreated = new Float64Array(count);
  org.leadEnd = new Float64Array(count);
  org.leadAssignee = new Int16Array(count);
  org.leadDeleted = new Uint8Array(count);
  org.leadConvertedContact = new Int32Array(count).fill(-1);
  for (let index = 0; index < count; index += 1) {
    const created = org.timeline.at((index + random.next()) / count);
    const id = ids.uuid();
    const ageDays = (anchor - created) / DAY;
    const status = (ageDays < 14 ? LEAD_STATUS_BY_AGE.fresh : ageDays < 60 ? LEAD_STATUS_BY_AGE.recent : LEAD_STATUS_BY_AGE.old)(random);
    const [low, high] = LEAD_SCORES[status];
    const score = random.int(low, high);
    const noisy = score + random.int(-15, 15);
    const rating = noisy > 70 ? 'HOT' : noisy > 35 ? 'WARM' : 'COLD';
    const firstName = random.chance(0.9) ? pickFirstName(random) : null;
    const lastName = pickLastName(random);
    const companyName = random.chance(0.8) ? `${random.pick(words.COMPANY_WORDS_A)} ${random.pick(words.LEAD_COMPANY_HINTS)}` : null;
    const email = random.chance(0.85)
      ? `${firstName ? `${slug(firstName)}.` : ''}${slug(lastName)}@${companyName ? `${slug(companyName)}.example` : random.pick(words.FREE_MAIL_DOMAINS)}`
      : null;
    const phone = random.chance(0.5) ? `+1-${random.int(200, 989)}-555-${String(random.int(0, 9999)).padStart(4, '0')}` : null;
    const title = random.chance(0.6) ? pickTitle(random) : null;
    const source = pickLeadSource(random);
    const assignee = random.chance(0.85) ? org.pickSeller(random) : -1;
    let convertedAt = 0;
    let convertedContact = -1;
    if (status === 'CONVERTED') {
      convertedAt = Math.min(anchor - 60_000, created + Math.min(ageDays * 0.9, 3 + random.exponential(20)) * DAY);
      // The contact the conversion created: one of those created around that time.
      convertedContact = Math.max(0, org.createdBy(convertedAt, contacts) - 1 - random.int(0, 2));
      org.convertedLeads.push(index);
    }
    const customFields = random.chance(0.15) ? json({ campaign: `campaign-${random.int(1, 40)}` }) : EMPTY_JSON;
    let updated = convertedAt || created + (anchor - created) * random.next() ** 2;
    const deleted = maybeDeleted(random, 0.02, updated, anchor);
    if (deleted) {
      updated = deleted;
      org.leadDeleted[index] = 1;
      org.deleted.leads += 1;
    }
    org.leadIds.push(id);
    org.leadCreated[index] = created;
    org.leadEnd[index] = convertedAt || anchor;
    org.leadAssignee[index] = assignee;
    org.leadConvertedContact[index] = convertedContact;
    yield {
      t: created,
      line: `${id}\t${org.id}\t${org.userId(assignee) ?? NULL}\t${text(firstName)}\t${text(lastName)}\t${text(email)}\t${text(phone)}\t${text(companyName)}\t${text(title)}\t${source}\t${status}\t${rating}\t${score}\t${tsOrNull(convertedAt)}\t${convertedContact >= 0 ? org.contactIds[convertedContact] : NULL}\t${customFields}\t${ts(created)}\t${ts(updated)}\t${tsOrNull(deleted)}\n`,
    };
  }
  org.convertedLeads.sort((a, b) => org.leadEnd[a]! - org.leadEnd[b]!);
}
const LEAD_COLUMNS = [
  'id',
  'org_id',
  'assignee_id',
  'first_name',
  'last_name',
  'email',
  'phone',
  'company_name',
  'title',
  'source',
  'status',
  'rating',
  'score',
  'converted_at',
  'converted_contact_id',
  'custom_fields',
  'created_at',
  'updated_at',
  'deleted_at',
];

function* dealRows(org: OrgData): Generator<TimedRow> {
  const { deals: count, contacts, companies } = org.counts;
  const random = org.random('deals');
  const ids = org.random('deals:id');
  const anchor = org.timeline.anchor;
  org.dealContact = new Int32Array(count);
  org.dealCompany = new Int32Array(count);
  org.dealOwner = new Int16Array(count);
  org.dealCreated = new Float64Array(count);
  org.dealEnd = new Float64Array(count);
  org.dealDeleted = new Uint8Array(count);
  let nextConverted = 0;
  for (let index = 0; index < count; index += 1) {
    const created = org.timeline.at((index + random.next()) / count);
    const id = ids.uuid();
    let lead = -1;
    let contact = -1;
    let company: number;
    const converted = org.convertedLeads[nextConverted];
    if (converted !== undefined && org.leadEnd[converted]! <= created) {
      // A converted lead becomes the next deal, with the contact the conversion created.
      lead = converted;
      nextConverted += 1;
      contact = org.leadConvertedContact[lead]!;
    } else if (random.chance(0.96)) {
      // Half the deals go to recently added contacts, half to anyone already in the CRM.
      const existing = org.createdBy(created, contacts);
      const position = random.chance(0.5) ? 1 - random.next() ** 4 : random.next();
      contact = Math.min(existing - 1, Math.floor(existing * position));
    }
    if (contact >= 0) company = org.contactCompany[contact]!;
    else company = Math.floor(org.createdBy(created, companies) * random.next() ** 1.4);
    const contactOwner = contact >= 0 ? org.contactOwner[contact]! : -1;
    const owner = contactOwner >= 0 && random.chance(0.75) ? contactOwner : random.chance(0.97) ? org.pickSeller(random) : -1;

    // Older deals are more likely closed; a closed deal sits in Won or Lost, an open one in 0-3.
    const ageDays = (anchor - created) / DAY;
    let stage: number;
    let closedAt = 0;
    if (random.chance(0.9 * (1 - Math.exp(-ageDays / 120)))) {
      stage = random.chance(0.35) ? 4 : 5;
      closedAt = created + Math.min(ageDays * 0.98, 5 + random.exponential(55)) * DAY;
    } else {
      stage = pickOpenStage(random);
    }
    const stageSpec = DEFAULT_STAGES[stage]!;
    const probability = random.chance(0.2) ? String(Math.min(100, Math.max(0, stageSpec.probability + random.int(-10, 15)))) : NULL;
    const value = random.chance(0.02)
      ? 0
      : Math.min(50_000_000, Math.max(50, Math.round(Math.exp(Math.log(12_000) + 1.1 * random.normal()) / 50) * 50));
    const currency = pickCurrency(random);
    const expected = random.chance(0.95)
      ? ts(closedAt ? closedAt - random.int(0, 14) * DAY : created + random.int(14, 180) * DAY).slice(0, 10)
      : NULL;
    const label = company >= 0 ? org.companyNames[company]! : org.contactLastNames[contact]!;
    const name = `${random.pick(words.DEAL_PRODUCTS)} — ${label}`;
    const customFields = random.chance(0.2)
      ? json({
          source: random.pick(['inbound', 'outbound', 'partner'] as const),
          forecast: random.pick(['commit', 'best-case', 'pipeline'] as const),
        })
      : EMPTY_JSON;
    let updated = closedAt || created + (anchor - created) * random.next() ** 2;
    const deleted = maybeDeleted(random, 0.015, updated, anchor);
    if (deleted) {
      updated = deleted;
      org.dealDeleted[index] = 1;
      org.deleted.deals += 1;
    }
    org.dealIds.push(id);
    org.dealContact[index] = contact;
    org.dealCompany[index] = company;
    org.dealOwner[index] = owner;
    org.dealCreated[index] = created;
    org.dealEnd[index] = closedAt || anchor;
    if (contact >= 0) org.contactDeals[contact]! += 1;
    if (company >= 0) org.companyDeals[company]! += 1;
    yield {
      t: created,
      line: `${id}\t${org.id}\t${org.pipelineId}\t${org.stageIds[stage]}\t${contact >= 0 ? org.contactIds[contact] : NULL}\t${company >= 0 ? org.companyIds[company] : NULL}\t${lead >= 0 ? org.leadIds[lead] : NULL}\t${org.userId(owner) ?? NULL}\t${text(name)}\t${value.toFixed(2)}\t${currency}\t${probability}\t${expected}\t${stageSpec.kind}\t${tsOrNull(closedAt)}\t${customFields}\t${ts(created)}\t${ts(updated)}\t${tsOrNull(deleted)}\n`,
    };
  }
}
const DEAL_COLUMNS = [
  'id',
  'org_id',
  'pipeline_id',
  'stage_id',
  'contact_id',
  'company_id',
  'lead_id',
  'owner_id',
  'name',
  'value',
  'currency',
  'probability',
  'expected_close_date',
  'status',
  'closed_at',
  'custom_fields',
  'created_at',
  'updated_at',
  'deleted_at',
];

/**
 * Where and when each activity happens, decided up front so the rows can be written in time
 * order: 70% on deals (within the deal's life, more on long-lived deals), 3% on leads, the rest
 * on contacts. Each activity is one float key (second, kind, target index), sorted natively.
 */
interface ActivityPlan {
  keys: Float64Array;
  base: number;
  refMultiplier: number;
}
const ACTIVITY_KINDS = ['deal', 'contact', 'lead'] as const;

function planActivities(org: OrgData): ActivityPlan {
  const { activities: total, deals, contacts, leads } = org.counts;
  const random = org.random('activities:plan');
  const anchor = org.timeline.anchor;
  const forDeals = Math.round(total * 0.7);
  const forLeads = Math.round(total * 0.03);
  const forContacts = total - forDeals - forLeads;

  const weights = new Float64Array(deals);
  let sum = 0;
  for (let deal = 0; deal < deals; deal += 1) {
    const lifeDays = (org.dealEnd[deal]! - org.dealCreated[deal]!) / DAY;
    sum += weights[deal] = Math.sqrt(1 + lifeDays) * Math.exp(0.6 * random.normal());
  }
  const perDeal = new Uint32Array(deals);
  let assigned = 0;
  for (let deal = 0; deal < deals; deal += 1) assigned += perDeal[deal] = Math.floor((forDeals * weights[deal]!) / sum);
  for (; assigned < forDeals; assigned += 1) perDeal[random.int(0, deals - 1)]! += 1;
  org.dealActivities = perDeal;

  const base = org.timeline.start - DAY;
  const refMultiplier = 2 ** Math.ceil(Math.log2(Math.max(deals, contacts, leads) + 1));
  const maxSecond = Math.ceil((anchor - base) / 1000) + 1;
  if ((maxSecond * 4 + 4) * refMultiplier > Number.MAX_SAFE_INTEGER)
    throw new Error('activity plan keys would lose precision at this scale');
  const key = (t: number, kind: number, ref: number) => (Math.floor((t - base) / 1000) * 4 + kind) * refMultiplier + ref;

  const keys = new Float64Array(total);
  let next = 0;
  for (let deal = 0; deal < deals; deal += 1) {
    const start = org.dealCreated[deal]!;
    const life = org.dealEnd[deal]! - start;
    const count = perDeal[deal]!;
    for (let n = 0; n < count; n += 1) keys[next++] = key(start + life * random.next(), 0, deal);
    const contact = org.dealContact[deal]!;
    if (contact >= 0) org.contactActivities[contact]! += count;
  }
  for (let n = 0; n < forContacts; n += 1) {
    // Mostly people already in a deal; the rest anyone.
    let contact = -1;
    if (random.chance(0.6)) contact = org.dealContact[random.int(0, deals - 1)]!;
    if (contact < 0) contact = random.int(0, contacts - 1);
    const start = org.contactCreated[contact]!;
    keys[next++] = key(start + (anchor - start) * random.next(), 1, contact);
    org.contactActivities[contact]! += 1;
  }
  for (let n = 0; n < forLeads; n += 1) {
    const lead = random.int(0, leads - 1);
    const start = org.leadCreated[lead]!;
    keys[next++] = key(start + (org.leadEnd[lead]! - start) * random.next(), 2, lead);
  }
  keys.sort();
  return { keys, base, refMultiplier };
}

function* activityRows(org: OrgData, plan: ActivityPlan): Generator<TimedRow> {
  const random = org.random('activities');
  const ids = org.random('activities:id');
  const anchor = org.timeline.anchor;
  const { keys, base, refMultiplier } = plan;
  for (let index = 0; index < keys.length; index += 1) {
    const packed = keys[index]!;
    const ref = packed % refMultiplier;
    const rest = (packed - ref) / refMultiplier;
    const kind = rest % 4;
    const occurred = Math.min(anchor, base + ((rest - kind) / 4) * 1000 + random.int(0, 999));
    const id = ids.uuid();
    let deal = -1;
    let contact = -1;
    let company = -1;
    let lead = -1;
    let preferredOwner: number;
    if (kind === 0) {
      deal = ref;
      contact = org.dealContact[deal]!;
      company = org.dealCompany[deal]!;
      preferredOwner = org.dealOwner[deal]!;
    } else if (kind === 1) {
      contact = ref;
      company = org.contactCompany[contact]!;
      preferredOwner = org.contactOwner[contact]!;
    } else {
      lead = ref;
      preferredOwner = org.leadAssignee[lead]!;
    }
    const type = ACTIVITY_TYPES[ACTIVITY_KINDS[kind]!](random);
    const owner = preferredOwner >= 0 && random.chance(0.8) ? preferredOwner : org.pickSeller(random);
    const subject = random.pick(words.ACTIVITY_SUBJECTS[type]);
    let body: string | null = null;
    if (random.chance(BODY_CHANCE[type])) {
      body = random.pick(words.BODY_SENTENCES);
      if (random.chance(0.5)) body += ` ${random.pick(words.BODY_SENTENCES)}`;
    }
    let dueAt = 0;
    let completedAt = 0;
    let created = occurred;
    if (type === 'TASK') {
      dueAt = occurred + random.int(1, 21) * DAY + random.int(0, 8) * 3_600_000;
      if (random.chance(dueAt <= anchor ? 0.85 : 0.2)) {
        completedAt = Math.min(anchor, occurred + (Math.min(dueAt, anchor) - occurred) * 1.2 * random.next());
      }
    } else {
      // Calls, e-mails and meetings are logged a little after they happen.
      created = Math.min(anchor, occurred + random.int(0, 3600) * 1000);
    }
    const customFields =
      (type === 'CALL' || type === 'MEETING') && random.chance(0.3) ? `{"duration_minutes": ${random.int(5, 90)}}` : EMPTY_JSON;
    let updated = completedAt || created;
    const deleted = maybeDeleted(random, 0.005, updated, anchor);
    if (deleted) {
      updated = deleted;
      org.deleted.activities += 1;
    }
    yield {
      t: occurred,
      line: `${id}\t${org.id}\t${type}\t${text(subject)}\t${text(body)}\t${ts(occurred)}\t${tsOrNull(dueAt)}\t${tsOrNull(completedAt)}\t${lead >= 0 ? org.leadIds[lead] : NULL}\t${contact >= 0 ? org.contactIds[contact] : NULL}\t${company >= 0 ? org.companyIds[company] : NULL}\t${deal >= 0 ? org.dealIds[deal] : NULL}\t${org.userId(owner) ?? NULL}\t${customFields}\t${ts(created)}\t${ts(updated)}\t${tsOrNull(deleted)}\n`,
    };
  }
}
const ACTIVITY_COLUMNS = [
  'id',
  'org_id',
  'type',
  'subject',
  'body',
  'occurred_at',
  'due_at',
  'completed_at',
  'lead_id',
  'contact_id',
  'company_id',
  'deal_id',
  'owner_id',
  'custom_fields',
  'created_at',
  'updated_at',
  'deleted_at',
];

// ---------------------------------------------------------------------------------------------
// Samples

/**
 * Up to `size` indices, taken tier by tier (a better tier first), each tier sampled with a
 * seeded partial shuffle. `tierOf` returns 0, 1, ... or -1 to exclude.
 */
function sampleTiers(random: Random, count: number, tierOf: (index: number) => number, size = 1000): number[] {
  const tiers: number[][] = [];
  for (let index = 0; index < count; index += 1) {
    const tier = tierOf(index);
    if (tier >= 0) (tiers[tier] ??= []).push(index);
  }
  const chosen: number[] = [];
  for (const tier of tiers) {
    if (!tier) continue;
    for (let index = 0; index < tier.length && chosen.length < size; index += 1) {
      const other = index + Math.floor(random.next() * (tier.length - index));
      [tier[index], tier[other]] = [tier[other]!, tier[index]!];
      chosen.push(tier[index]!);
    }
  }
  return chosen;
}

function chooseSamples(org: OrgData): DatasetManifest['samples'] {
  const random = org.random('samples');
  const live = (deleted: Uint8Array, index: number) => deleted[index] === 0;
  const deals = sampleTiers(random, org.counts.deals, (deal) => {
    if (!live(org.dealDeleted, deal)) return -1;
    const contact = org.dealContact[deal]!;
    const company = org.dealCompany[deal]!;
    const linked = contact >= 0 && live(org.contactDeleted, contact) && company >= 0 && live(org.companyDeleted, company);
    return org.dealActivities[deal]! > 0 && linked ? 0 : org.dealActivities[deal]! > 0 ? 1 : 2;
  });
  const contacts = sampleTiers(random, org.counts.contacts, (contact) => {
    if (!live(org.contactDeleted, contact)) return -1;
    const withDeals = org.contactDeals[contact]! > 0;
    const withActivities = org.contactActivities[contact]! > 0;
    return withDeals && withActivities ? 0 : withActivities ? 1 : 2;
  });
  const companies = sampleTiers(random, org.counts.companies, (company) => {
    if (!live(org.companyDeleted, company)) return -1;
    return org.companyContacts[company]! > 0 && org.companyDeals[company]! > 0 ? 0 : org.companyContacts[company]! > 0 ? 1 : 2;
  });
  const leads = sampleTiers(random, org.counts.leads, (lead) => (live(org.leadDeleted, lead) ? 0 : -1));
  return {
    dealIds: deals.map((index) => org.dealIds[index]!),
    contactIds: contacts.map((index) => org.contactIds[index]!),
    companyIds: companies.map((index) => org.companyIds[index]!),
    leadIds: leads.map((index) => org.leadIds[index]!),
  };
}

// ---------------------------------------------------------------------------------------------
// Loading

const seconds = (since: number) => (performance.now() - since) / 1000;
const formatCount = (value: number) => value.toLocaleString('en-US');

/** Streams `lines` into `table` with COPY FROM STDIN (text format), in ~256 KiB chunks. */
async function copyInto(
  client: pg.Client,
  table: string,
  columns: readonly string[],
  lines: Iterable<string>,
  progress?: { total: number; log: (line: string) => void },
  freeze = false,
): Promise<{ rows: number; seconds: number }> {
  const started = performance.now();
  let rows = 0;
  function* chunks(): Generator<string> {
    let buffer = '';
    let reportAt = progress ? Math.ceil(progress.total / 5) : Infinity;
    for (const line of lines) {
      buffer += line;
      rows += 1;
      if (buffer.length >= 262_144) {
        yield buffer;
        buffer = '';
      }
      if (rows >= reportAt && progress) {
        progress.log(`  ${table}: ${formatCount(rows)} / ${formatCount(progress.total)} rows, ${seconds(started).toFixed(1)} s`);
        reportAt += Math.ceil(progress.total / 5);
      }
    }
    if (buffer) yield buffer;
  }
  if (!freeze) {
    await pipeline(Readable.from(chunks()), client.query(pgCopyStreams.from(`COPY ${table} (${columns.join(', ')}) FROM STDIN`)));
    return { rows, seconds: seconds(started) };
  }
  // FREEZE writes the rows already frozen and all-visible (no hint-bit writes or freezing
  // later); it needs the table truncated in the same transaction, so no foreign key may point
  // at it: see dropBulkConstraints.
  await client.query(`BEGIN; TRUNCATE ${table}`);
  try {
    await pipeline(
      Readable.from(chunks()),
      client.query(pgCopyStreams.from(`COPY ${table} (${columns.join(', ')}) FROM STDIN WITH (FREEZE)`)),
    );
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  }
  return { rows, seconds: seconds(started) };
}

/**
 * The big tables load without their indexes and keys: maintaining 14 indexes and 5-7 foreign
 * keys row by row is ~5x slower than building the indexes and validating the keys (one join
 * each) afterwards. Everything is rebuilt from the catalog's own definitions, and
 * restoreBulkConstraints checks the schema ends up exactly as it was.
 */
interface BulkSchema {
  tables: string[];
  snapshot: string[];
  keys: { table: string; name: string; definition: string }[];
  indexes: { table: string; name: string; definition: string }[];
  foreignKeys: { table: string; name: string; definition: string }[];
}

async function schemaSnapshot(client: pg.Client, tables: string[]): Promise<string[]> {
  const { rows } = await client.query<{ line: string }>(
    `SELECT format('constraint %s %s %s %s', conrelid::regclass, conname, convalidated, pg_get_constraintdef(oid)) AS line
       FROM pg_constraint WHERE conrelid = ANY($1::regclass[]) AND contype <> 'n'
     UNION ALL
     SELECT format('index %s %s', indexrelid::regclass, pg_get_indexdef(indexrelid))
       FROM pg_index WHERE indrelid = ANY($1::regclass[])
     ORDER BY 1`,
    [tables],
  );
  return rows.map((row) => row.line);
}

async function dropBulkConstraints(client: pg.Client, tables: string[]): Promise<BulkSchema> {
  const snapshot = await schemaSnapshot(client, tables);
  const constraints = await client.query<{ table: string; name: string; type: string; definition: string }>(
    `SELECT format('%I', c.relname) AS table, k.conname AS name, k.contype AS type, pg_get_constraintdef(k.oid) AS definition
       FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid
      WHERE (k.conrelid = ANY($1::regclass[]) AND k.contype IN ('f', 'p', 'u', 'x'))
         -- Other tables' foreign keys into the bulk tables (attachments -> companies, ...) hold
         -- on to the keys being dropped: they are dropped and restored with them.
         OR (k.confrelid = ANY($1::regclass[]) AND k.contype = 'f')
      ORDER BY array_position($1::text[], c.relname::text), c.relname, k.conname`,
    [tables],
  );
  const indexes = await client.query<{ table: string; name: string; definition: string }>(
    `SELECT format('%I', c.relname) AS table, i.relname AS name, pg_get_indexdef(x.indexrelid) AS definition
       FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class c ON c.oid = x.indrelid
      WHERE x.indrelid = ANY($1::regclass[])
        AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = x.indexrelid AND k.contype IN ('p', 'u', 'x'))
      ORDER BY array_position($1::text[], c.relname::text), i.relname`,
    [tables],
  );
  const schema: BulkSchema = {
    tables,
    snapshot,
    keys: constraints.rows.filter((row) => row.type !== 'f'),
    indexes: indexes.rows,
    foreignKeys: constraints.rows.filter((row) => row.type === 'f'),
  };
  await client.query('BEGIN');
  for (const key of schema.foreignKeys) await client.query(`ALTER TABLE ${key.table} DROP CONSTRAINT ${client.escapeIdentifier(key.name)}`);
  for (const key of schema.keys) await client.query(`ALTER TABLE ${key.table} DROP CONSTRAINT ${client.escapeIdentifier(key.name)}`);
  for (const index of schema.indexes) await client.query(`DROP INDEX ${client.escapeIdentifier(index.name)}`);
  await client.query('COMMIT');
  return schema;
}

async function restoreBulkConstraints(client: pg.Client, schema: BulkSchema, timings: Record<string, number>, log: (line: string) => void) {
  for (const table of schema.tables) {
    const started = performance.now();
    for (const key of schema.keys.filter((each) => each.table === table)) {
      await client.query(`ALTER TABLE ${key.table} ADD CONSTRAINT ${client.escapeIdentifier(key.name)} ${key.definition}`);
    }
    const indexes = schema.indexes.filter((each) => each.table === table);
    for (const index of indexes) await client.query(index.definition);
    timings[`${table} (indexes)`] = seconds(started);
    log(`  ${table}: ${indexes.length + 1} indexes built in ${timings[`${table} (indexes)`]!.toFixed(1)} s`);
  }
  for (const table of schema.tables) {
    const started = performance.now();
    const keys = schema.foreignKeys.filter((each) => each.table === table);
    for (const key of keys)
      await client.query(`ALTER TABLE ${key.table} ADD CONSTRAINT ${client.escapeIdentifier(key.name)} ${key.definition}`);
    timings[`${table} (foreign keys)`] = seconds(started);
    log(`  ${table}: ${keys.length} foreign keys validated in ${timings[`${table} (foreign keys)`]!.toFixed(1)} s`);
  }
  const others = schema.foreignKeys.filter((each) => !schema.tables.includes(each.table));
  for (const key of others)
    await client.query(`ALTER TABLE ${key.table} ADD CONSTRAINT ${client.escapeIdentifier(key.name)} ${key.definition}`);
  if (others.length > 0) log(`  ${others.length} foreign keys of other tables into them restored`);
  const after = await schemaSnapshot(client, schema.tables);
  if (JSON.stringify(after) !== JSON.stringify(schema.snapshot)) {
    const missing = schema.snapshot.filter((line) => !after.includes(line));
    const extra = after.filter((line) => !schema.snapshot.includes(line));
    throw new Error(`the schema differs after the bulk load: missing ${JSON.stringify(missing)}, extra ${JSON.stringify(extra)}`);
  }
}

function migrationsFingerprint(): string {
  const hash = createHash('sha256');
  for (const migration of readMigrations()) hash.update(`${migration.name}:${migration.checksum}\n`);
  return hash.digest('hex').slice(0, 16);
}

interface Marker {
  version: number;
  seed: number;
  scale: number;
  anchor: string;
  migrations: string;
  orgIds: string[];
  activities: number;
}

const BULK_TABLES = ['companies', 'contacts', 'leads', 'deals', 'activities'];
const TABLES = [
  'organizations',
  'users',
  'memberships',
  'pipelines',
  'pipeline_stages',
  'companies',
  'contacts',
  'leads',
  'deals',
  'activities',
];

async function tableStats(client: pg.Client): Promise<Record<string, TableStats>> {
  const { rows } = await client.query<{ relname: string; rows: string; total: string; heap: string; indexes: string }>(
    `SELECT c.relname, c.reltuples::bigint AS rows, pg_total_relation_size(c.oid) AS total,
            pg_relation_size(c.oid) AS heap, pg_indexes_size(c.oid) AS indexes
       FROM pg_class c
      WHERE c.relnamespace = 'public'::regnamespace AND c.relkind = 'r' AND c.relname = ANY($1)
      ORDER BY pg_total_relation_size(c.oid) DESC`,
    [TABLES],
  );
  return Object.fromEntries(
    rows.map((row) => [
      row.relname,
      { rows: Number(row.rows), totalBytes: Number(row.total), tableBytes: Number(row.heap), indexBytes: Number(row.indexes) },
    ]),
  );
}

const megabytes = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MB`;

/**
 * Creates `database` afresh (migrated), loads the seeded dataset at `scale`, runs VACUUM
 * ANALYZE, stamps the database and returns (and optionally writes) the manifest.
 */
export async function loadDataset(options: LoadDatasetOptions): Promise<DatasetManifest> {
  const seed = options.seed ?? DEFAULT_SEED;
  const anchorIso = new Date(options.anchor ?? DEFAULT_ANCHOR).toISOString();
  const log = options.log ?? (() => {});
  if (!(options.scale > 0)) throw new Error(`scale must be positive, got ${options.scale}`);
  const started = performance.now();
  const timings: Record<string, number> = {};

  log(`dataset: creating database ${options.database} (scale ${options.scale}, seed ${seed})`);
  let since = performance.now();
  const { ownerUrl, appUrl } = await prepareLocalDatabase(options.adminUrl, options.database, { recreate: true });
  timings.migrate = seconds(since);

  const timeline = new Timeline(Date.parse(anchorIso));
  const orgs = orgSpecs(options.scale).map((spec) => new OrgData(spec, seed, timeline));
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    // The owner is a superuser: row-level security does not apply, constraints do.
    await client.query(`SET synchronous_commit = off; SET maintenance_work_mem = '512MB'; SET client_min_messages = warning`);
    const load = async (table: string, columns: readonly string[], lines: Iterable<string>, total: number) => {
      const freeze = BULK_TABLES.includes(table);
      const result = await copyInto(client, table, columns, lines, total >= 100_000 ? { total, log } : undefined, freeze);
      timings[table] = result.seconds;
      log(
        `  ${table}: ${formatCount(result.rows)} rows in ${result.seconds.toFixed(1)} s (${formatCount(Math.round(result.rows / Math.max(result.seconds, 0.001)))} rows/s)`,
      );
    };
    const sum = (pick: (org: OrgData) => number) => orgs.reduce((total, org) => total + pick(org), 0);

    await load(
      'organizations',
      ['id', 'name', 'created_at', 'updated_at'],
      orgs.map((org) => `${org.id}\t${text(org.spec.name)}\t${ts(org.createdAt)}\t${ts(org.createdAt)}\n`),
      orgs.length,
    );
    await load(
      'users',
      ['id', 'auth_subject', 'email', 'name', 'created_at', 'updated_at'],
      orgs.flatMap((org) =>
        org.members.map(
          (member) =>
            `${member.userId}\t${member.subject}\t${member.email}\t${text(member.name)}\t${ts(org.createdAt)}\t${ts(org.createdAt)}\n`,
        ),
      ),
      0,
    );
    const membershipIds = new Random(seed, 'memberships:id');
    await load(
      'memberships',
      ['id', 'org_id', 'user_id', 'role', 'created_at', 'updated_at'],
      orgs.flatMap((org) =>
        org.members.map(
          (member) => `${membershipIds.uuid()}\t${org.id}\t${member.userId}\t${member.role}\t${ts(org.createdAt)}\t${ts(org.createdAt)}\n`,
        ),
      ),
      0,
    );
    await load(
      'pipelines',
      ['id', 'org_id', 'name', 'is_default', 'created_at', 'updated_at'],
      orgs.map((org) => `${org.pipelineId}\t${org.id}\tSales\ttrue\t${ts(org.createdAt)}\t${ts(org.createdAt)}\n`),
      0,
    );
    await load(
      'pipeline_stages',
      ['id', 'org_id', 'pipeline_id', 'name', 'position', 'probability', 'kind', 'created_at', 'updated_at'],
      orgs.flatMap((org) =>
        DEFAULT_STAGES.map(
          (stage, position) =>
            `${org.stageIds[position]}\t${org.id}\t${org.pipelineId}\t${stage.name}\t${position}\t${stage.probability}\t${stage.kind}\t${ts(org.createdAt)}\t${ts(org.createdAt)}\n`,
        ),
      ),
      0,
    );

    const bulkSchema = await dropBulkConstraints(client, BULK_TABLES);
    log(
      `  dropped ${bulkSchema.indexes.length + bulkSchema.keys.length} indexes and ${bulkSchema.foreignKeys.length} foreign keys of ${BULK_TABLES.join(', ')} for the load`,
    );
    // The audit-log and notification triggers (sql/055, sql/060) record what people do through
    // the API; a bulk import of two years of history is not that, and would add 1.2M audit rows.
    // Replica mode skips user triggers for the bulk tables (their keys are re-validated below).
    await client.query(`SET session_replication_role = replica`);
    await load(
      'companies',
      COMPANY_COLUMNS,
      mergeByTime(orgs.map(companyRows)),
      sum((org) => org.counts.companies),
    );
    await load(
      'contacts',
      CONTACT_COLUMNS,
      mergeByTime(orgs.map(contactRows)),
      sum((org) => org.counts.contacts),
    );
    await load(
      'leads',
      LEAD_COLUMNS,
      mergeByTime(orgs.map(leadRows)),
      sum((org) => org.counts.leads),
    );
    await load(
      'deals',
      DEAL_COLUMNS,
      mergeByTime(orgs.map(dealRows)),
      sum((org) => org.counts.deals),
    );
    since = performance.now();
    const plans = orgs.map(planActivities);
    timings['activities (plan)'] = seconds(since);
    log(`  activities: planned ${formatCount(sum((org) => org.counts.activities))} in ${timings['activities (plan)'].toFixed(1)} s`);
    await load(
      'activities',
      ACTIVITY_COLUMNS,
      mergeByTime(orgs.map((org, index) => activityRows(org, plans[index]!))),
      sum((org) => org.counts.activities),
    );

    await client.query(`SET session_replication_role = origin`);
    await restoreBulkConstraints(client, bulkSchema, timings, log);

    // The dashboard's counters are kept by triggers, which replica mode skipped: fill them from
    // the loaded rows (sql/70_dashboard_counters.sql).
    since = performance.now();
    await client.query('SELECT app.rebuild_dashboard_counters(id) FROM organizations ORDER BY id');
    timings['dashboard counters'] = seconds(since);

    since = performance.now();
    await client.query('VACUUM (ANALYZE)');
    timings['vacuum analyze'] = seconds(since);
    log(`  vacuum analyze: ${timings['vacuum analyze'].toFixed(1)} s`);

    const tables = await tableStats(client);
    for (const [table, stats] of Object.entries(tables)) {
      log(
        `  ${table.padEnd(16)} ${formatCount(stats.rows).padStart(10)} rows  heap ${megabytes(stats.tableBytes).padStart(10)}  indexes ${megabytes(stats.indexBytes).padStart(10)}  total ${megabytes(stats.totalBytes).padStart(10)}`,
      );
    }

    const large = orgs.find((org) => org.spec.size === 'large')!;
    const manifest: DatasetManifest = {
      version: DATASET_VERSION,
      database: options.database,
      ownerUrl,
      appUrl,
      scale: options.scale,
      seed,
      anchor: anchorIso,
      orgs: orgs.map((org) => {
        const owner = org.members.find((member) => member.role === 'OWNER')!;
        return {
          key: org.spec.key,
          id: org.id,
          name: org.spec.name,
          size: org.spec.size,
          owner: { subject: owner.subject, email: owner.email, name: owner.name, userId: owner.userId },
          members: org.members.map(({ role, subject, email, name, userId }) => ({ role, subject, email, name, userId })),
          pipelineId: org.pipelineId,
          stageIds: [...org.stageIds],
          counts: { members: org.members.length, ...org.counts },
          deleted: { ...org.deleted },
        };
      }),
      samples: chooseSamples(large),
      loadedAt: new Date().toISOString(),
      loadSeconds: 0,
      timings,
      tables,
    };
    const marker: Marker = {
      version: DATASET_VERSION,
      seed,
      scale: options.scale,
      anchor: anchorIso,
      migrations: migrationsFingerprint(),
      orgIds: orgs.map((org) => org.id),
      activities: sum((org) => org.counts.activities),
    };
    await client.query(
      `COMMENT ON DATABASE ${client.escapeIdentifier(options.database)} IS ${client.escapeLiteral(MARKER_PREFIX + JSON.stringify(marker))}`,
    );
    manifest.loadSeconds = Math.round(seconds(started) * 10) / 10;
    log(`dataset: loaded in ${manifest.loadSeconds.toFixed(1)} s`);
    if (options.manifestPath) await writeManifest(options.manifestPath, manifest);
    return manifest;
  } finally {
    await client.end();
  }
}

export async function writeManifest(path: string, manifest: DatasetManifest): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, `${JSON.stringify(manifest, null, 2)}\n`);
}

/**
 * Why the database no longer matches the manifest (null when it does): missing database, no
 * or another marker (other seed, scale, generator version or migrations), missing rows.
 * Rows added since the load (the bench's own mutations) are accepted.
 */
export async function datasetProblem(manifest: DatasetManifest): Promise<string | null> {
  const client = new pg.Client({ connectionString: manifest.ownerUrl });
  try {
    await client.connect();
  } catch (error) {
    return `cannot connect to ${manifest.database}: ${(error as Error).message}`;
  }
  try {
    const { rows } = await client.query<{ comment: string | null }>(
      `SELECT shobj_description(oid, 'pg_database') AS comment FROM pg_database WHERE datname = current_database()`,
    );
    const comment = rows[0]?.comment ?? '';
    if (!comment.startsWith(MARKER_PREFIX)) return 'the database carries no complete-load marker';
    const marker = JSON.parse(comment.slice(MARKER_PREFIX.length)) as Marker;
    if (marker.version !== manifest.version || marker.seed !== manifest.seed || marker.scale !== manifest.scale) {
      return `the database holds version ${marker.version}, seed ${marker.seed}, scale ${marker.scale}`;
    }
    if (marker.migrations !== migrationsFingerprint()) return 'the migrations changed since the dataset was loaded';
    const expectedIds = manifest.orgs.map((org) => org.id);
    if (JSON.stringify(marker.orgIds) !== JSON.stringify(expectedIds)) return 'the database holds other organizations than the manifest';
    const counts = await client.query<{ organizations: number; activities: number }>(
      `SELECT (SELECT count(*)::int FROM organizations WHERE id = ANY($1::uuid[])) AS organizations,
              (SELECT count(*)::int FROM activities) AS activities`,
      [expectedIds],
    );
    const found = counts.rows[0]!;
    if (found.organizations !== expectedIds.length) return 'organizations are missing';
    if (found.activities < marker.activities) return `activities: ${found.activities} rows, expected at least ${marker.activities}`;
    return null;
  } finally {
    await client.end();
  }
}

/**
 * The manifest at `path` if it belongs to the current generator, matches the expected scale and
 * seed (when given) and its database still holds the dataset; otherwise null (load again).
 * With `adminUrl`, the connection URLs are rebuilt for that server (its port may have changed).
 */
export async function readManifest(
  path: string,
  options: { adminUrl?: string; scale?: number; seed?: number; log?: (line: string) => void } = {},
): Promise<DatasetManifest | null> {
  const log = options.log ?? (() => {});
  let manifest: DatasetManifest;
  try {
    manifest = JSON.parse(await readFile(path, 'utf8')) as DatasetManifest;
  } catch {
    return null;
  }
  const reject = (reason: string) => {
    log(`dataset: not reusing ${manifest.database ?? path}: ${reason}`);
    return null;
  };
  if (manifest.version !== DATASET_VERSION) return reject(`manifest version ${manifest.version}, generator version ${DATASET_VERSION}`);
  if (options.scale !== undefined && manifest.scale !== options.scale) return reject(`scale ${manifest.scale}, wanted ${options.scale}`);
  if (options.seed !== undefined && manifest.seed !== options.seed) return reject(`seed ${manifest.seed}, wanted ${options.seed}`);
  if (options.adminUrl) {
    manifest.ownerUrl = withDatabase(options.adminUrl, manifest.database);
    manifest.appUrl = withDatabase(options.adminUrl, manifest.database, { user: LOCAL_APP_ROLE, password: LOCAL_APP_PASSWORD });
  }
  const problem = await datasetProblem(manifest);
  return problem ? reject(problem) : manifest;
}

/** Reuses the dataset described by `manifestPath` when it still matches, else loads it. */
export async function ensureDataset(
  options: LoadDatasetOptions & { manifestPath: string; reload?: boolean },
): Promise<{ manifest: DatasetManifest; reused: boolean }> {
  const seed = options.seed ?? DEFAULT_SEED;
  if (!options.reload) {
    const manifest = await readManifest(options.manifestPath, { adminUrl: options.adminUrl, scale: options.scale, seed, log: options.log });
    if (manifest && manifest.database === options.database) return { manifest, reused: true };
  }
  return { manifest: await loadDataset({ ...options, seed }), reused: false };
}
