// The site only publishes: there is nothing to post, put or delete. proxy.ts
// answers every other method with 405, and so does the standalone entry point
// (scripts/serve/) for the methods that never reach the proxy; the build hands
// it this list (scripts/build/standalone-assets.mjs).
export const allowedMethods = ['GET', 'HEAD'];
