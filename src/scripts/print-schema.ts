import { fileURLToPath } from 'node:url';
// Writes the SDL of the public schema to src/schema/schema.graphql (committed, so reviews
// show API changes; a test fails when it is stale). Run: npm run schema:print
import { writeFileSync } from 'node:fs';
import { resolve, dirname } from 'node:path';
import { printSchema } from 'graphql';
import { buildSchema } from '../modules/index.js';

// import.meta.dirname is missing under jest's VM modules; derive it from the URL.
const moduleDir = dirname(fileURLToPath(import.meta.url));

export const SCHEMA_FILE = resolve(moduleDir, '../schema/schema.graphql');

writeFileSync(SCHEMA_FILE, `${printSchema(buildSchema())}\n`);
console.log(`wrote ${SCHEMA_FILE}`);
