import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, visit, type DocumentNode } from 'graphql';
import { badRequestInput } from './errors.js';

// NUL cannot be stored in PostgreSQL text; a lone UTF-16 surrogate cannot be encoded as UTF-8
// and would be stored silently as U+FFFD. Both are refused at the door instead.
// eslint-disable-next-line no-control-regex -- NUL is what this rejects (PostgreSQL text cannot hold it)
const INVALID_TEXT = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

function findInvalidText(value: unknown, path: string): string | null {
  if (typeof value === 'string') return INVALID_TEXT.test(value) ? path : null;
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = findInvalidText(item, `${path}[${index}]`);
      if (found) return found;
    }
    return null;
  }
  if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      const found = findInvalidText(item, `${path}.${key}`);
      if (found) return found;
    }
  }
  return null;
}

function literalWithInvalidText(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    [Kind.STRING](node) {
      if (INVALID_TEXT.test(node.value)) found = true;
    },
  });
  return found;
}

/**
 * Refuses text PostgreSQL cannot store faithfully — in variables and in literals — with
 * BAD_USER_INPUT naming where it is, before anything executes (it used to be a 500 from the
 * database halfway through a mutation).
 */
export function inputTextPlugin<T extends object>(): ApolloServerPlugin<T> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          const variable = findInvalidText(request.variables ?? {}, '$');
          if (variable) {
            throw badRequestInput(
              `${variable.replace(/^\$\./, '$')}: text must not contain NUL characters or unpaired surrogates`,
              variable,
            );
          }
          if (literalWithInvalidText(document)) {
            throw badRequestInput('A string in the operation contains a NUL character or an unpaired surrogate');
          }
        },
      };
    },
  };
}
