import type DataLoader from 'dataloader';
import type { PrismaClient } from '../generated/prisma/client.js';
import type { TransactionClient } from '../db/request-transaction.js';

/**
 * A per-request DataLoader, declared by the module that owns the data (its loaders.ts) with
 * defineLoader. It batches what the Prisma plugin cannot fold into the parent's query; it is
 * created from the request's transaction client, so RLS applies to what it loads.
 */
export type LoaderDefinition<Key, Value> = (prisma: TransactionClient | PrismaClient) => DataLoader<Key, Value>;

export const defineLoader = <Key, Value>(create: LoaderDefinition<Key, Value>): LoaderDefinition<Key, Value> => create;

/** The loaders of one transaction: each definition is instantiated once, on first use. */
export class Loaders {
  private readonly instances = new Map<LoaderDefinition<never, unknown>, unknown>();

  constructor(private readonly prisma: TransactionClient | PrismaClient) {}

  get<Key, Value>(definition: LoaderDefinition<Key, Value>): DataLoader<Key, Value> {
    const existing = this.instances.get(definition);
    if (existing) return existing as DataLoader<Key, Value>; // stored under this very definition, so of its type
    const created = definition(this.prisma);
    this.instances.set(definition, created);
    return created;
  }
}
