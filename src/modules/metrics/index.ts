// The metrics module: its types, queries and mutations. Imported once by src/schema/index.ts.
import './types.js';
import './mutations.js';
import './dashboard.js';

export { DailyMetricType } from './types.js';
