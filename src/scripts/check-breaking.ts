// The schema contract (README "Schema contract"): compares the schema the code builds with the
// SDL of the previous release (the newest v* tag, else main^, else HEAD^) using graphql-js
// findBreakingChanges, and fails on a breaking change unless a commit since then says BREAKING:.
// Run: npm run schema:check-breaking
import { execFileSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { buildSchema as buildSdl, findBreakingChanges, type BreakingChange, type GraphQLSchema } from 'graphql';

export const SCHEMA_PATH = 'src/schema/schema.graphql';

export interface BreakingVerdict {
  ok: boolean;
  changes: BreakingChange[];
  /** A commit message since the baseline says BREAKING: (the change is announced). */
  announced: boolean;
}

/** The decision, without git: breaking changes fail unless one of the messages says BREAKING:. */
export function judgeSchemaChange(previous: GraphQLSchema, current: GraphQLSchema, commitMessages: string[]): BreakingVerdict {
  const changes = findBreakingChanges(previous, current);
  const announced = commitMessages.some((message) => message.includes('BREAKING:'));
  return { ok: changes.length === 0 || announced, changes, announced };
}

/** Every @deprecated of the schema with no real reason (none, empty, or graphql-js's default). */
export function deprecationsWithoutReason(schema: GraphQLSchema): string[] {
  const missing: string[] = [];
  const bad = (reason: string | null | undefined) =>
    reason !== undefined && reason !== null && (!reason.trim() || reason === 'No longer supported');
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__')) continue;
    if ('getFields' in type) {
      for (const field of Object.values(type.getFields())) {
        if (bad(field.deprecationReason)) missing.push(`${type.name}.${field.name}`);
        if ('args' in field)
          for (const arg of field.args) if (bad(arg.deprecationReason)) missing.push(`${type.name}.${field.name}(${arg.name})`);
      }
    }
    if ('getValues' in type)
      for (const value of type.getValues()) if (bad(value.deprecationReason)) missing.push(`${type.name}.${value.name}`);
  }
  return missing;
}

const git = (args: string[]) => execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
const tryGit = (args: string[]) => {
  try {
    return git(args);
  } catch {
    return null;
  }
};

/** The newest v* tag that is not HEAD itself, else main^ (on main) / main, else HEAD^. */
export function baselineRevision(): string | null {
  const head = tryGit(['rev-parse', 'HEAD']);
  const tags = (tryGit(['tag', '--list', 'v*', '--sort=-version:refname', '--merged', 'HEAD']) ?? '').split('\n').filter(Boolean);
  for (const tag of tags) if (tryGit(['rev-list', '-n', '1', tag]) !== head) return tag;
  const main = tryGit(['rev-parse', '--verify', 'main']);
  if (main && main !== head && tryGit(['merge-base', 'main', 'HEAD'])) return tryGit(['merge-base', 'main', 'HEAD']);
  for (const candidate of ['main^', 'HEAD^']) if (tryGit(['rev-parse', '--verify', `${candidate}^{commit}`])) return candidate;
  return null;
}

async function main() {
  const { buildSchema } = await import('../modules/index.js');
  const current = buildSchema();
  const missing = deprecationsWithoutReason(current);
  if (missing.length) {
    console.error(`@deprecated without a reason: ${missing.join(', ')}`);
    process.exit(1);
  }
  const base = baselineRevision();
  if (!base) {
    console.log('schema:check-breaking: no previous release tag and no parent commit (shallow clone?): nothing to compare; skipped');
    return;
  }
  const previousSdl = tryGit(['show', `${base}:${SCHEMA_PATH}`]);
  if (previousSdl === null) {
    console.log(`schema:check-breaking: ${base} has no ${SCHEMA_PATH}: nothing to compare; skipped`);
    return;
  }
  const messages = (tryGit(['log', '--format=%B%x00', `${base}..HEAD`]) ?? tryGit(['log', '-1', '--format=%B']) ?? '').split('\0');
  const verdict = judgeSchemaChange(buildSdl(previousSdl), current, messages);
  for (const change of verdict.changes) console.log(`${change.type}: ${change.description}`);
  if (!verdict.ok) {
    console.error(
      `schema:check-breaking: ${verdict.changes.length} breaking change(s) since ${base}; say BREAKING: in the commit message if intended`,
    );
    process.exit(1);
  }
  console.log(
    verdict.changes.length
      ? `schema:check-breaking: ${verdict.changes.length} breaking change(s) since ${base}, announced with BREAKING:`
      : `schema:check-breaking: no breaking changes since ${base}`,
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
