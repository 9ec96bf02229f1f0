// npm run bench:filter-shapes [-- --only name]
// Why the filter budget counts what it counts: the deals count of the benchmark's large
// organization (49k deals) under filters of one shape each, through Prisma and the app's own
// translate() (limits lifted), in a tenant transaction like the API's, twice each (the second is
// reported). Builds the full dataset in bench/.data first if it is not there.
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { createDatabase } from '../src/db/client.js';
import { FILTER_LIMIT_CEILINGS } from '../src/limits/filter-budget.js';
import { dealFilter } from '../src/modules/deal/queries.js';
import { buildSchema } from '../src/modules/index.js';
import { openBenchDatabase } from './harness.js';

const { values: args } = parseArgs({ options: { only: { type: 'string' } } });
const text = (seed: string, length: number) => seed.padEnd(length, 'q').slice(0, length);
const many = (n: number, condition: (i: number) => Record<string, unknown>) => ({ OR: Array.from({ length: n }, (_, i) => condition(i)) });
const viaCompany = (i: number) => ({ contact: { company: { name: { equals: text(`no company ${i}`, 50) } } } });

const SHAPES: Record<string, Record<string, unknown>> = {
  '100 equals (200 characters)': many(100, (i) => ({ name: { equals: text(`no deal ${i} `, 200) } })),
  '100 startsWith (200 characters)': many(100, (i) => ({ name: { startsWith: text(`zz${i} no such`, 200) } })),
  '50 contains (200 characters)': many(50, (i) => ({ name: { contains: text(`zz${i} no such`, 200) } })),
  '50 contains (20 characters)': many(50, (i) => ({ name: { contains: text(`zz${i} no such`, 20) } })),
  '1 contains (200 characters)': { name: { contains: text('zz no such', 200) } },
  '50 in-lists of 100 (185 characters)': many(50, (i) => ({
    name: { in: Array.from({ length: 100 }, (_, j) => text(`no deal ${i}-${j} `, 185)) },
  })),
  '1 relation path (deal → contact → company)': many(1, viaCompany),
  '2 relation paths': many(2, viaCompany),
  '4 relation paths': many(4, viaCompany),
  '8 relation paths': many(8, viaCompany),
};

buildSchema();
const { cluster, manifest } = await openBenchDatabase({ scale: 1 });
try {
  const large = manifest.orgs.find((org) => org.size === 'large')!;
  const database = createDatabase(manifest.appUrl, { poolSize: 1 });
  console.log('| Filter (one OR) | deals count ms |\n|---|--:|');
  for (const [name, filter] of Object.entries(SHAPES)) {
    if (args.only && !name.includes(args.only)) continue;
    let ms = 0;
    for (let run = 0; run < 2; run += 1) {
      await database.prisma.$transaction(
        async (tx) => {
          await tx.$executeRawUnsafe(`SELECT set_config('app.current_org_id', '${large.id}', true)`);
          const started = performance.now();
          await tx.deal.count({ where: { AND: [dealFilter.toWhere(filter, FILTER_LIMIT_CEILINGS), { deletedAt: null }] } });
          ms = performance.now() - started;
        },
        { timeout: 600_000 },
      );
    }
    console.log(`| ${name} | ${ms.toFixed(0)} |`);
  }
  await database.close();
} finally {
  await cluster.stop();
}
