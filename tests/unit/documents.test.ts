import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterEach, describe, expect, test} from 'vitest';
import {
  asDocument,
  clientComponentsIn,
  fontFilesIn,
  runtimeFiles,
  stylesheetsOf,
  withFontPreloads,
} from '../../scripts/build/documents.mjs';

// scripts/build/documents.mjs on pages shaped like Next 16's output (the
// real build's pages are checked end to end by tests/built/documents.test.ts):
// it takes out exactly Next's client runtime, and refuses, loudly, whatever
// it does not recognise.
// The addresses the script step handed on for this build (lib/site/builtScripts.ts).
const scripts = {site: '/enhance/0123abcd.js', search: '/enhance/search/4567cdef.js'};
const ours = '<script src="/enhance/0123abcd.js" defer=""></script>';
const jsonLd = '<script type="application/ld+json">{"@type":"NewsArticle"}</script>';
const nextRuntime = [
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/0j1we3cwg31qe.js"/>',
  '<script src="/_next/static/chunks/0m3mby5pxg4oz.js" async=""></script>',
  '<script src="/_next/static/chunks/0cz1d0mv5g_q7.js" noModule=""></script>',
  '<script id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":[]});</script>',
  '<script>(self.__next_f=self.__next_f||[]).push([0])</script>',
  '<script>self.__next_f.push([1,"1:\\"$Sreact.fragment\\"\\n"])</script>',
].join('');

function page({head = ours, body = nextRuntime} = {}) {
  return `<!DOCTYPE html><html lang="sv"><head><meta charSet="utf-8"/><link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>${head}</head><body><main><p>Text</p>${jsonLd}</main>${body}</body></html>`;
}

test('keeps the page, its stylesheet, its JSON-LD and the site’s script, and nothing of Next’s runtime', () => {
  const {document, removed} = asDocument('/sv', page(), scripts);
  expect(document).toBe(page({body: ''}));
  expect(removed).toEqual({chunks: 2, payload: 2, bootstrap: 1, preloads: 1});
});

describe('refuses', () => {
  test('an inline script it does not know', () => {
    expect(() => asDocument('/sv', page({body: `${nextRuntime}<script>track()</script>`}), scripts)).toThrow(
      /\/sv: a script this step does not know: <script>track\(\)/,
    );
  });

  test('a script from elsewhere', () => {
    const body = `${nextRuntime}<script src="https://cdn.example/x.js" async=""></script>`;
    expect(() => asDocument('/sv', page({body}), scripts)).toThrow(/a script this step does not know/);
  });

  test('a page without Next’s RSC payload: its output has changed', () => {
    const body = nextRuntime.replaceAll(/<script>[^<]*__next_f[^<]*<\/script>/g, '');
    expect(() => asDocument('/sv', page({body}), scripts)).toThrow(/\/sv: no RSC payload found/);
  });

  test('a page without framework chunks: its output has changed', () => {
    const body = nextRuntime.replaceAll(/<script src="[^"]*"[^>]*><\/script>/g, '');
    expect(() => asDocument('/sv', page({body}), scripts)).toThrow(/\/sv: no framework chunks found/);
  });

  test('a site page without the site’s script', () => {
    expect(() => asDocument('/sv', page({head: ''}), scripts)).toThrow(
      /the site's script \(\/enhance\/0123abcd\.js\) is there 0 times/,
    );
  });

  test('the site’s script in any other spelling than the one it knows', () => {
    const head = '<script defer="" src="/enhance/0123abcd.js"></script>';
    expect(() => asDocument('/sv', page({head}), scripts)).toThrow(/a script this step does not know/);
  });

  test('a script of the site that this build did not make, as a page rendered with an earlier build’s', () => {
    const head = '<script src="/enhance/89abcdef.js" defer=""></script>';
    expect(() => asDocument('/sv', page({head}), scripts)).toThrow(
      '/sv asks for <script src="/enhance/89abcdef.js" defer=""></script>, and this build\'s scripts are /enhance/0123abcd.js and /enhance/search/4567cdef.js',
    );
  });

  test('the site’s script in Next’s own error shell, which the site’s layout does not render', () => {
    expect(() => asDocument('/_global-error', page(), scripts)).toThrow(/is there 1 times/);
  });

  test('a preload of a script it does not know', () => {
    const head = `${ours}<link rel="modulepreload" href="/elsewhere.js"/>`;
    expect(() => asDocument('/sv', page({head}), scripts)).toThrow(/a script preload this step does not know/);
  });
});

test('the search page keeps its own script beside the site’s', () => {
  const head = `${ours}<script src="/enhance/search/4567cdef.js" defer=""></script>`;
  expect(asDocument('/sv/search', page({head}), scripts).document).toBe(page({head, body: ''}));
});

test('Next’s own error shell needs no script of ours', () => {
  expect(asDocument('/_global-error', page({head: ''}), scripts).document).not.toContain('<script src');
});

