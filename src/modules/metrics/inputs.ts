import { z } from 'zod';
import { builder } from '../../schema/builder.js';
import { clearable, globalId } from '../../schema/validation.js';

export const RefreshMetricsInput = builder.inputType('RefreshMetricsInput', {
  fields: (t) => ({
    from: t.field({ type: 'Date', required: true, description: 'First day (UTC), included.' }),
    to: t.field({ type: 'Date', required: true, description: 'Last day (UTC), included; today at the latest.' }),
  }),
});

/** Dashboard.pipelineSummary's arguments: no pipelineId means the default pipeline. */
export const pipelineSummaryArgs = z.object({ pipelineId: clearable(globalId('Pipeline')) });
