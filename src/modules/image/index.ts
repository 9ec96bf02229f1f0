// The image module: organization logos (upload, set, the public route). Loaded once by src/modules/index.ts.
import './permissions.js';
import './types.js';
import './queries.js';
import './mutations.js';

export { publicImageRoutes, PUBLIC_IMAGES_PATH } from './routes.js';
