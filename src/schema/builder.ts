import SchemaBuilder, { brandWithType, typeBrandKey } from '@pothos/core';
import PrismaPlugin from '@pothos/plugin-prisma';
import RelayPlugin, { resolveNodes } from '@pothos/plugin-relay';
import type { GraphQLResolveInfo } from 'graphql';
import { definePermissions, mayReadNode } from '../auth/permissions.js';
import { parseAnyGlobalId } from './global-ids.js';
import type { Context } from '../context/index.js';
import type { PrismaClient } from '../generated/prisma/client.js';
import type PrismaTypes from '../generated/pothos-types.js';
import { getDatamodel } from '../generated/pothos-types.js';

/** nodes(ids) loads only the readable ids; set below, once the builder exists (its own options cannot name it). */
let loadNodes: (ctx: Context, info: GraphQLResolveInfo, ids: { id: string; typename: string }[]) => Promise<unknown[]>;

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
    // A type may need more than `read` (auth/permissions.ts, NODE_READ_PERMISSIONS): a record the
    // caller's role may not read answers null, like a missing one, before anything is loaded.
    nodeQueryOptions: {
      resolve: (_root, args, ctx, _info, resolveNode) => (mayReadNode(ctx.role, args.id.typename) ? resolveNode(args.id) : null),
    },
    nodesQueryOptions: {
      // The plugin's callback would load every requested id, whatever it is handed: load the readable ones only.
      resolve: async (_root, args, ctx, info) => {
        const readable = args.ids.map((id) => mayReadNode(ctx.role, id.typename));
        const loaded = await loadNodes(
          ctx,
          info,
          args.ids.filter((_id, index) => readable[index]),
        );
        let next = 0;
        return readable.map((may) => (may ? (loaded[next++] ?? null) : null));
      },
    },
  },
  prisma: {
    // The plugin types its client as a PrismaClient; a request hands it its transaction client, which has the same model delegates.
    client: (ctx) => ctx.prisma as unknown as PrismaClient,
    dmmf: getDatamodel(),
    exposeDescriptions: true,
    filterConnectionTotalCount: true,
    // The operation-limits plugin (limits/cost.ts) rejects larger pages with BAD_USER_INPUT first.
    maxConnectionSize: MAX_PAGE_SIZE,
    defaultConnectionSize: DEFAULT_PAGE_SIZE,
    onUnusedQuery: process.env.NODE_ENV === 'production' ? null : 'warn',
  },
});

loadNodes = (ctx, info, ids) => resolveNodes(builder, ctx, info, ids);

/** A row branded with its GraphQL type, so a union or interface field can tell its members apart. */
export type Branded<T extends object> = T & { [typeBrandKey]: string };
const isBranded = <T extends object>(row: T): row is Branded<T> => typeBrandKey in row;

/** brandWithType, with its effect in the type: returns the row as a member a union field may return. */
export function branded<T extends object>(row: T, type: Parameters<typeof brandWithType>[1]): Branded<T> {
  brandWithType(row, type);
  if (!isBranded(row)) throw new Error('brandWithType left the row unbranded');
  return row;
}

builder.queryType({});
builder.mutationType({});
// Its fields come from the modules (activityAdded, dealUpdated, …); they run over the WebSocket only (src/realtime).
builder.subscriptionType({
  description: 'Events as they are committed, over the WebSocket protocol graphql-transport-ws on /graphql (README "Realtime").',
});

// node(id) and nodes(ids), which the Relay plugin adds: `read`, then each type's own rule (mayReadNode above).
definePermissions({ Query: { node: 'read', nodes: 'read' } });

/** The builder's schema types, for helpers that define fields generically (resource.ts, filters.ts). */
export type BuilderTypes = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer Types> ? Types : never;
