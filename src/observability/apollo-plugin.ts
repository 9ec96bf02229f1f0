import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { Context } from '../context/index.js';
import { currentRequest, type RequestRecord } from './request-scope.js';

/** The response whose errors a record reports, read when the HTTP response has finished. */
const responses = new WeakMap<RequestRecord, { errors?: readonly GraphQLFormattedError[] }>();

const codeOf = (error: unknown) =>
  error instanceof GraphQLError && typeof error.extensions.code === 'string' ? error.extensions.code : 'INTERNAL_SERVER_ERROR';

/**
 * Fills the request's record with what only Apollo knows: the resolved operation's name and
 * type, and the codes of the errors in the response, including those of requests that never
 * reach the pipeline (a failed context: bad token, not a member; a malformed request).
 */
export function requestRecordPlugin(): ApolloServerPlugin<Context> {
  return {
    async contextCreationDidFail({ error }) {
      const record = currentRequest();
      if (record) record.errorCodes = [codeOf(error)];
    },
    async invalidRequestWasReceived({ error }) {
      const record = currentRequest();
      if (record) record.errorCodes = [codeOf(error)];
    },
    async requestDidStart() {
      const record = currentRequest();
      if (!record) return;
      return {
        async didResolveOperation({ operation, operationName }) {
          record.operationName = operationName ?? undefined;
          record.operationType = operation?.operation;
        },
        async willSendResponse({ response }) {
          // willSendResponse hooks run concurrently, and the transaction plugin may still replace
          // the errors when its COMMIT fails: keep the result and read its errors at the end.
          if (response.body.kind === 'single') responses.set(record, response.body.singleResult);
        },
      };
    },
  };
}

/** Settles record.errorCodes from the response sent (call once the HTTP response has finished). */
export function settleErrorCodes(record: RequestRecord): void {
  const result = responses.get(record);
  if (!result) return;
  record.errorCodes = (result.errors ?? []).map((error) =>
    typeof error.extensions?.code === 'string' ? error.extensions.code : 'INTERNAL_SERVER_ERROR',
  );
}
