// Writes the SDL of the public schema to src/schema/schema.graphql (committed, so reviews
// show API changes; a test fails when it is stale). Run: npm run schema:print
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { printSchema } from 'graphql';
import { buildSchema } from '../schema/index.js';

export const SCHEMA_FILE = resolve(import.meta.dirname, '../schema/schema.graphql');

writeFileSync(SCHEMA_FILE, `${printSchema(buildSchema())}\n`);
console.log(`wrote ${SCHEMA_FILE}`);
