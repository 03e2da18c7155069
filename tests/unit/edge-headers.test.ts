import {readFileSync} from 'node:fs';
import path from 'node:path';
import {expect, test} from 'vitest';
import {assetContentSecurityPolicy, securityHeaders} from '@/lib/security/headers';

// nginx adds the site's security headers to the responses it makes itself;
// they must stay the very headers the app sends.
test('deploy/nginx/security-headers.conf carries exactly the security headers of the app', () => {
  const snippet = readFileSync(path.join(__dirname, '..', '..', 'deploy', 'nginx', 'security-headers.conf'), 'utf8');
  const nginx = [...snippet.matchAll(/^add_header ([\w-]+) "([^"]*)" always;$/gm)].map(([, key, value]) => ({
    key,
    value,
  }));
  expect(nginx).toEqual([...securityHeaders, assetContentSecurityPolicy]);
});
