import type { ApolloServerPlugin } from '@apollo/server';
import { getNamedType, TypeInfo, valueFromAST, visit, visitWithTypeInfo } from 'graphql';
import { MAX_PAGE_SIZE } from './builder.js';
import { ClientFlowError, ErrorCode } from './errors.js';

/**
 * Rejects a `first`/`last` above MAX_PAGE_SIZE on any connection in the operation, before
 * anything executes — one check for root and nested connections alike. (Pothos alone would
 * silently trim the page, and a client would think it had everything.)
 */
export function pageSizeLimitPlugin<T extends object>(): ApolloServerPlugin<T> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, schema, request }) {
          const typeInfo = new TypeInfo(schema);
          visit(
            document,
            visitWithTypeInfo(typeInfo, {
              Argument(node) {
                if (node.name.value !== 'first' && node.name.value !== 'last') return;
                const field = typeInfo.getFieldDef();
                const argument = typeInfo.getArgument();
                if (!field || !argument || !getNamedType(field.type).name.endsWith('Connection')) return;
                const value = valueFromAST(node.value, argument.type, request.variables ?? {});
                if (typeof value === 'number' && (value < 0 || value > MAX_PAGE_SIZE)) {
                  throw new ClientFlowError(
                    ErrorCode.BAD_USER_INPUT,
                    `${field.name}(${node.name.value}: ${value}): page size must be between 0 and ${MAX_PAGE_SIZE}`,
                    { field: node.name.value, http: { status: 400 } },
                  );
                }
              },
            }),
          );
        },
      };
    },
  };
}
