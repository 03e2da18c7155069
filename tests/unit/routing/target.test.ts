import {describe, expect, test} from 'vitest';
import {isValidHost, originForm} from '@/lib/routing/target';

// The request target and Host header as nginx reads them (RFC 9112 §3.2,
// RFC 9110 §4.2.4); the HTTP request table (tests/e2e/hardening.spec.ts)
// holds both servers to the same answers.
describe('originForm', () => {
  const table: [target: string, expected: string | undefined][] = [
    ['/sv', '/sv'],
    ['/sv?x=1', '/sv?x=1'],
    ['http://evil.example/sv', '/sv'],
    ['HTTPS://EVIL.EXAMPLE:8443/sv/?a', '/sv/?a'],
    ['http://evil.example', '/'],
    ['http://evil.example?a', '/?a'],
    ['http://evil.example//x.example/', '//x.example/'],
    ['http://evil.example/sv@x', '/sv@x'],
    ['/sv#top', '/sv'],
    ['/sv/#top?a', '/sv/?a'],
    ['/#a?b', '/?b'],
    ['/?a#x', '/?a#x'],
    ['http://evil.example/sv#x', '/sv'],
    ['http://user:pw@evil.example/sv', undefined],
    ['http://@evil.example/sv', undefined],
    ['ftp://evil.example/sv', undefined],
    ['httpx://evil.example/sv', undefined],
    ['*', undefined],
    ['evil.example:443', undefined],
    ['sv', undefined],
    ['', undefined],
    ['/sv/\u00e5', undefined],
    ['/sv?q=\u0259', undefined],
  ];
  test.each(table)('%j → %j', (target, expected) => {
    expect(originForm(target)).toBe(expected);
  });
});

describe('isValidHost', () => {
  const table: [host: string, expected: boolean][] = [
    ['statements.example.org', true],
    ['EVIL.example.:8080', true],
    ['localhost:3000', true],
    ['[::1]:80', true],
    ['a_b-c', true],
    ['a\\b', true],
    ['', false],
    ['.', false],
    [':80', false],
    ['a..b', false],
    ['a/b', false],
    ['a b', false],
    ['a\tb', false],
    ['a\u007fb', false],
  ];
  test.each(table)('%j → %j', (host, expected) => {
    expect(isValidHost(host)).toBe(expected);
  });
});
