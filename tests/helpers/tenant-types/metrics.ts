import { run, type TenantType } from '../tenant-kit.js';

const REFRESH_METRICS = /* GraphQL */ `
  mutation RefreshMetrics($input: RefreshMetricsInput!) {
    refreshMetrics(input: $input) {
      metrics {
        id
      }
    }
  }
`;

/** Tenant types of the metrics module, for the isolation matrix (see tests/helpers/tenant-kit.ts). */
export const tenantTypes: TenantType[] = [
  {
    typename: 'DailyMetric',
    table: 'daily_metrics',
    // Without from/to, metrics lists the last 30 days: today's row, created below, is in it.
    rootList: 'metrics',
    filterable: false,
    softDelete: false,
    selection: 'id day leadsCreated dealsWon revenueWon',
    nestedTypes: ['DailyMetric'],
    // The dashboard's counters (sql/70_dashboard_counters.sql): no node type of their own, read
    // only through Dashboard, written only by the triggers on deals, leads and activities.
    childTables: ['stage_deal_counters', 'lead_status_counters', 'activity_day_counters'],
    // Today's row, computed by refreshMetrics (the OWNER may); metrics are never edited or removed.
    create: async (actor) => {
      const today = new Date().toISOString().slice(0, 10);
      const data = await run(actor, REFRESH_METRICS, { input: { from: today, to: today } });
      return data.refreshMetrics.metrics[0].id;
    },
    references: [],
  },
];
