/** Reading GraphQL responses in assertions. */
import type { GraphQLResponse } from './app.js';

/** The error codes of a response, in order ([] when it has none). */
export const codes = (response: GraphQLResponse | undefined) => (response?.errors ?? []).map((error) => error.extensions?.code);

/** The `field` each error names (BAD_USER_INPUT says which input field). */
export const fields = (response: GraphQLResponse) => (response.errors ?? []).map((error) => error.extensions?.field);

/** The node ids of a connection, in order. */
export const ids = (connection: { edges: { node: { id: string } }[] }) => connection.edges.map((edge) => edge.node.id);

/** The row's uuid of a Relay global id (`Typename:uuid`). */
export const uuidOf = (globalId: string) => Buffer.from(globalId, 'base64').toString('utf8').split(':')[1]!;

/** Every `id` anywhere in a response. */
export function collectIds(value: unknown, into: Set<string> = new Set()): Set<string> {
  if (Array.isArray(value)) value.forEach((item) => collectIds(item, into));
  else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      if (key === 'id' && typeof child === 'string') into.add(child);
      else collectIds(child, into);
    }
  }
  return into;
}