describe('client components in a page’s tree', () => {
  let appDir = '';
  afterEach(() => rmSync(appDir, {recursive: true, force: true}));

  function manifest(modules: string[]) {
    appDir = mkdtempSync(path.join(tmpdir(), 'documents-'));
    const clientModules = Object.fromEntries(modules.map((name, id) => [name, {id, name: '*', chunks: []}]));
    mkdirSync(path.join(appDir, '[locale]'));
    writeFileSync(
      path.join(appDir, '[locale]', 'page_client-reference-manifest.js'),
      `globalThis.__RSC_MANIFEST = globalThis.__RSC_MANIFEST || {};
globalThis.__RSC_MANIFEST["/[locale]/page"] = ${JSON.stringify({clientModules})};`,
    );
    return appDir;
  }

  const router = [
    '[project]/node_modules/next/dist/esm/client/components/layout-router.js',
    '[project]/node_modules/next/dist/esm/lib/framework/boundary-components.js',
    '[project]/node_modules/next/dist/client/components/builtin/global-error.js',
  ];

  test('the App Router’s own are not theirs', () => {
    expect(clientComponentsIn(manifest(router))).toEqual([]);
  });

  test('the site’s, a library’s and next/link are named', () => {
    const found = [
      '[project]/app/_components/Toggle.tsx',
      '[project]/node_modules/next-intl/dist/esm/production/shared/NextIntlClientProvider.js',
      '[project]/node_modules/next/dist/esm/client/app-dir/link.js',
    ];
    expect(clientComponentsIn(manifest([...router, ...found]))).toEqual(found.map((name) => `/[locale]/page: ${name}`));
  });
});

describe('the files of out/ that are Next’s client runtime', () => {
  const site = [
    'sv.html',
    'sv/404.html',
    'sv/statements/a.html',
    'sv/statements/a/preview.png',
    'sv/feed.xml',
    'robots.txt',
    'enhance/0123abcd.js',
    '_next/static/chunks/a.css',
    '_next/static/media/serif.p.woff2',
  ];
  const runtime = [
    'sv.txt',
    'sv/statements/a.txt',
    'sv/__next._tree.txt',
    'sv/404/__next._full.txt',
    '_not-found.html',
    '_not-found/__next._tree.txt',
    '_next/static/chunks/0j1we3cwg31qe.js',
    '_next/static/Z9RyFnPBIjovtsdcYXPlg/_buildManifest.js',
  ];

  test('are the payloads, chunks and manifests, never a page, a feed or robots.txt', () => {
    expect(runtimeFiles([...site, ...runtime]).sort()).toEqual([...runtime].sort());
  });

  test('a file under _next/ this step does not know stops the build', () => {
    expect(() => runtimeFiles([...site, '_next/static/chunks/x.wasm'])).toThrow(
      /out\/_next\/static\/chunks\/x\.wasm: a file of Next this step does not know/,
    );
  });
});

describe('font preloads: every page preloads exactly the font files its stylesheets load', () => {
  const latin = '/_next/static/media/serif_latin.p.2v6oct9tn6jhp.woff2';
  const latinExt = '/_next/static/media/serif_latin_ext.p.1dxmv26me2uu8.woff2';
  const preload = (file: string) => `<link rel="preload" href="${file}" as="font" crossorigin="" type="font/woff2"/>`;
  const stylesheet = '<link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>';
  const withHead = (head: string) =>
    `<!DOCTYPE html><html><head><meta charSet="utf-8"/>${head}</head><body></body></html>`;
  const css =
    '@font-face{font-family:serifLatin;src:url(../media/serif_latin.p.2v6oct9tn6jhp.woff2)format("woff2");font-display:optional}' +
    '@font-face{font-family:serifLatinExt;src:url("../media/serif_latin_ext.p.1dxmv26me2uu8.woff2")format("woff2")}' +
    '@font-face{font-family:serifLatin Fallback;src:local("Times New Roman");size-adjust:99.5%}.a{color:red}';

  test('the files of a stylesheet’s font faces, from out/, and none for a local() fallback', () => {
    expect(fontFilesIn('/_next/static/chunks/a.css', css)).toEqual([latin, latinExt]);
    expect(stylesheetsOf(withHead(stylesheet))).toEqual(['/_next/static/chunks/a.css']);
  });

  test('a page with Next’s preloads of them is left as it is', () => {
    const html = withHead(`${preload(latinExt)}${preload(latin)}${stylesheet}`);
    expect(withFontPreloads('/sv', html, [latin, latinExt])).toBe(html);
  });

  test('a page without them (the global 404) gets them before its stylesheets', () => {
    expect(withFontPreloads('/404', withHead(stylesheet), [latin, latinExt, latin])).toBe(
      withHead(`${preload(latin)}${preload(latinExt)}${stylesheet}`),
    );
  });

  describe('refuses', () => {
    test('preloads of other files than its stylesheets load', () => {
      const html = withHead(`${preload(latin)}${stylesheet}`);
      expect(() => withFontPreloads('/sv', html, [latin, latinExt])).toThrow(
        `/sv preloads ${latin} but draws with ${latin}, ${latinExt}`,
      );
    });

    test('a font preload in another spelling than the one it knows', () => {
      const html = withHead(`<link rel="preload" as="font" href="${latin}"/>${stylesheet}`);
      expect(() => withFontPreloads('/sv', html, [latin])).toThrow(/\/sv: a font preload this step does not know/);
    });

    test('a page whose stylesheets load no font file', () => {
      expect(() => withFontPreloads('/sv', withHead(stylesheet), [])).toThrow(
        /\/sv: its stylesheets load no font file/,
      );
    });

    test('a font face that loads anything but a .woff2 file of the site', () => {
      for (const source of ['url(../media/serif.ttf)', 'url(https://fonts.example/serif.woff2)']) {
        expect(() => fontFilesIn('/_next/static/chunks/a.css', `@font-face{src:${source}}`)).toThrow(
          /a font face loads .*, not a \.woff2 file of the site/,
        );
      }
    });
  });
});
