// The attachment module: its types, queries and mutations. Imported once by src/schema/index.ts.
import './types.js';
import './mutations.js';

export { AttachmentType } from './types.js';
export { createAttachmentService, type AttachmentService } from './service.js';
export { attachmentFileRoutes } from './routes.js';
