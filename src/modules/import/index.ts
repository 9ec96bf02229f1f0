// The import module (CSV import runs; the CSV export route is export-route.ts, mounted by src/server.ts). Loaded once by src/modules/index.ts.
import './permissions.js';
import './types.js';
import './queries.js';
import './mutations.js';
