import {availableParallelism} from 'node:os';
import type {NextConfig} from 'next';
import createNextIntlPlugin from 'next-intl/plugin';

const withNextIntl = createNextIntlPlugin('./i18n/request.ts');

const nextConfig: NextConfig = {
  // The site is files: `next build` writes every page, feed, image and asset
  // into out/, which any static host, CDN or nginx serves as it is, with the
  // rules of lib/routing (docs/architecture.md). scripts/build/documents.mjs
  // then takes Next's client runtime out of it.
  output: 'export',
  // /sv/statements/<id> is written as out/sv/statements/<id>.html, its address without a trailing slash.
  trailingSlash: false,
  poweredByHeader: false,
  // `next dev` would otherwise write a block of instructions for coding agents into AGENTS.md at the project's root,
  // a file no one here keeps.
  agentRules: false,
  reactStrictMode: true,
  // `npm test` type-checks the whole project once (`npm run typecheck`, scripts
  // and tests included) before it builds, and says so with this variable: its
  // two builds of the same code need not check it again.
  typescript: {ignoreBuildErrors: process.env.TYPECHECKED === '1'},
  experimental: {
    // out/404.html, rendered outside every layout in every language (app/global-not-found.tsx).
    globalNotFound: true,
    // Prerender on every core. Next's default, one worker fewer than the
    // cores, keeps a core for the main process, which waits while the workers
    // prerender: on two cores that is one worker, and a thousand statements'
    // pages and preview images took twice as long (docs/benchmarks.md).
    cpus: availableParallelism(),
  },
};

export default withNextIntl(nextConfig);
