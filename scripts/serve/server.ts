// The embedded server: out/ on its own, for a machine with nothing but Node
// (npm start, npm run serve). Every decision is lib/routing's (answer()); this
// file only speaks HTTP: sirv sends the files, with the build's Brotli and gzip
// copies to the browsers that take them (the 404 documents are sent here, as
// sirv sends 200s only). It follows the link deploy/publish.sh switches. nginx gives the same answers from
// deploy/nginx/ (docs/architecture.md, "The rules").
import {createReadStream, lstatSync, readlinkSync, statSync} from 'node:fs';
import {createServer, STATUS_CODES} from 'node:http';
import type {IncomingMessage, Server, ServerResponse} from 'node:http';
import type {Socket} from 'node:net';
import path from 'node:path';
import sirv from 'sirv';
import {cacheControl, filePolicy, negotiationVary, policyOfFile, securityHeaders} from '../../lib/routing/headers';
import {allowedMethods} from '../../lib/routing/methods';
import {contentTypeOf} from '../../lib/routing/paths';
import {answer} from '../../lib/routing/requests';
import {isValidHost, originForm, targetWithoutPath} from '../../lib/routing/target';
import {sitePaths} from '../support/site-paths.mjs';

const allow = {Allow: allowedMethods.join(', ')};

function plainText(status: number, detail?: string) {
  const body = `${status} ${STATUS_CODES[status]}${detail ? `: ${detail}` : ''}\n`;
  const headers = {
    ...Object.fromEntries(securityHeaders),
    'Content-Security-Policy': filePolicy,
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': String(Buffer.byteLength(body)),
  };
  return {body, headers};
}

/** A refusal, with the site's headers (HEAD gets them without the body: Node leaves it out). */
function refuse(response: ServerResponse, status: number, detail?: string, extra: Record<string, string> = {}) {
  const {body, headers} = plainText(status, detail);
  response.writeHead(status, {...headers, ...extra});
  response.end(body);
}

/** The same on the bare socket, for what Node's parser refuses before there is a request. */
function refuseOnSocket(socket: Socket, status: number, extra: Record<string, string> = {}) {
  const {body, headers} = plainText(status);
  const head = Object.entries({...headers, ...extra, Connection: 'close'})
    .map(([key, value]) => `${key}: ${value}\r\n`)
    .join('');
  socket.end(`HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\n${head}\r\n${body}`);
}

/** One build, whole: its files and what sends them. A request is served from one release from start to end. */
type Release = {dir: string; files: Set<string>; send: ReturnType<typeof sirv>};

function releaseOf(dir: string): Release {
  return {
    dir,
    // Every file of the build, as the paths `answer()` asks about (`/sv.html`).
    files: new Set(sitePaths(dir)),
    // Every file as it is on disk, or its .br or .gz copy to a browser that takes it.
    send: sirv(dir, {dev: false, etag: true, brotli: true, gzip: true, extensions: [], dotfiles: false}),
  };
}

/**
 * The release `outDir` names now. deploy/publish.sh switches the link `out`
 * from one release to the next in one rename: where `outDir` is that link, it
 * is read on every request (one readlink), and the next release's files are
 * listed when the first request sees it, so that no restart is needed and
 * nothing is sent from a release the link has left. A plain folder (a
 * build's out/) is listed once.
 */
function releases(outDir: string): () => Release {
  if (!lstatSync(outDir).isSymbolicLink()) {
    const release = releaseOf(outDir);
    return () => release;
  }
  const base = path.dirname(outDir);
  let current = releaseOf(path.resolve(base, readlinkSync(outDir)));
  return () => {
    try {
      const dir = path.resolve(base, readlinkSync(outDir));
      if (dir !== current.dir) current = releaseOf(dir);
    } catch (error) {
      // The link gone, or naming no folder: the release the server has stays served, and the log says why.
      console.error(`${outDir} names no release (${String(error)}): serving ${current.dir}`);
    }
    return current;
  };
}

/**
 * A 404 document as the 404 it is, whole, or its .br or .gz copy, as sirv
 * would choose it (sirv answers 200, 206 or 304, never 404). Never "not
 * modified": a 404 has no validator.
 */
