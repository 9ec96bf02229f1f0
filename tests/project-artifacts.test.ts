import { fileURLToPath } from 'node:url';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { parse, printSchema, validate } from 'graphql';
import { OPERATION_PERMISSIONS, type PermissionSlice } from '../src/auth/permissions.js';
import { renderRoleMatrix } from '../src/auth/role-matrix-table.js';
import { buildSchema } from '../src/modules/index.js';

// import.meta.dirname is missing under jest's VM modules; derive it from the URL.
const moduleDir = dirname(fileURLToPath(import.meta.url));

const root = resolve(moduleDir, '..');

// Generated or copied artifacts must not drift from their source.
describe('committed artifacts match their sources', () => {
  it('src/schema/schema.graphql is current (run npm run schema:print)', () => {
    const committed = readFileSync(join(root, 'src/schema/schema.graphql'), 'utf8');
    expect(committed).toBe(`${printSchema(buildSchema())}\n`);
  });

  it('every operation in src/operations validates against the schema', () => {
    const dir = join(root, 'src/operations');
    const files = readdirSync(dir).filter((file) => file.endsWith('.graphql'));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const errors = validate(buildSchema(), parse(readFileSync(join(dir, file), 'utf8')));
      expect({ file, errors: errors.map((error) => error.message) }).toEqual({ file, errors: [] });
    }
  });

  it('every GraphQL example in the README validates against the schema', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const blocks = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((match) => match[1]!);
    expect(blocks.length).toBeGreaterThan(10);
    for (const block of blocks) {
      const errors = validate(buildSchema(), parse(block)).map((error) => error.message);
      expect({ block, errors }).toEqual({ block, errors: [] });
    }
  });

  it('the README role matrix is the one the modules declare (run npm run docs)', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    expect(readme).toContain(renderRoleMatrix());
  });
});

describe('every module has the same shape', () => {
  const modulesDir = resolve(moduleDir, '../src/modules');
  const modules = readdirSync(modulesDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
  const registry = readFileSync(join(modulesDir, 'index.ts'), 'utf8');

  it.each(modules)('%s is loaded by one line of the registry (src/modules/index.ts)', (name) => {
    expect(registry.split('\n').filter((line) => line === `import './${name}/index.js';`)).toHaveLength(1);
  });

  it.each(modules)('%s has an index.ts that loads its permissions.ts (its slice of the role matrix)', (name) => {
    expect(readdirSync(join(modulesDir, name))).toEqual(expect.arrayContaining(['index.ts', 'permissions.ts']));
    expect(readFileSync(join(modulesDir, name, 'index.ts'), 'utf8')).toContain("import './permissions.js';");
  });

  it.each(modules)('%s keeps its object types in types.ts and its root queries in queries.ts', (name) => {
    expect(readdirSync(join(modulesDir, name))).toEqual(expect.arrayContaining(['types.ts', 'queries.ts']));
  });

  // Each kind of definition has one home, so a reader knows where to look and a reviewer where to add.
  const homes: { file: string; calls: RegExp }[] = [
    { file: 'queries.ts', calls: /builder\.queryFields?\(|defineListQuery\(/ },
    { file: 'mutations.ts', calls: /builder\.mutationFields?\(/ },
    { file: 'subscriptions.ts', calls: /builder\.subscriptionFields?\(/ },
    { file: 'inputs.ts', calls: /builder\.inputType\(/ },
    { file: 'loaders.ts', calls: /defineLoader\(/ },
  ];
  const sources = modules.flatMap((name) =>
    readdirSync(join(modulesDir, name))
      .filter((file) => file.endsWith('.ts'))
      .map((file) => ({ path: `${name}/${file}`, file, text: readFileSync(join(modulesDir, name, file), 'utf8') })),
  );
  it.each(homes)("$calls is written only in a module's $file", ({ file, calls }) => {
    const strays = sources.filter((source) => source.file !== file && calls.test(source.text)).map((source) => source.path);
    expect(strays).toEqual([]);
  });
});

// The role matrix's operations mirror the modules: one file per module with root fields, holding
// exactly the fields its permissions.ts declares; schema.ts holds those no module declares (node, nodes).
describe('every module with root fields has its file of role-matrix operations', () => {
  const modulesDir = resolve(moduleDir, '../src/modules');
  const operationsDir = resolve(moduleDir, 'helpers/role-operations');
  const modules = readdirSync(modulesDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
  const rootFields = async (name: string) => {
    const { permissions } = (await import(join(modulesDir, name, 'permissions.ts'))) as { permissions: PermissionSlice };
    return { Query: Object.keys(permissions.Query ?? {}).sort(), Mutation: Object.keys(permissions.Mutation ?? {}).sort() };
  };
  const operationFields = async (file: string) => {
    const { operations } = (await import(join(operationsDir, file))) as { operations: Record<'Query' | 'Mutation', object> };
    return { Query: Object.keys(operations.Query).sort(), Mutation: Object.keys(operations.Mutation).sort() };
  };

  it.each(modules)('%s: tests/helpers/role-operations/<module>.ts exists and holds exactly its root fields', async (name) => {
    const fields = await rootFields(name);
    if (fields.Query.length + fields.Mutation.length === 0) return;
    expect(existsSync(join(operationsDir, `${name}.ts`))).toBe(true);
    expect(await operationFields(`${name}.ts`)).toEqual(fields);
  });

  it('schema.ts holds exactly the root fields no module declares, and there are no other files', async () => {
    const owned = { Query: new Set<string>(), Mutation: new Set<string>() };
    const withRootFields: string[] = [];
    for (const name of modules) {
      const fields = await rootFields(name);
      fields.Query.forEach((field) => owned.Query.add(field));
      fields.Mutation.forEach((field) => owned.Mutation.add(field));
      if (fields.Query.length + fields.Mutation.length > 0) withRootFields.push(`${name}.ts`);
    }
    const unowned = (rootType: 'Query' | 'Mutation') =>
      Object.keys(OPERATION_PERMISSIONS[rootType])
        .filter((field) => !owned[rootType].has(field))
        .sort();
    expect(await operationFields('schema.ts')).toEqual({ Query: unowned('Query'), Mutation: unowned('Mutation') });
    expect(readdirSync(operationsDir).sort()).toEqual([...withRootFields, 'index.ts', 'schema.ts'].sort());
  });
});
