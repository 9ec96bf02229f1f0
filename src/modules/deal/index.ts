// The deal module (deals): its role-matrix slice, types, queries and mutations. Loaded once by src/modules/index.ts.
import './permissions.js';
import './types.js';
import './queries.js';
import './mutations.js';
import './subscriptions.js';
