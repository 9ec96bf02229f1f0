import { ClientFlowError, ErrorCode } from '../schema/errors.js';

/** The operation limits of README "Limits", as extensions.limit names them. */
export type OperationLimitName = 'depth' | 'aliases' | 'tokens' | 'directives' | 'cost' | 'batch' | 'variablesDepth';

/**
 * OPERATION_LIMIT_EXCEEDED (HTTP 400): which limit, its maximum and what the operation had
 * (`found` is absent where it is not counted to the end: parsing stops at the first token over,
 * the variables' nesting at the first level over).
 */
export function operationLimitExceeded(limit: OperationLimitName, maximum: number, found: number | undefined, message: string) {
  return new ClientFlowError(ErrorCode.OPERATION_LIMIT_EXCEEDED, message, { limit, maximum, ...(found === undefined ? {} : { found }) });
}
