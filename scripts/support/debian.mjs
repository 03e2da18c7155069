// Debian packages the scripts need, installed with apt-get when missing: the
// end-to-end tests' Chromium and pdftotext (scripts/ensure-test-tools.mjs),
// the edge's nginx, Brotli modules, openssl and curl (scripts/edge/edge.mjs).
import {execFileSync} from 'node:child_process';
import {existsSync} from 'node:fs';

/**
 * Installs the packages of `wanted`, [package, file it installs] pairs, whose
 * file is missing; `why` names what needs them. Nothing runs when every file
 * is there. Through sudo unless root; apt-get update first, since a fresh
 * machine or container has no package lists (or stale ones).
 * @param {[name: string, file: string][]} wanted
 * @param {string} why
 */
export function ensureDebianPackages(wanted, why) {
  const missing = wanted.filter(([, file]) => !existsSync(file)).map(([name]) => name);
  if (missing.length === 0) return;
  console.error(`Installing Debian packages for ${why}: ${missing.join(' ')}`);
  const asRoot = process.getuid?.() === 0;
  /** @param {string[]} args */
  const aptGet = (...args) => {
    const apt = ['apt-get', '-qq', ...args];
    const [command, rest] = asRoot ? ['apt-get', apt.slice(1)] : ['sudo', apt];
    execFileSync(command, rest, {stdio: 'inherit', env: {...process.env, DEBIAN_FRONTEND: 'noninteractive'}});
  };
  aptGet('update');
  aptGet('install', '-y', '--no-install-recommends', ...missing);
}
