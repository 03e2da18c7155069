// An answer's body as its file, undone from the Content-Encoding it was sent
// with, for the checks that hold what a server sends to the build's files.
import {brotliDecompressSync, gunzipSync} from 'node:zlib';

/**
 * The body as its file: Brotli or gzip undone, as the Content-Encoding says; as it is with none.
 * @param {{headers: import('node:http').IncomingHttpHeaders, body: Buffer}} answer
 */
export function decoded({headers, body}) {
  const encoding = headers['content-encoding'];
  if (encoding === 'br') return brotliDecompressSync(body);
  if (encoding === 'gzip') return gunzipSync(body);
  return body;
}
