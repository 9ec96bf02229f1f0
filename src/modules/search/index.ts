// The search module: its types, queries and mutations. Imported once by src/schema/index.ts.
import './types.js';
