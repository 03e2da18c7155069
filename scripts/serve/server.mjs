// The standalone server: `node .next/standalone/serve/server.mjs` (PORT,
// HOSTNAME, KEEP_ALIVE_TIMEOUT, as Next's own server.js beside it), what
// `npm run serve` and `npm run start:standalone` run and what a deployment
// starts (docs/deployment.md).
//
// Why it exists: some requests never reach proxy.ts. Node's HTTP parser or
// Next refuses them first, with a 500, a bare 400 or no answer at all:
// TRACE (Node's fetch, which Next wraps every request in, refuses it), the
// `*` and `host:port` request targets, CONNECT, methods Node's parser does not
// know, a missing Host, RSC payloads that do not exist (payloads.mjs); and
// Next redirects an absolute-form target to the host it names. This file is Next's server.js with its own Node server in
// front of Next's request handler, which answers those itself, with the
// site's security headers, and hands everything else to Next untouched: the
// proxy keeps every rule it can apply (docs/request-table-findings.md).
import {readFileSync} from 'node:fs';
import {createServer} from 'node:http';
import {createRequire} from 'node:module';
import path from 'node:path';
import {allow, allowedMethods, answer, answerOnSocket} from './answers.mjs';
import {isPayloadFile, withoutMissingPayload} from './payloads.mjs';
import {originForm} from './requestTarget.mjs';

const dir = path.join(import.meta.dirname, '..');
process.env.NODE_ENV = 'production';
process.chdir(dir);

// As Next's server.js: the build's config, which the standalone folder has no next.config.ts for.
const {config} = JSON.parse(readFileSync(path.join(dir, '.next', 'required-server-files.json'), 'utf8'));
process.env.__NEXT_PRIVATE_STANDALONE_CONFIG = JSON.stringify(config);
const require = createRequire(import.meta.url);
require('next');
// The handler Next's own startServer (server.js) and its custom-server API build on.
const {getRequestHandlers} = require('next/dist/server/lib/start-server');

const port = Number.parseInt(process.env.PORT ?? '', 10) || 3000;
const hostname = process.env.HOSTNAME || '0.0.0.0';
const keepAliveSetting = Number.parseInt(process.env.KEEP_ALIVE_TIMEOUT ?? '', 10);
const keepAliveTimeout = keepAliveSetting >= 0 ? keepAliveSetting : undefined;

// Methods Node parses but Fetch forbids (CONNECT, TRACE, TRACK): Next cannot
// build the proxy's request from them. The site's other refusals are the proxy's.
const forbiddenByFetch = new Set(['CONNECT', 'TRACE', 'TRACK']);

// Next compares the origin of a rewrite the proxy makes with one it builds
// from this hostname, while the proxy's URLs spell every loopback address
// "localhost". Told 127.0.0.1, Next took next-intl's rewrite of an encoded
// path (/sv/%61) for another origin and fetched it from itself: over HTTPS
// behind a proxy sending X-Forwarded-Proto, a 500.
const nextHostname = /^(127(\.\d{1,3}){3}|::1|\[::1\])$/.test(hostname) ? 'localhost' : hostname;

// Node answers a missing Host with a bare 400; this server answers it itself.
const server = createServer({requireHostHeader: false});
if (keepAliveTimeout !== undefined) server.keepAliveTimeout = keepAliveTimeout;

const next = await getRequestHandlers({dir, port, hostname: nextHostname, isDev: false, server, keepAliveTimeout});

/** Answers what Next cannot, and hands the rest to Next as origin-form. */
async function handle(request, response) {
  const target = originForm(request.url ?? '');
  if (target === undefined) {
    return answer(response, 400, 'the request target is neither a path nor an absolute http(s) URL');
  }
  if (forbiddenByFetch.has(request.method ?? '')) return answer(response, 405, undefined, allow);
  if (request.httpVersion === '1.1' && request.headers.host === undefined) {
    return answer(response, 400, 'an HTTP/1.1 request needs a Host header');
  }
  const query = target.indexOf('?');
  const pathname = query === -1 ? target : target.slice(0, query);
  if (isPayloadFile(pathname)) return answer(response, 404);
  withoutMissingPayload(request, pathname);
  request.url = target;
  try {
    await next.requestHandler(request, response);
  } catch (error) {
    // As Next's own server does with an error that escapes its handler.
    console.error(error);
    if (!response.headersSent) answer(response, 500);
    else response.destroy();
  }
}

server.on('request', handle);

// No 'upgrade' listener: Node then hands an Upgrade request (WebSocket, h2c)
// to 'request' like any other, and it gets the page; Next's upgrade handler,
// which serves development's hot reloading, dropped them unanswered.
server.on('connect', (_request, socket) => answerOnSocket(socket, 405, undefined, allow));
server.on('checkExpectation', (_request, response) => answer(response, 417));
server.on('clientError', (error, socket) => {
  if (!socket.writable || error.code === 'ECONNRESET') {
    socket.destroy();
  } else if (error.code === 'HPE_INVALID_METHOD') {
    answerOnSocket(socket, 405, undefined, allow);
  } else if (error.code === 'HPE_HEADER_OVERFLOW') {
    answerOnSocket(socket, 431);
  } else if (error.code === 'ERR_HTTP_REQUEST_TIMEOUT') {
    answerOnSocket(socket, 408);
  } else {
    answerOnSocket(socket, 400);
  }
});

server.listen(port, hostname, () => {
  console.log(`Serving ${allowedMethods.join(' and ')} on http://${hostname}:${port}`);
});

// Docker and systemd stop with SIGTERM: finish what is in flight, then stop Next.
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    server.close(() => {
      next.server
        ?.close()
        .catch(console.error)
        .finally(() => process.exit(0));
    });
  });
}
