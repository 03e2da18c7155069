// An answer's body as its file, undone from the Content-Encoding it was sent
// with, for the checks that hold what a server sends to the build's files.
import {brotliDecompressSync, gunzipSync} from 'node:zlib';

/**
 * The bytes as their file: Brotli or gzip undone, as the encoding (a Content-Encoding) says; as they are with none.
 * @param {string | undefined} encoding
 * @param {Buffer} bytes
 */
export function decode(encoding, bytes) {
  if (encoding === 'br') return brotliDecompressSync(bytes);
  if (encoding === 'gzip') return gunzipSync(bytes);
  return bytes;
}

/**
 * An answer's body as its file.
 * @param {{headers: import('node:http').IncomingHttpHeaders, body: Buffer}} answer
 */
export const decoded = ({headers, body}) => decode(headers['content-encoding'], body);
