// The trusted-document module (an organization's own documents for its API keys, beside the
// built-in manifest): its role-matrix slice, type, query and mutations. Loaded once by src/modules/index.ts.
import './permissions.js';
import './types.js';
import './queries.js';
import './mutations.js';
