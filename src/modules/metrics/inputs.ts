import { builder } from '../../schema/builder.js';

export const RefreshMetricsInput = builder.inputType('RefreshMetricsInput', {
  fields: (t) => ({
    from: t.field({ type: 'Date', required: true, description: 'First day (UTC), included.' }),
    to: t.field({ type: 'Date', required: true, description: 'Last day (UTC), included; today at the latest.' }),
  }),
});
