// karabakh.conf, the site: the rules of the embedded server (answer(),
// lib/routing/requests.ts) as nginx's maps, servers and locations, made of
// the PCRE of rules.mjs, the headers of header-lines.mjs and the types
// of mime-types.mjs. What nginx does and needs is said in the file itself.
import {STATUS_CODES} from 'node:http';
import {deployedPaths, doNotEdit, generatedBy} from './deployment.mjs';
import {headersOf, quote} from './header-lines.mjs';
import {rules, statements} from './rules.mjs';
import {charsetTypes, compressibleTypes, contentTypes, mimeOf, typesLines} from './mime-types.mjs';
import {headers, methods, paths, requests, target} from './routing-modules.mjs';

const {cacheControl, documentPolicy, filePolicy, negotiationVary, searchPagePolicy} = headers;
const {allowedMethods} = methods;
const {NOT_FOUND} = paths;
const {answer} = requests;
const {targetWithoutPath} = target;

// The refusals' bodies, as the embedded server sends them.
/** @type {(status: number, detail?: string) => string} */
const refusalBody = (status, detail) => `${status} ${STATUS_CODES[status]}${detail ? `: ${detail}` : ''}\\n`;
const badPathDetail = (() => {
  const refusal = answer({method: 'GET', target: '/%E0'}, () => false);
  if (refusal.status !== 400) throw new Error('answer() no longer refuses /%E0 with 400');
  return refusal.detail;
})();

/** @type {(lines: string[], spaces: number) => string} */
const indent = (lines, spaces) => lines.map((line) => `${' '.repeat(spaces)}${line}`).join('\n');

