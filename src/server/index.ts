/** HTTP API and web app: `createServer({ store, host, port, token })`. */
export { createServer, type ServerOptions, type SitrepServer } from './create-server.js';
export { ensureWebBuild } from './web-build.js';
export type { Backend } from './types.js';