function sendNotFound(request: IncomingMessage, response: ServerResponse, {dir, files}: Release, file: string) {
  const accepted = request.headers['accept-encoding'] ?? '';
  const [copy, encoding] = (
    [
      [`${file}.br`, 'br', /(br|brotli)/i.test(accepted)],
      [`${file}.gz`, 'gzip', accepted.includes('gzip')],
      [file, undefined, true],
    ] as const
  ).find(([name, , takes]) => takes && files.has(name)) ?? [file, undefined];
  const onDisk = path.join(dir, copy);
  const size = statSync(onDisk, {throwIfNoEntry: false})?.size;
  // Its release removed under the request (three publications since it began).
  if (size === undefined) return refuse(response, 404);
  response.writeHead(404, {
    'Content-Length': size,
    Vary: 'Accept-Encoding',
    ...(encoding ? {'Content-Encoding': encoding} : {}),
  });
  if (request.method === 'HEAD') return response.end();
  createReadStream(onDisk)
    .once('error', () => response.destroy())
    .pipe(response);
}

const parserStatus: Record<string, number> = {
  HPE_INVALID_METHOD: 405,
  HPE_HEADER_OVERFLOW: 431,
  ERR_HTTP_REQUEST_TIMEOUT: 408,
};

/**
 * A server for the site in `outDir`: a build's out/, or the link that
 * deploy/publish.sh switches from one release to the next.
 */
export function createSiteServer(outDir: string): Server {
  const releaseNow = releases(outDir);

  const handle = (request: IncomingMessage, response: ServerResponse) => {
    if (request.httpVersionMajor !== 1) return refuse(response, 505);
    const target = originForm(request.url ?? '');
    if (target === undefined) return refuse(response, 400, targetWithoutPath);
    const {host} = request.headers;
    if (host === undefined ? request.httpVersion === '1.1' : !isValidHost(host)) {
      return refuse(response, 400, 'the request needs a valid Host header');
    }
    const release = releaseNow();
    const decision = answer(
      {
        method: request.method ?? '',
        target,
        cookie: request.headers.cookie,
        acceptLanguage: request.headers['accept-language'],
      },
      (file) => release.files.has(file),
    );
    if (decision.kind === 'refusal') {
      return refuse(response, decision.status, decision.detail, decision.status === 405 ? allow : {});
    }
    for (const [name, value] of securityHeaders) response.setHeader(name, value);
    response.setHeader('Cache-Control', cacheControl[decision.cache]);
    if (decision.kind === 'redirect') {
      response.setHeader('Content-Security-Policy', filePolicy);
      if (decision.cache === 'personal') response.setHeader('Vary', negotiationVary);
      response.writeHead(decision.status, {Location: decision.location, 'Content-Length': '0'});
      return response.end();
    }
    const contentType = contentTypeOf(decision.file);
    if (contentType) response.setHeader('Content-Type', contentType);
    response.setHeader('Content-Security-Policy', policyOfFile(decision.file));
    if (decision.status === 404) return sendNotFound(request, response, release, decision.file);
    // sirv reads the file's path from the URL, decoding it once.
    request.url = encodeURI(decision.file);
    // Whole files only, as nginx sends them (max_ranges 0, deploy/nginx): sirv
    // has no option to ignore a Range, and misreads a suffix (bytes=-10).
    delete request.headers.range;
    // A file read that fails midway (a build replacing out/ under the server)
    // ends this response, not the process.
    response.once('pipe', (source) => source.once('error', () => response.destroy()));
    release.send(request, response, () => refuse(response, 404));
  };
  const server = createServer({requireHostHeader: false}, handle);

  // An Expect the site does not know is ignored, as nginx ignores it.
  server.on('checkExpectation', handle);
  // CONNECT's target has no path (lib/routing/target.ts).
  server.on('connect', (_request, socket: Socket) => refuseOnSocket(socket, 400));
  // Methods Node's parser does not know (TRACK) and other malformed requests:
  // the status nginx gives them, on the bare socket.
  server.on('clientError', (error: NodeJS.ErrnoException & {rawPacket?: Buffer}, socket: Socket) => {
    if (!socket.writable || error.code === 'ECONNRESET') return socket.destroy();
    let status = parserStatus[error.code ?? ''] ?? 400;
    // A method is upper-case letters, `_` and `-` to nginx; anything else (`get`) is a malformed request.
    if (status === 405 && !/^[A-Z_-]+ /.test(error.rawPacket?.toString('latin1') ?? '')) status = 400;
    refuseOnSocket(socket, status, status === 405 ? allow : {});
  });
  return server;
}
