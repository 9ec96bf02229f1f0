// Runs `prisma generate` without the schema-engine binary the CLI would otherwise download
// (generate never calls it; a stub satisfies the CLI's lookup). Users with a real engine
// can set PRISMA_SCHEMA_ENGINE_BINARY themselves.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const env = { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: '1', CHECKPOINT_DISABLE: '1' };
if (!env.PRISMA_SCHEMA_ENGINE_BINARY) {
  const dir = join(tmpdir(), 'clientflow-prisma-stub');
  const stub = join(dir, 'schema-engine');
  if (!existsSync(stub)) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(stub, '#!/bin/sh\necho "schema-engine stub: use npm run db:migrate" >&2\nexit 1\n');
    chmodSync(stub, 0o755);
  }
  env.PRISMA_SCHEMA_ENGINE_BINARY = stub;
}
const result = spawnSync('npx', ['--no-install', 'prisma', 'generate'], { stdio: 'inherit', env });
process.exit(result.status ?? 1);
