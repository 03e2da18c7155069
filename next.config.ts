import type {NextConfig} from 'next';
import createNextIntlPlugin from 'next-intl/plugin';
import {assetContentSecurityPolicy, securityHeaders} from './lib/security/headers';
import enhancementScript from './lib/site/enhancementScript.json';

const withNextIntl = createNextIntlPlugin('./i18n/request.ts');

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // A self-contained server (node .next/standalone/server.js) for deployment;
  // scripts/build/standalone-assets.mjs adds what it does not copy itself.
  output: 'standalone',
  // The statements are read from messages/statements/ when a 404 is rendered
  // (lib/content/statements.ts): the standalone server needs them beside it.
  outputFileTracingIncludes: {'/**/*': ['./messages/statements/**/*.json']},
  reactStrictMode: true,
  headers: async () => [
    {source: '/:path*', headers: securityHeaders},
    {source: '/_next/static/:path*', headers: [assetContentSecurityPolicy]},
    // The site's script is named by its content's hash: any copy of it can be kept for good.
    {
      source: `${enhancementScript.urlPath}:file`,
      headers: [{key: 'Cache-Control', value: 'public, max-age=31536000, immutable'}],
    },
  ],
  experimental: {
    // Unknown paths are answered by app/global-not-found.tsx, rendered in full on
    // the server and in the path's language (see app/_components/not-found/).
    globalNotFound: true,
  },
};

export default withNextIntl(nextConfig);
