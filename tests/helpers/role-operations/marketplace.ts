import type { OperationSet } from '../role-fixtures.js';

/** Role-matrix operations of the marketplace module: one minimal, valid call per root field. */
export const operations: OperationSet = { Query: {}, Mutation: {} };
