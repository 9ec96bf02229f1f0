import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';

/** What `npm start` signs in development so the Sandbox opens ready to run (README "A first query"). */
export interface SandboxDemo {
  /** A bearer token of the demo organization's owner. */
  token: string;
  organizationId: string;
}

const OPERATIONS_DIR = fileURLToPath(new URL('./operations/', import.meta.url));

/**
 * The demo operations (src/operations/*.graphql, the ones codegen types for frontends) as one
 * document: the Sandbox lists each named operation of it and runs the one the cursor is in.
 * Apollo's embedded Sandbox takes a document, variables and headers; its collections live in
 * Apollo Studio and cannot be seeded from a server, so this document is the demo collection.
 */
export function demoOperationsDocument(directory = OPERATIONS_DIR): string {
  const files = readdirSync(directory)
    .filter((file) => file.endsWith('.graphql'))
    .sort();
  const header = '# ClientFlow demo operations (src/operations): put the cursor in one and run it.\n';
  return header + files.map((file) => `\n# --- ${file}\n${readFileSync(path.join(directory, file), 'utf8').trim()}\n`).join('');
}

/**
 * The landing page of GET /graphql with Accept: text/html. Production: none (introspection is
 * off there too). Elsewhere: Apollo's embedded Sandbox, opened on the demo operations, and — when
 * `npm start` seeded the demo organization and signed its owner's token — with the Authorization
 * and X-Organization-Id headers already filled in. The token is never prefilled in production,
 * whatever the caller passes.
 */
export function landingPagePlugin(options: { production: boolean; demo?: SandboxDemo | null }): ApolloServerPlugin {
  if (options.production) return ApolloServerPluginLandingPageDisabled();
  const demo = options.demo ?? null;
  const sharedHeaders = demo ? { Authorization: `Bearer ${demo.token}`, 'X-Organization-Id': demo.organizationId } : undefined;
  return ApolloServerPluginLandingPageLocalDefault({
    // Cookies never authenticate this API; the Bearer header does.
    includeCookies: false,
    document: demoOperationsDocument(),
    // sharedHeaders: on every tab the Sandbox opens, not only the first.
    embed: sharedHeaders ? { initialState: { sharedHeaders } } : true,
  });
}
