import { decodeGlobalID } from '@pothos/plugin-relay';
import { badInput, badRequestInput } from './errors.js';

/** A uuid as PostgreSQL prints it: lower-case hex digits in groups of 8-4-4-4-12. */
export const UUID_TEXT = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
/** A uuid in either case, as clients may send one (the one uuid rule for input). */
export const UUID = new RegExp(`^${UUID_TEXT}$`, 'i');
/** Only the canonical, lower-case form: what the server itself writes (tokens, storage keys). */
export const CANONICAL_UUID = new RegExp(`^${UUID_TEXT}$`);

/** Decodes any global id whose key is a uuid (for node/nodes). */
export function parseAnyGlobalId(globalId: string): { typename: string; id: string } {
  let decoded: { typename: string; id: string };
  try {
    decoded = decodeGlobalID(globalId);
  } catch {
    throw badInput('id is not a valid global id', 'id');
  }
  if (!UUID.test(decoded.id)) throw badInput('id is not a valid global id', 'id');
  return { typename: decoded.typename, id: decoded.id.toLowerCase() };
}

/** Decodes an opaque global id and checks it names a `typename`; returns the row's uuid. */
export function parseGlobalId(globalId: string, typename: string, field = 'id'): string {
  let decoded: { typename: string; id: string };
  try {
    decoded = decodeGlobalID(globalId);
  } catch {
    throw badInput(`${field} is not a valid ${typename} id`, field);
  }
  if (decoded.typename !== typename || !UUID.test(decoded.id)) {
    throw badInput(`${field} is not a valid ${typename} id`, field);
  }
  return decoded.id.toLowerCase();
}

/** Like parseGlobalId for optional inputs: undefined stays undefined (untouched), null stays null (cleared). */
export function parseOptionalGlobalId(globalId: string | number | null | undefined, typename: string, field: string) {
  if (globalId === undefined || globalId === null) return globalId;
  return parseGlobalId(String(globalId), typename, field);
}

/**
 * X-Organization-Id: the organization's uuid, or its opaque global id as the API hands it out
 * (Organization.id). Anything else is a client error, never a 500.
 */
export function parseOrganizationHeader(value: string): string {
  if (UUID.test(value)) return value.toLowerCase();
  try {
    const decoded = decodeGlobalID(value);
    if (decoded.typename === 'Organization' && UUID.test(decoded.id)) return decoded.id.toLowerCase();
  } catch {
    // fall through to the one message below
  }
  throw badRequestInput('X-Organization-Id must be an Organization id (as Organization.id returns it) or its uuid', 'X-Organization-Id');
}
