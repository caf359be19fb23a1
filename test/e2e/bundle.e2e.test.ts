// The built extension as it ships: what each content script carries. Runs after `npm run build`.
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const OUT = join(import.meta.dirname, '../..', process.env.GUIDEPOST_OUT_DIR || '.output', 'chrome-mv3');

describe('the built content scripts', () => {
  it('are one per platform, small, and carry no language processing (that runs in the worker)', async () => {
    const files = (await readdir(join(OUT, 'content-scripts'))).filter((f) => f.endsWith('.js')).sort();
    expect(files).toEqual(['bluesky.js', 'mastodon.js', 'threads.js', 'x.js']);
    for (const file of files) {
      const path = join(OUT, 'content-scripts', file);
      expect((await stat(path)).size, file).toBeLessThan(100_000);
      const code = await readFile(path, 'utf8');
      // Tag names only compromise's lexicon uses, and obscenity's profanity data.
      expect(code, file).not.toMatch(/PhrasalVerb|Infinitive|Possessive|fuck/);
    }
    // The worker does carry them: the markers above really are in compromise and obscenity.
    const worker = await readFile(join(OUT, 'background.js'), 'utf8');
    expect(worker).toMatch(/PhrasalVerb/);
  });
});
