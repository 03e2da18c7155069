// The answers the entry point gives itself, before Next: a status, a line of
// text and the site's security headers (lib/security/headers.ts, written
// beside this file as policy.json by scripts/build/standalone-assets.mjs).
import {readFileSync} from 'node:fs';
import {STATUS_CODES} from 'node:http';
import path from 'node:path';

/** @type {{headers: [string, string][], allowedMethods: string[]}} */
const policy = JSON.parse(readFileSync(path.join(import.meta.dirname, 'policy.json'), 'utf8'));

const securityHeaders = Object.fromEntries(policy.headers);
export const allowedMethods = policy.allowedMethods;
export const allow = {allow: allowedMethods.join(', ')};

function headersFor(body, extra) {
  return {
    ...securityHeaders,
    ...extra,
    'content-type': 'text/plain; charset=utf-8',
    'content-length': String(Buffer.byteLength(body)),
  };
}

const bodyOf = (status, detail) => `${status} ${STATUS_CODES[status]}${detail ? `: ${detail}` : ''}\n`;

/** Answers a request Next is not to see (HEAD gets the headers only: Node leaves the body out). */
export function answer(response, status, detail, extra = {}) {
  const body = bodyOf(status, detail);
  response.writeHead(status, headersFor(body, {...extra, connection: 'close'}));
  response.end(body);
}

/**
 * Answers on the bare socket what Node's parser refuses before there is a
 * request object (an unknown method, a malformed request line), and CONNECT,
 * which Node hands over as a socket; then closes the connection.
 */
export function answerOnSocket(socket, status, detail, extra = {}) {
  const body = bodyOf(status, detail);
  const head = Object.entries(headersFor(body, {...extra, connection: 'close'}))
    .map(([key, value]) => `${key}: ${value}\r\n`)
    .join('');
  socket.end(`HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\n${head}\r\n${body}`);
}
