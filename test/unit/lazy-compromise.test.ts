import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import eager from 'compromise/two';
import { lazyCompromiseSource } from '../../src/build/lazy-compromise.ts';

// The extension build's stand-in for src/core/compromise.ts must be the same compromise, only evaluated later.
describe('lazily evaluated compromise (extension build)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'guidepost-lazy-'));
  let loadCompromise: () => typeof eager;
  let source: string;

  beforeAll(async () => {
    source = await lazyCompromiseSource(process.cwd());
    const file = join(dir, 'compromise-lazy.mjs');
    writeFileSync(file, source);
    ({ loadCompromise } = await import(pathToFileURL(file).href));
  }, 30_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('exports only the loader: compromise sits inside its body, not at the top level', () => {
    const body = source.slice(source.indexOf('export function loadCompromise() {'));
    expect(source.slice(0, source.length - body.length).trim()).toBe('let loaded;');
    expect(body.trimEnd().endsWith('return loaded;\n}')).toBe(true);
  });

  it('loads once and returns the same instance', () => {
    expect(loadCompromise()).toBe(loadCompromise());
  });

  it.each([
    'please vote for jane smith on tuesday',
    'Vote for Barack Obama and Angela Merkel.',
    'We met maria garcia at the edit-a-thon in São Paulo.',
    "I can't believe they're buying the new phone",
  ])('tags %j exactly as the bundled package does', (text) => {
    const tags = (nlp: typeof eager) => nlp(text).json().map((s: { terms: Array<{ text: string; tags: string[] }> }) => s.terms.map((t) => [t.text, t.tags]));
    expect(tags(loadCompromise())).toEqual(tags(eager));
    expect(loadCompromise()(text).match('#Person+').out('array')).toEqual(eager(text).match('#Person+').out('array'));
  });
});
