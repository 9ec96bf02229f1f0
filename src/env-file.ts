import { existsSync, readFileSync } from 'node:fs';
import { parseEnv } from 'node:util';

/**
 * Development settings from a `.env` file in the working directory (git-ignored), parsed with
 * Node's own parser (util.parseEnv, Node ≥ 20.12, the one behind --env-file) rather than a
 * dependency. Variables already in the environment win over the file, so a shell or CI can
 * override any line. Not in production: there the platform's environment is the only source,
 * and a stray file in an image must not change the configuration. Returns the keys it set.
 */
export function loadDotEnv(file = '.env', env: NodeJS.ProcessEnv = process.env): string[] {
  if (env.NODE_ENV === 'production' || !existsSync(file)) return [];
  const set: string[] = [];
  for (const [key, value] of Object.entries(parseEnv(readFileSync(file, 'utf8')))) {
    if (env[key] !== undefined) continue;
    env[key] = value;
    set.push(key);
  }
  return set;
}
