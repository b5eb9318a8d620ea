/** The web view's public surface: start a server over a store reader; build the app's paths. */
export { handleRequest, startServer, CONTENT_SECURITY_POLICY, type RunningServer, type StartOptions } from './server.js';
export { urls } from './urls.js';
