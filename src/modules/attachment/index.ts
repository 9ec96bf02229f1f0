// The attachment module: its role-matrix slice, types, queries and mutations. Loaded once by src/modules/index.ts.
import './permissions.js';
import './types.js';
import './queries.js';
import './mutations.js';

export { AttachmentType } from './types.js';
export { createAttachmentService, type AttachmentService } from './service.js';
export { attachmentFileRoutes } from './routes.js';
