import { z } from 'zod';
import { availableParallelism } from 'node:os';
import { FILTER_LIMIT_CEILINGS, FILTER_LIMIT_DEFAULTS } from './limits/filter-budget.js';

const emptyAsUndefined = (value: unknown) => (value === '' ? undefined : value);

/** A positive whole-number limit with its default and the largest value accepted. */
const limit = (fallback: number, max: number) => z.coerce.number().int().min(1).max(max).default(fallback);

const configSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
    PORT: z.coerce.number().int().min(0).max(65_535).default(4000),
    HOST: z.string().default('0.0.0.0'),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    /**
     * API processes serving PORT (node:cluster); 0 or `auto`: one per CPU core. Each has its own
     * pool of DATABASE_POOL_SIZE connections (README "More than one process").
     */
    WEB_CONCURRENCY: z.preprocess(
      emptyAsUndefined,
      z
        .union([z.literal('auto'), z.coerce.number().int().min(0).max(256)], { error: 'must be a number of processes, 0 or auto' })
        .default(1)
        .transform((value) => (value === 'auto' || value === 0 ? availableParallelism() : value)),
    ),
    /** Bearer token Prometheus sends for /metrics; required to serve it on the public port in production. */
    METRICS_TOKEN: z.preprocess(emptyAsUndefined, z.string().min(16, 'must be at least 16 characters').optional()),
    /** Serve /metrics on its own listener (on HOST) instead of the public port. */
    METRICS_PORT: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(0).max(65_535).optional()),
    /** The API's own connection: a login role that is a member of clientflow_app (RLS-bound). */
    DATABASE_URL: z.preprocess(emptyAsUndefined, z.url({ protocol: /^postgres(ql)?$/ }).optional()),
    /** The owner's connection for migrations; when set, start-up applies pending migrations. */
    MIGRATION_DATABASE_URL: z.preprocess(emptyAsUndefined, z.url({ protocol: /^postgres(ql)?$/ }).optional()),
    /** The job queue's login role (IN ROLE clientflow_worker, README "Jobs"); without it no worker runs beside a DATABASE_URL. */
    WORKER_DATABASE_URL: z.preprocess(emptyAsUndefined, z.url({ protocol: /^postgres(ql)?$/ }).optional()),
    /**
     * The events listener's connection (LISTEN needs a session: a direct connection, never PgBouncer
     * in transaction mode); default DATABASE_URL. One connection per API process (README "Realtime").
     */
    DATABASE_LISTEN_URL: z.preprocess(emptyAsUndefined, z.url({ protocol: /^postgres(ql)?$/ }).optional()),
    DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
    /**
     * The share of the pool one organization may hold at once (0.5 of 10 = 5 connections); its
     * further requests wait for its own slots, so one tenant's flood cannot starve the others.
     */
    DATABASE_POOL_TENANT_SHARE: z.coerce.number().gt(0).max(1).default(0.5),
    /**
     * Connections an organization whose transactions are slow (see DATABASE_SLOW_TRANSACTION_MS)
     * may hold while another organization is active. Default: half the CPU cores, at least 1 —
     * the database's CPU is what a flood of dashboards takes from everyone (bench/README.md#fairness).
     */
    DATABASE_SLOW_TENANT_SLOTS: z.coerce
      .number()
      .int()
      .min(1)
      .max(200)
      .default(() => Math.max(1, Math.floor(availableParallelism() / 2))),
    /** An organization is slow while its transactions hold a connection longer than this on average (moving, last ~5). */
    DATABASE_SLOW_TRANSACTION_MS: z.coerce.number().int().min(1).max(120_000).default(50),
    /** How long a request may wait for its organization's slot and a pool connection before SERVER_BUSY / TOO_MANY_CONCURRENT_REQUESTS. */
    DATABASE_POOL_ACQUIRE_TIMEOUT_MS: z.coerce.number().int().min(1).max(60_000).default(3_000),
    /** statement_timeout of every request statement. */
    DATABASE_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(5_000),
    /** lock_timeout: how long a statement waits for a row lock another request holds. */
    DATABASE_LOCK_TIMEOUT_MS: z.coerce.number().int().min(10).max(120_000).default(2_000),
    /** idle_in_transaction_session_timeout: PostgreSQL ends a request transaction the API left idle this long. */
    DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(10_000),
    EMBEDDED_POSTGRES_DIR: z.string().default('.data/postgres'),
    /** Seed the demo organization when the database has no organization yet (embedded mode). */
    SEED_DEMO_DATA: z.preprocess(emptyAsUndefined, z.enum(['true', 'false']).optional()),
    AUTH_JWT_SECRET: z.preprocess(emptyAsUndefined, z.string().min(32, 'must be at least 32 characters').optional()),
    AUTH_JWKS_URL: z.preprocess(emptyAsUndefined, z.url().optional()),
    AUTH_ISSUER: z.preprocess(emptyAsUndefined, z.string().optional()),
    AUTH_AUDIENCE: z.preprocess(emptyAsUndefined, z.string().optional()),
    AUTH_CLOCK_TOLERANCE_SECONDS: z.coerce.number().int().min(0).max(300).default(5),
    /** How long an invitation (inviteMember) can be accepted: a week by default. */
    INVITATION_TTL_HOURS: z.coerce.number().int().min(1).max(8_760).default(168),
    /** How often API keys' lastUsedAt is written (in one batch per organization), instead of a write per request. */
    API_KEY_LAST_USED_FLUSH_MS: z.coerce.number().int().min(10).max(3_600_000).default(30_000),
    /** Only trusted documents (the codegen manifest) may run, for every caller; API keys are always held to it. */
    TRUSTED_DOCUMENTS_ONLY: z.enum(['true', 'false']).default('false'),
    /** The automatic persisted queries (APQ) cache of JWT callers: at most this many bytes of documents (least recently used go first). */
    APQ_CACHE_MAX_BYTES: z.coerce
      .number()
      .int()
      .min(0)
      .max(1024 * 1024 * 1024)
      .default(8 * 1024 * 1024),
    /** How long an APQ registration is kept, unless evicted earlier. */
    APQ_TTL_SECONDS: z.coerce
      .number()
      .int()
      .min(1)
      .max(30 * 86_400)
      .default(3_600),
    /**
     * Whether webhook endpoints may point at loopback, private, link-local, unique-local or
     * metadata addresses (README "Webhooks"). Unset: true outside production, false in
     * production, where endpoints must also be https.
     */
    WEBHOOK_ALLOW_PRIVATE_URLS: z.preprocess(
      emptyAsUndefined,
      z
        .enum(['true', 'false'])
        .optional()
        .transform((value) => (value === undefined ? undefined : value === 'true')),
    ),
    /**
     * Whether `npm start` runs a job worker in its primary process (README "Jobs"): true by default;
     * false when workers run apart (`npm run worker`).
     */
    WORKER_IN_PROCESS: z.enum(['true', 'false']).default('true'),
    /** Jobs one worker process runs at once (webhook POSTs and SMTP sends wait on the network). */
    WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(100).default(5),
    /** The longest a CSV import's job transaction may run (README "CSV import and export"). */
    IMPORT_TIMEOUT_MS: z.coerce.number().int().min(1_000).max(3_600_000).default(600_000),
    /** The longest a CSV export's transaction may stream (GET /export/<entity>.csv; each page still has DATABASE_STATEMENT_TIMEOUT_MS). */
    EXPORT_TIMEOUT_MS: z.coerce.number().int().min(1_000).max(3_600_000).default(120_000),
    /** statement_timeout inside an import's transaction (one batch of 1,000 rows is one statement). */
    IMPORT_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(60_000),
    /** Days the outbox keeps domain events; a daily job deletes older ones (their effects stay). */
    EVENT_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(30),
    /** Days a deleted organization can be restored (restoreOrganization); a daily job then purges its rows and files. */
    ORGANIZATION_DELETION_GRACE_DAYS: z.coerce.number().int().min(1).max(3650).default(30),
    /** Days a deleted attachment can be restored; a daily job then deletes its bytes from the store and its row. */
    ATTACHMENT_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(30),
    /** How many organizations one user may own and still create another (createOrganization). */
    MAX_ORGANIZATIONS_PER_USER: z.coerce.number().int().min(1).max(10_000).default(10),
    /** Tokens issued (iat) longer ago than this are refused, whatever their exp says (RFC 8725). */
    AUTH_MAX_TOKEN_AGE_SECONDS: z.coerce
      .number()
      .int()
      .min(60)
      .max(30 * 86_400)
      .default(86_400),
    /** A request's transaction is rolled back when it runs longer than this. */
    REQUEST_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(15_000),
    /** On SIGTERM/SIGINT, how long in-flight requests may take to finish before the process stops anyway. */
    SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(0).max(300_000).default(10_000),
    /** Events waiting for one subscription's delivery beyond this close its socket (1008, a slow consumer). */
    SUBSCRIPTION_MAX_PENDING_EVENTS: z.coerce.number().int().min(1).max(100_000).default(100),
    /** Bytes a socket may have unsent beyond this close it too (1008: the client stopped reading). */
    SUBSCRIPTION_MAX_BUFFERED_BYTES: z.coerce
      .number()
      .int()
      .min(1024)
      .max(256 * 1024 * 1024)
      .default(1024 * 1024),
    /** Subscriptions one WebSocket connection may hold at once; one more is refused (its error message). */
    SUBSCRIPTION_MAX_PER_CONNECTION: z.coerce.number().int().min(1).max(1_000).default(20),
    /** On SIGTERM/SIGINT, how long to keep serving (readiness 503) before draining, so requests already sent are read. */
    SHUTDOWN_SETTLE_MS: z.coerce.number().int().min(0).max(60_000).default(1_000),
    /** The API's external origin (https://api.example.com), for the file URLs it hands out; default: the request's own. */
    PUBLIC_URL: z.preprocess(emptyAsUndefined, z.url({ protocol: /^https?$/ }).optional()),
    /** Where attachment bytes live: a local directory, or an S3-compatible bucket. */
    ATTACHMENTS_STORE: z.enum(['local', 's3']).default('local'),
    ATTACHMENTS_DIR: z.string().min(1).default('.data/attachments'),
    /** The largest file an upload may declare (default 25 MiB). */
    ATTACHMENTS_MAX_BYTES: z.coerce
      .number()
      .int()
      .min(1)
      .max(2_147_483_647)
      .default(25 * 1024 * 1024),
    /** How long upload and download URLs stay valid (S3 allows at most 7 days). */
    ATTACHMENTS_URL_TTL_SECONDS: z.coerce.number().int().min(10).max(604_800).default(900),
    /** Signs the local store's file URLs; default: a key derived from AUTH_JWT_SECRET. */
    ATTACHMENTS_SIGNING_SECRET: z.preprocess(emptyAsUndefined, z.string().min(32, 'must be at least 32 characters').optional()),
    S3_BUCKET: z.preprocess(emptyAsUndefined, z.string().optional()),
    /** For S3-compatible services (MinIO, R2, …); unset for AWS. */
    S3_ENDPOINT: z.preprocess(emptyAsUndefined, z.url({ protocol: /^https?$/ }).optional()),
    S3_REGION: z.string().min(1).default('us-east-1'),
    /** Unset: the AWS default credential chain (environment, profile, instance role). */
    S3_ACCESS_KEY_ID: z.preprocess(emptyAsUndefined, z.string().optional()),
    S3_SECRET_ACCESS_KEY: z.preprocess(emptyAsUndefined, z.string().optional()),
    S3_FORCE_PATH_STYLE: z.enum(['true', 'false']).default('false'),
    /**
     * The SMTP server e-mail goes out through (smtp://user:pass@host:587, smtps://… for implicit
     * TLS; nodemailer's URL options apply). Required in production; without it, outside
     * production, e-mails are written to the log (recipient, subject, Message-ID; never the body).
     */
    SMTP_URL: z.preprocess(emptyAsUndefined, z.url({ protocol: /^smtps?$/, error: 'must be an smtp:// or smtps:// URL' }).optional()),
    /** The From of every e-mail: an address, or a display name and address ("Acme CRM <crm@acme.example>"). */
    EMAIL_FROM: z
      .string()
      .trim()
      .max(320)
      .regex(/^(?:[^<>\r\n]*<[^\s<>@]+@[^\s<>@]+\.[^\s<>@]+>|[^\s<>@]+@[^\s<>@]+\.[^\s<>@]+)$/, {
        error: 'must be an e-mail address, optionally with a display name: "ClientFlow <no-reply@example.com>"',
      })
      .default('ClientFlow <no-reply@clientflow.localhost>'),
    // Operation limits (README "Limits"): checked before anything executes or touches the database.
    /** Deepest selection nesting; the deal board is 7 levels deep. */
    LIMIT_MAX_DEPTH: limit(15, 50),
    /** Aliased fields in one operation (each alias is another resolver call). */
    LIMIT_MAX_ALIASES: limit(30, 500),
    /** Lexical tokens in one document; parsing stops at the first one over. */
    LIMIT_MAX_TOKENS: limit(2_000, 50_000),
    /** Directives (@include/@skip) in one operation. */
    LIMIT_MAX_DIRECTIVES: limit(20, 500),
    /** Worst-case objects one operation may return (README "Limits" says how it is counted). */
    LIMIT_MAX_COST: limit(20_000, 1_000_000),
    /** Largest JSON request body in bytes (default 1 MiB). */
    LIMIT_MAX_BODY_BYTES: limit(1024 * 1024, 64 * 1024 * 1024),
    /** Filter budget per request, after variables are substituted, across every filter argument. */
    LIMIT_MAX_FILTER_CONDITIONS: limit(FILTER_LIMIT_DEFAULTS.conditions, FILTER_LIMIT_CEILINGS.conditions),
    LIMIT_MAX_FILTER_PATTERNS: limit(FILTER_LIMIT_DEFAULTS.patterns, FILTER_LIMIT_CEILINGS.patterns),
    LIMIT_MAX_FILTER_VALUES: limit(FILTER_LIMIT_DEFAULTS.values, FILTER_LIMIT_CEILINGS.values),
    LIMIT_MAX_FILTER_RELATIONS: limit(FILTER_LIMIT_DEFAULTS.relations, FILTER_LIMIT_CEILINGS.relations),
    LIMIT_MAX_FILTER_RELATION_HOPS: limit(FILTER_LIMIT_DEFAULTS.relationHops, FILTER_LIMIT_CEILINGS.relationHops),
    LIMIT_MAX_FILTER_LIST_VALUES: limit(FILTER_LIMIT_DEFAULTS.listValues, FILTER_LIMIT_CEILINGS.listValues),
    LIMIT_MAX_FILTER_STRING_LENGTH: limit(FILTER_LIMIT_DEFAULTS.stringLength, FILTER_LIMIT_CEILINGS.stringLength),
    LIMIT_MAX_FILTER_DEPTH: limit(FILTER_LIMIT_DEFAULTS.depth, FILTER_LIMIT_CEILINGS.depth),
    // Rate limits (README "Rate limits"): token buckets charged with each operation's cost.
    /** false turns the rate limits off (the operation limits above still apply). */
    RATE_LIMIT_ENABLED: z
      .enum(['true', 'false'])
      .default('true')
      .transform((value) => value === 'true'),
    /** Where the buckets live when several API processes must share them (redis://…); unset: in this process's memory. */
    REDIS_URL: z.preprocess(emptyAsUndefined, z.url({ protocol: /^rediss?$/ }).optional()),
    /** An API key's bucket: points it may spend at once, and points it gets back per second. */
    RATE_LIMIT_KEY_CAPACITY: limit(1_000, 100_000_000),
    RATE_LIMIT_KEY_REFILL_PER_SECOND: limit(50, 10_000_000),
    /**
     * A user's bucket (signed in with a token): generous, so an interactive front end never meets
     * it. Unset: 50,000 or LIMIT_MAX_COST if larger, so every operation the cost limit accepts fits.
     */
    RATE_LIMIT_USER_CAPACITY: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(1).max(100_000_000).optional()),
    RATE_LIMIT_USER_REFILL_PER_SECOND: limit(2_500, 10_000_000),
    /** An organization's bucket, shared by all its members and keys. Unset: 250,000 or LIMIT_MAX_COST if larger. */
    RATE_LIMIT_ORGANIZATION_CAPACITY: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(1).max(100_000_000).optional()),
    RATE_LIMIT_ORGANIZATION_REFILL_PER_SECOND: limit(12_500, 10_000_000),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV === 'production' && !env.DATABASE_URL) {
      ctx.addIssue({
        code: 'custom',
        path: ['DATABASE_URL'],
        message: 'is required in production (the embedded PostgreSQL is for development only)',
      });
    }
    if (env.NODE_ENV === 'production' && !env.AUTH_JWT_SECRET && !env.AUTH_JWKS_URL) {
      ctx.addIssue({ code: 'custom', path: ['AUTH_JWT_SECRET'], message: 'or AUTH_JWKS_URL is required in production' });
    }
    // RFC 8725 3.8-3.9: a token meant for another service or from another issuer must not pass.
    if (env.NODE_ENV === 'production' && !env.AUTH_ISSUER) {
      ctx.addIssue({ code: 'custom', path: ['AUTH_ISSUER'], message: 'is required in production (the iss every token must carry)' });
    }
    if (env.NODE_ENV === 'production' && !env.AUTH_AUDIENCE) {
      ctx.addIssue({ code: 'custom', path: ['AUTH_AUDIENCE'], message: 'is required in production (the aud every token must carry)' });
    }
    if (env.NODE_ENV === 'production' && !env.SMTP_URL) {
      ctx.addIssue({
        code: 'custom',
        path: ['SMTP_URL'],
        message: 'is required in production (smtp://user:password@host:587): without it no e-mail would leave the outbox',
      });
    }
    if (env.DATABASE_STATEMENT_TIMEOUT_MS > env.REQUEST_TIMEOUT_MS) {
      ctx.addIssue({ code: 'custom', path: ['DATABASE_STATEMENT_TIMEOUT_MS'], message: 'must not exceed REQUEST_TIMEOUT_MS' });
    }
    if (env.METRICS_PORT !== undefined && env.METRICS_PORT !== 0 && env.METRICS_PORT === env.PORT) {
      ctx.addIssue({ code: 'custom', path: ['METRICS_PORT'], message: 'must differ from PORT' });
    }
    // Without either secret each process signs file links with a random key of its own, and a
    // link one worker handed out would fail at the next (src/modules/attachment/tokens.ts).
    if (
      env.WEB_CONCURRENCY > 1 &&
      env.ATTACHMENTS_STORE === 'local' &&
      !env.ATTACHMENTS_SIGNING_SECRET &&
      env.AUTH_JWKS_URL &&
      !env.AUTH_JWT_SECRET
    ) {
      ctx.addIssue({
        code: 'custom',
        path: ['ATTACHMENTS_SIGNING_SECRET'],
        message: 'is required with WEB_CONCURRENCY > 1 and AUTH_JWKS_URL, so that every process signs file links with the same key',
      });
    }
    if (env.ATTACHMENTS_STORE === 's3' && !env.S3_BUCKET) {
      ctx.addIssue({ code: 'custom', path: ['S3_BUCKET'], message: 'is required when ATTACHMENTS_STORE=s3' });
    }
    if (Boolean(env.S3_ACCESS_KEY_ID) !== Boolean(env.S3_SECRET_ACCESS_KEY)) {
      ctx.addIssue({
        code: 'custom',
        path: [env.S3_ACCESS_KEY_ID ? 'S3_SECRET_ACCESS_KEY' : 'S3_ACCESS_KEY_ID'],
        message: 'must be set together with its pair',
      });
    }
  });

export type Config = Omit<z.infer<typeof configSchema>, 'WEBHOOK_ALLOW_PRIVATE_URLS'> & { WEBHOOK_ALLOW_PRIVATE_URLS: boolean };

export class ConfigError extends Error {}

/** Parses the environment once; the error names the first bad variable on one line. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const result = configSchema.safeParse(env);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new ConfigError(`Invalid configuration: ${issue.path.join('.') || 'environment'} ${issue.message}`);
  }
  const config = result.data;
  return { ...config, WEBHOOK_ALLOW_PRIVATE_URLS: config.WEBHOOK_ALLOW_PRIVATE_URLS ?? config.NODE_ENV !== 'production' };
}
