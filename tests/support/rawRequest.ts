import {connect as connectTcp} from 'node:net';
import type {Socket} from 'node:net';
import {connect as connectTls} from 'node:tls';

// A request sent byte for byte, for what Playwright's request API cannot
// send: absolute-form, authority-form and asterisk-form targets, CONNECT,
// methods and request lines Node's parser refuses.

export type RawAnswer = {
  /** Undefined when the server closed the connection without an answer. */
  status: number | undefined;
  /** Lower-cased names; a repeated header's values joined with ", ". */
  headers: Record<string, string>;
  /** The whole answer as received, head and body. */
  text: string;
};

/**
 * Sends `requestLine` (`OPTIONS * HTTP/1.1`) with a Host header for `baseURL`,
 * `Connection: close` and `headers` (which may replace either) to the server at `baseURL` (http or https),
 * and reads until it closes the connection.
 */
export function rawRequest(
  baseURL: string,
  requestLine: string,
  headers: Record<string, string> = {},
): Promise<RawAnswer> {
  const url = new URL(baseURL);
  const secure = url.protocol === 'https:';
  const port = Number(url.port || (secure ? 443 : 80));
  const head = Object.entries({host: url.host, connection: 'close', ...headers})
    .map(([name, value]) => `${name}: ${value}\r\n`)
    .join('');
  return new Promise((resolve, reject) => {
    const socket: Socket = secure
      ? connectTls({host: url.hostname, port, servername: url.hostname, rejectUnauthorized: false})
      : connectTcp({host: url.hostname, port});
    const chunks: Buffer[] = [];
    socket.once(secure ? 'secureConnect' : 'connect', () => socket.write(`${requestLine}\r\n${head}\r\n`));
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.setTimeout(10_000, () => socket.destroy(new Error(`no answer to ${requestLine} within 10 s`)));
    socket.once('error', reject);
    socket.once('close', () => resolve(parse(Buffer.concat(chunks).toString('latin1'))));
  });
}

function parse(text: string): RawAnswer {
  const [head = ''] = text.split('\r\n\r\n', 1);
  const [statusLine = '', ...lines] = head.split('\r\n');
  const status = statusLine.match(/^HTTP\/\d(?:\.\d)? (\d{3})/)?.[1];
  const headers: Record<string, string> = {};
  for (const line of lines) {
    const colon = line.indexOf(':');
    if (colon < 1) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    headers[name] = headers[name] === undefined ? value : `${headers[name]}, ${value}`;
  }
  return {status: status === undefined ? undefined : Number(status), headers, text};
}
