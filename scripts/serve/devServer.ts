// npm run dev: lib/routing's rules in front of `next dev`, so that development
// answers as every host does (docs/architecture.md, "The rules"): `/`
// negotiated, the trailing slash, refusals, addresses without a language, and
// each 404 answered with its 404 document. `next dev` renders what the rules
// send a request to, with hot reloading; where it has nothing, the nearest 404
// document it renders is sent, with 404 (for a path outside every language,
// Next's own development 404: it renders out/404.html only when it builds).
// Headers are `next dev`'s own: its hot reloading needs what the site's
// policy forbids.
import {createServer, request as forward, STATUS_CODES} from 'node:http';
import type {IncomingMessage, Server, ServerResponse} from 'node:http';
import {connect} from 'node:net';
import {routing} from '../../i18n/routing';
import {allowedMethods} from '../../lib/routing/methods';
import {isLanguageLess, notFoundDocuments} from '../../lib/routing/paths';
import {answer} from '../../lib/routing/requests';
import {originForm} from '../../lib/routing/target';

/**
 * What `next dev` may render: a path of a language, a file with its extension,
 * Next's own; never a built page's .html, which development does not write.
 */
function rendered(file: string): boolean {
  return !file.endsWith('.html') && !isLanguageLess(file, routing.locales);
}

/** A server that answers as the hosts do, with what `next dev` on `nextPort` renders. */
export function createDevServer(nextPort: number): Server {
  const origin = `http://127.0.0.1:${nextPort}`;
  const headersOf = (request: IncomingMessage) =>
    Object.fromEntries(
      Object.entries(request.headers).flatMap(([name, value]) =>
        typeof value === 'string' && name !== 'accept-encoding' ? [[name, value]] : [],
      ),
    );

  /**
   * The first of `paths` next dev renders: the first with its own status, any
   * later one (a 404 document) with 404, as is `notFound` of them all.
   */
  async function send(request: IncomingMessage, response: ServerResponse, paths: string[], notFound = false) {
    for (const [index, path] of paths.entries()) {
      const reply = await fetch(origin + path, {headers: headersOf(request), redirect: 'manual'});
      // With output: 'export', next dev answers a path no generateStaticParams lists with a 500.
      if ((reply.status === 404 || reply.status === 500) && index < paths.length - 1) {
        if (reply.status === 500) console.warn(`next dev answered ${path} with 500: sending its 404 document`);
        continue;
      }
      const headers = Object.fromEntries([...reply.headers].filter(([name]) => name !== 'content-encoding'));
      delete headers['content-length'];
      response.writeHead(notFound || index > 0 ? 404 : reply.status, headers);
      return response.end(Buffer.from(await reply.arrayBuffer()));
    }
  }

  /** The nearest 404 document of `path`, as next dev renders it (out/404.html is its global not-found). */
  const notFound = (path: string) =>
    notFoundDocuments(path, routing.locales).map((document) => document.replace(/\.html$/, ''));

  const server = createServer((request, response) => {
    const target = originForm(request.url ?? '') ?? '';
    if (target.startsWith('/_next/')) {
      // Next's own assets and endpoints, streamed as they are.
      const upstream = forward(
        {port: nextPort, host: '127.0.0.1', method: request.method, path: target, headers: request.headers},
        (reply) => {
          response.writeHead(reply.statusCode ?? 502, reply.headers);
          reply.pipe(response);
        },
      );
      upstream.on('error', () => response.destroy());
      return request.pipe(upstream);
    }
    const decision = answer(
      {
        method: request.method ?? '',
        target,
        cookie: request.headers.cookie,
        acceptLanguage: request.headers['accept-language'],
      },
      rendered,
    );
    if (decision.kind === 'redirect') {
      response.writeHead(decision.status, {location: decision.location, 'cache-control': 'no-store'});
      return response.end();
    }
    const path = target.split('?')[0] ?? '/';
    const sent =
      decision.kind === 'file'
        ? send(request, response, [target, ...notFound(path)]).then(() => undefined)
        : decision.status === 404
          ? send(request, response, notFound(path), true)
          : Promise.resolve(
              response
                .writeHead(decision.status, decision.status === 405 ? {allow: allowedMethods.join(', ')} : {})
                .end(`${decision.status} ${STATUS_CODES[decision.status]}\n`),
            );
    sent.catch(() =>
      response.headersSent
        ? response.destroy()
        : response.writeHead(502).end(`next dev is not answering on ${origin}\n`),
    );
  });

  // Hot reloading's WebSocket, passed through as it is.
  server.on('upgrade', (request: IncomingMessage, socket, head: Buffer) => {
    const upstream = connect(nextPort, '127.0.0.1', () => {
      const lines = Object.entries(request.headers).map(([name, value]) => `${name}: ${String(value)}`);
      upstream.write(`${request.method} ${request.url} HTTP/1.1\r\n${lines.join('\r\n')}\r\n\r\n`);
      upstream.write(head);
      socket.pipe(upstream).pipe(socket);
    });
    upstream.on('error', () => socket.destroy());
    socket.on('error', () => upstream.destroy());
  });
  return server;
}
