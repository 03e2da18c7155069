// Response headers for every response: pages, redirects, 404s and assets.
// Applied by next.config.ts (headers()) and, for the responses the proxy makes
// itself (400, 405), by proxy.ts.

/** Browser features the site does not use, switched off for it and any frame. */
const deniedFeatures = [
  'accelerometer',
  'autoplay',
  'camera',
  'display-capture',
  'encrypted-media',
  'fullscreen',
  'geolocation',
  'gyroscope',
  'hid',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'picture-in-picture',
  'publickey-credentials-get',
  'screen-wake-lock',
  'serial',
  'usb',
  'xr-spatial-tracking',
];

export const securityHeaders: {key: string; value: string}[] = [
  {key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains; preload'},
  {key: 'X-Content-Type-Options', value: 'nosniff'},
  {key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin'},
  {
    key: 'Permissions-Policy',
    // Copying a paragraph link and sharing the statement stay allowed for the site itself.
    value: [...deniedFeatures.map((feature) => `${feature}=()`), 'clipboard-write=(self)', 'web-share=(self)'].join(
      ', ',
    ),
  },
  {key: 'Cross-Origin-Opener-Policy', value: 'same-origin'},
  {key: 'Cross-Origin-Resource-Policy', value: 'same-origin'},
  {key: 'X-Frame-Options', value: 'DENY'},
];

/**
 * The policy of responses the proxy does not see (build assets under
 * /_next/static): nothing in them may run, frame or be framed. Pages get a
 * stricter per-page policy from proxy.ts (lib/security/contentSecurityPolicy.ts).
 */
export const assetContentSecurityPolicy = {
  key: 'Content-Security-Policy',
  value: "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
};
