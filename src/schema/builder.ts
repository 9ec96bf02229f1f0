import SchemaBuilder from '@pothos/core';
import PrismaPlugin from '@pothos/plugin-prisma';
import RelayPlugin from '@pothos/plugin-relay';
import { parseAnyGlobalId } from './global-ids.js';
import type { Context } from '../context/index.js';
import type PrismaTypes from '../generated/pothos-types.js';
import { getDatamodel } from '../generated/pothos-types.js';

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

export const builder = new SchemaBuilder<{
  Context: Context;
  PrismaTypes: PrismaTypes;
  DefaultFieldNullability: false;
  Scalars: {
    DateTime: { Input: Date; Output: Date };
    Date: { Input: Date; Output: Date };
    Decimal: { Input: string; Output: { toString(): string } | string };
    JSONObject: { Input: Record<string, unknown>; Output: unknown };
    ID: { Input: string; Output: string | number };
  };
}>({
  plugins: [PrismaPlugin, RelayPlugin],
  defaultFieldNullability: false,
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    // Every key is a uuid: reject anything else before it reaches the database.
    decodeGlobalID: (globalID: string) => parseAnyGlobalId(globalID),
  },
  prisma: {
    client: (ctx) => ctx.prisma as never,
    dmmf: getDatamodel(),
    exposeDescriptions: true,
    filterConnectionTotalCount: true,
    // The operation-limits plugin (limits/cost.ts) rejects larger pages with BAD_USER_INPUT first.
    maxConnectionSize: MAX_PAGE_SIZE,
    defaultConnectionSize: DEFAULT_PAGE_SIZE,
    onUnusedQuery: process.env.NODE_ENV === 'production' ? null : 'warn',
  },
});

builder.queryType({});
builder.mutationType({});
