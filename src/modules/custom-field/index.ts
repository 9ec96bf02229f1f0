// The custom-field module (typed custom field definitions of companies, contacts, leads, deals and
// activities): its role-matrix slice, types, queries and mutations. Loaded once by src/modules/index.ts.
// What the entity modules and the CSV import call: service.ts (customFieldDefinitions,
// assertCustomFieldValues, validateCustomFieldValues); the rules without the database: values.ts.
import './permissions.js';
import './types.js';
import './queries.js';
import './mutations.js';