/** The text of karabakh.conf. */
export function siteConfig() {
  const njs = 'karabakh';
  const allow = allowedMethods.join(', ');
  /** @type {Parameters<typeof headersOf>[0]} */
  const toLanguage = {policy: filePolicy, cache: cacheControl.personal, extra: [['Vary', negotiationVary]]};
  return `# ${generatedBy};
# ${doNotEdit}.
#
# The site, served by nginx alone from the files of a build (\`npm run build\`
# writes them into out/): no Node process, no upstream. Every request gets
# the answer of the embedded server (lib/routing/requests.ts, answer()): the
# same status, Location, Cache-Control, Content-Type, Content-Security-Policy
# and security headers. What only nginx does: TLS, HTTP/2, the redirect to
# HTTPS, compressing on the fly what the build did not; and a request line it
# cannot parse (/%zz, OPTIONS *, CONNECT) gets nginx's own 400 page, with the
# site's headers.
#
# Needs Debian's packages nginx, libnginx-mod-http-js,
# libnginx-mod-http-brotli-filter and libnginx-mod-http-brotli-static (their
# load_module lines are in /etc/nginx/modules-enabled/, which Debian's
# nginx.conf includes). Install
#   out/ (all of it, with the .br and .gz copies)  as ${deployedPaths.root}/,
#   this file                                       as /etc/nginx/sites-enabled/karabakh.conf,
#   security-headers.conf                           as ${deployedPaths.snippet},
#   negotiation.js                                  as ${deployedPaths.njsDir}negotiation.js,
# and replace ${deployedPaths.host} and the certificate paths.
# npm run check:edge runs the site's request table through a copy of this file.

# A publication: nothing to post, put, delete or trace (lib/routing/methods.ts).
map $request_method $karabakh_method_allowed {
${allowedMethods.map((method) => `    ${method} 1;`).join('\n')}
    default 0;
}

# A request target of another scheme than http(s) (GET ftp://host/sv), or
# with a byte outside ASCII, which nginx takes as its path and originForm()
# (lib/routing/target.ts) refuses.
map $request $karabakh_bad_target {
    ${quote(`~*${rules.otherScheme}`)} 1;
    ${quote(`~${rules.notAscii}`)} 1;
    default "";
}

# A path nginx takes but normalizePath() refuses: one whose escapes are not
# UTF-8 (/%E0%A4). Only a path with such an escape asks negotiation.js.
map $request_uri $karabakh_bad_path {
    "~^[^?]*%[89a-fA-F][0-9a-fA-F]" $karabakh_undecodable;
    default "";
}

# A path with no file: outside every language, outside /_next and the
# immutable prefixes, and page-like (no dot in its last segment), it is an
# address without its language (@language_less); anything else is a 404.
map $uri $karabakh_missing {
    ${quote(`~${rules.inALanguage}`)} @missing;
${rules.underFiles.map((rule) => `    ${quote(`~${rule}`)} @missing;`).join('\n')}
    ${quote(`~${rules.pageLike}`)} @language_less;
    default @missing;
}

# The 404 documents that may answer a path, the nearest first
# (notFoundDocuments(), lib/routing/paths.ts).
map $uri $karabakh_nearest_404 {
    ${quote(`~${rules.statementNotFound}`)} /$karabakh_locale/${statements}/$karabakh_id/${NOT_FOUND}.html;
    ${quote(`~${rules.languageNotFound}`)} /$karabakh_locale/${NOT_FOUND}.html;
    default /${NOT_FOUND}.html;
}
map $uri $karabakh_language_404 {
    ${quote(`~${rules.languageNotFound}`)} /$karabakh_locale/${NOT_FOUND}.html;
    default /${NOT_FOUND}.html;
}

# Of a file sent with 200 ($uri is the file by then: /sv.html for /sv): its
# caching (cacheControl, lib/routing/headers.ts) and its policy (a document's
# for HTML, the files' for the rest).
map $uri $karabakh_file_cache {
${rules.immutable.map((rule) => `    ${quote(`~${rule}`)} ${quote(cacheControl.immutable)};`).join('\n')}
    default ${quote(cacheControl.page)};
}
map $uri $karabakh_file_policy {
    ${quote(`~${rules.searchPage}`)} ${quote(searchPagePolicy)};
    "~\\.html\\z" ${quote(documentPolicy)};
    default ${quote(filePolicy)};
}

server {
    # The default server of its ports: a request that names no host, or
    # another one, gets this site's answers (and its refusals) too.
    listen 80 default_server;
    listen [::]:80 default_server;
    server_name ${deployedPaths.host};
    server_tokens off;

${indent(headersOf({policy: filePolicy}), 4)}

    # A fixed host, never the request's Host header.
    return 301 https://${deployedPaths.host}$request_uri;
}

server {
    listen 443 ssl http2 default_server;
    listen [::]:443 ssl http2 default_server;
    server_name ${deployedPaths.host};
    server_tokens off;

    ssl_certificate ${deployedPaths.certificate};
    ssl_certificate_key ${deployedPaths.certificateKey};
    ssl_protocols TLSv1.2 TLSv1.3;
    ssl_prefer_server_ciphers off;
    ssl_session_cache shared:karabakh_ssl:10m;
    ssl_session_timeout 1d;
    ssl_session_tickets off;

    # The files of the build and nothing else: no directory listing, no
    # index file (a path with a trailing slash is redirected). A build has no
    # symbolic links, and \`disable_symlinks on\` must stay off: with it,
    # Debian's brotli_static (1.0.0~rc) misses its .br files at random (it
    # hands nginx a path three bytes too long, which that check walks).
    root ${deployedPaths.root};
    autoindex off;
    # Redirects carry a path, never the request's host.
    absolute_redirect off;
    # Whole files only: a Range header is ignored, as the embedded server
    # ignores it (the largest file is a few hundred kilobytes).
    max_ranges 0;
    # Room for long paths, queries, cookies and Accept-Language headers.
    large_client_header_buffers 4 16k;

    js_path ${deployedPaths.njsDir};
    js_import ${njs} from negotiation.js;
    js_set $karabakh_undecodable ${njs}.badPath;

    # The build's Brotli (quality 11) and gzip (level 9) copies beside each
    # compressible file, to the browsers that take them; anything else
    # compressible on the fly.
    brotli_static on;
    gzip_static on;
    brotli on;
    brotli_comp_level 5;
    brotli_types ${compressibleTypes};
    gzip on;
    gzip_vary on;
    gzip_comp_level 6;
    gzip_types ${compressibleTypes};

    # What nginx answers itself is plain text (a refusal), whatever the
    # path's extension: the files' types are those of their locations.
    types {}
    default_type "text/plain; charset=utf-8";
    # UTF-8 where contentTypeOf() says so (text/html always).
    charset utf-8;
    charset_types ${charsetTypes.join(' ')};

    # What nginx answers itself carries the site's headers too: a target or
    # path the embedded server refuses, and nginx's own 400 page (text/html)
    # for a request line it cannot parse (/%zz, OPTIONS *), which never names
    # its host and so reaches the default server of its port: this one.
${indent(headersOf({policy: filePolicy}), 4)}

    # Every 404 is the nearest 404 document, sent with the status 404.
    error_page 404 @not_found;

    # In the order of the embedded server: the request target, the method, the path.
    if ($karabakh_bad_target) {
        return 400 ${quote(refusalBody(400, targetWithoutPath))};
    }

    # Any other method: 405 (TRACE too, which nginx refuses before any location).
    error_page 405 = @method_not_allowed;
    if ($karabakh_method_allowed = 0) {
        return 405;
    }

    if ($karabakh_bad_path) {
        return 400 ${quote(refusalBody(400, badPathDetail))};
    }

    location @method_not_allowed {
${indent(headersOf({policy: filePolicy, extra: [['Allow', allow]]}), 8)}
        return 405 ${quote(refusalBody(405))};
    }

    # /: the reader's language (307), from the locale cookie, else
    # Accept-Language. negotiation.js sends the redirects itself, with no body
    # and no Content-Type, as the embedded server does (nginx's \`return 307\`
    # would add an HTML page).
    location = / {
        default_type "";
${indent(headersOf(toLanguage), 8)}
        js_content ${njs}.toLanguage;
    }

    # A path with a trailing slash: the same path without it (308).
    location ~ /\\z {
        default_type "";
${indent(headersOf({policy: filePolicy, cache: cacheControl.page}), 8)}
        js_content ${njs}.withoutSlash;
    }

    # Files of out/ that are not addresses (isHiddenFile): 404.
    location ~ ${quote(rules.hidden)} {
        return 404;
    }

    # A feed, with its type (contentTypeOf()).
    location ~ ${quote(rules.feed)} {
        default_type ${quote(contentTypes.feed)};
${indent(headersOf({policy: '$karabakh_file_policy', cache: '$karabakh_file_cache'}), 8)}
        try_files $uri =404;
    }

    # A file, or a page (/sv is out/sv.html); else see $karabakh_missing.
    # The types the embedded server sends (sirv's).
    location / {
        types {
${indent(typesLines, 12)}
        }
        default_type application/octet-stream;
${indent(headersOf({policy: '$karabakh_file_policy', cache: '$karabakh_file_cache'}), 8)}
        try_files $uri $uri.html $karabakh_missing;
    }

    # An address without its language (/statements/<id>): the same in the reader's (307).
    location @language_less {
        default_type "";
${indent(headersOf(toLanguage), 8)}
        js_content ${njs}.toLanguage;
    }

    # Anything else: 404, answered by @not_found.
    location @missing {
        return 404;
    }

    # The nearest 404 document, with the status 404 (error_page keeps it).
    location @not_found {
        types {
            ${mimeOf('html')} html;
        }
${indent(headersOf({policy: documentPolicy, cache: cacheControl.notFound}), 8)}
        try_files $karabakh_nearest_404 $karabakh_language_404 /${NOT_FOUND}.html =404;
    }
}
`;
}
