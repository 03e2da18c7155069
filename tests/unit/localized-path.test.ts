import {describe, expect, test} from 'vitest';
import {localizedPath} from '@/app/_lib/localizedPath';

describe('localizedPath', () => {
  test.each([
    ['/sv', 'az', '/az'],
    ['/en', 'sv', '/sv'],
    ['/sv/nope', 'en', '/en/nope'],
    ['/sv/a/b', 'az', '/az/a/b'],
    ['/', 'sv', '/sv'],
    ['/wp-login.php', 'en', '/en/wp-login.php'],
  ] as const)('%s in %s is %s', (pathname, locale, expected) => {
    expect(localizedPath(pathname, locale)).toBe(expected);
  });
});
