// The headers nginx adds to its responses, as add_header lines: the
// security headers of every response (security-headers.conf, written here),
// and each kind of response's policy and caching (lib/routing/headers.ts).
import {deployedPaths, doNotEdit, generatedBy} from './deployment.mjs';
import {headers} from './routing-modules.mjs';

const {securityHeaders} = headers;

// In an nginx string a backslash escapes only quotes, backslashes and t, r, n: `\z` and `\.` stay as they are.
/** @param {string} value */
export const quote = (value) => `"${value.replaceAll('"', '\\"')}"`;
/** @type {(name: string, value: string) => string} */
const header = (name, value) => `add_header ${name} ${value.startsWith('$') ? value : quote(value)} always;`;

/**
 * The headers of one kind of response: the security headers, its policy, and its caching if any.
 * @param {{policy: string, cache?: string, extra?: [name: string, value: string][]}} response
 */
export function headersOf({policy, cache, extra = []}) {
  return [
    `include ${deployedPaths.snippet};`,
    header('Content-Security-Policy', policy),
    ...(cache ? [header('Cache-Control', cache)] : []),
    ...extra.map(([name, value]) => header(name, value)),
  ];
}

export function securityHeadersFile() {
  return `# ${generatedBy};
# ${doNotEdit}.
#
# securityHeaders (lib/routing/headers.ts), on every response: included in
# each location of karabakh.conf, which adds the Content-Security-Policy and
# Cache-Control of its kind of response. Installed as
# ${deployedPaths.snippet}.
${securityHeaders.map(([name, value]) => header(name, value)).join('\n')}
`;
}
