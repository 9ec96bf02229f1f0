import type { OperationSet } from '../role-fixtures.js';

/** Role-matrix operations of the metrics module: one minimal, valid call per root field. */
export const operations: OperationSet = {
  Query: {
    metrics: { query: '{ metrics(from: "2026-10-01", to: "2026-10-31", first: 5) { totalCount } }' },
    dashboard: {
      query: `{ dashboard {
        pipelineSummary { stage { id } dealCount totalValue weightedValue }
        winRate(from: "2026-01-01T00:00:00Z", to: "2027-01-01T00:00:00Z") { won lost rate }
        activityCounts(from: "2026-01-01T00:00:00Z", to: "2027-01-01T00:00:00Z") { byType { type count } byOwner { user { id } count } }
        leadFunnel { status count }
      } }`,
    },
  },
  Mutation: {
    refreshMetrics: {
      query: 'mutation ($input: RefreshMetricsInput!) { refreshMetrics(input: $input) { refreshedDays metrics { id } } }',
      variables: async () => ({ input: { from: '2026-10-01', to: '2026-10-07' } }),
    },
  },
};
