// The notification module: its types, queries and mutations. Imported once by src/schema/index.ts.
import './types.js';
import './mutations.js';

export { NotificationType, NotificationTypeEnum } from './types.js';
