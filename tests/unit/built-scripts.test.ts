import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterEach, beforeEach, describe, expect, test} from 'vitest';
import {readBuiltScripts} from '../../lib/site/builtScripts';

// lib/site/builtScripts.ts: the scripts' addresses, as the script step
// (scripts/build/enhancement-script.mjs) handed them on in
// .next/cache/enhancement-scripts.json, each checked, in a project of its own.
let root = '';
beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'built-scripts-'));
});
afterEach(() => rmSync(root, {recursive: true, force: true}));

const built = {site: '/enhance/0123abcd.js', search: '/enhance/search/4567cdef.js'};

function project(names: unknown, files = ['public/enhance/0123abcd.js', 'public/enhance/search/4567cdef.js']) {
  for (const file of files) {
    mkdirSync(path.dirname(path.join(root, file)), {recursive: true});
    writeFileSync(path.join(root, file), '');
  }
  mkdirSync(path.join(root, '.next', 'cache'), {recursive: true});
  const text = typeof names === 'string' ? names : JSON.stringify(names);
  writeFileSync(path.join(root, '.next', 'cache', 'enhancement-scripts.json'), text);
  return root;
}

test('the addresses the script step wrote, each a file of public/enhance/', () => {
  expect(readBuiltScripts(project(built))).toEqual(built);
});

describe('refuses, naming the file and the step that writes it', () => {
  test('no names file: the script step has not run', () => {
    expect(() => readBuiltScripts(root)).toThrow(
      '.next/cache/enhancement-scripts.json is not there: npm run build and npm run dev write it (scripts/build/enhancement-script.mjs)',
    );
  });

  test('a names file that is not JSON', () => {
    expect(() => readBuiltScripts(project('{"site": '))).toThrow(
      /^\.next\/cache\/enhancement-scripts\.json: not JSON \(SyntaxError/,
    );
  });

  test('a names file that is not an object', () => {
    expect(() => readBuiltScripts(project(['/enhance/0123abcd.js']))).toThrow(
      '.next/cache/enhancement-scripts.json: not an object of addresses',
    );
  });

  test('a script missing', () => {
    expect(() => readBuiltScripts(project({site: built.site}))).toThrow(
      '.next/cache/enhancement-scripts.json: names site, not site and search',
    );
  });

  test('a script in another folder than its own', () => {
    expect(() => readBuiltScripts(project({...built, search: '/enhance/4567cdef.js'}))).toThrow(
      '.next/cache/enhancement-scripts.json: its search script is "/enhance/4567cdef.js", not a .js file in /enhance/search/',
    );
    expect(() => readBuiltScripts(project({...built, site: '/enhance/search/0123abcd.js'}))).toThrow(
      'its site script is "/enhance/search/0123abcd.js", not a .js file in /enhance/',
    );
  });

  test('a script it names that is not there, as after public/enhance/ was emptied', () => {
    expect(() => readBuiltScripts(project(built, ['public/enhance/0123abcd.js']))).toThrow(
      '.next/cache/enhancement-scripts.json names /enhance/search/4567cdef.js, and public/enhance/search/4567cdef.js is not there',
    );
  });
});
