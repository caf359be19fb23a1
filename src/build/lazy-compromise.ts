import { resolve } from 'node:path';
import { build } from 'esbuild';
import type { Plugin } from 'vite';

/** The name the bundled compromise gets inside the loader function; local to that function. */
const LOCAL_NAME = '__guidepostCompromise';

/**
 * Source of a module exporting `loadCompromise()`, with all of compromise bundled inside that function's
 * body. Nothing of compromise runs when the module is evaluated, only when the function is first called.
 * (An ES module import is always evaluated up front, and a service worker may not use `import()`.)
 */
export async function lazyCompromiseSource(projectRoot: string): Promise<string> {
  const result = await build({
    stdin: { contents: "export { default } from 'compromise/two';", resolveDir: projectRoot, loader: 'js' },
    bundle: true,
    format: 'iife',
    globalName: LOCAL_NAME,
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]!.text;
  return [
    'let loaded;',
    'export function loadCompromise() {',
    '  if (loaded) return loaded;',
    code,
    `  loaded = ${LOCAL_NAME}.default;`,
    '  return loaded;',
    '}',
    '',
  ].join('\n');
}

/** Replaces src/core/compromise.ts in the extension build with the lazily evaluated version above. */
export function lazyCompromise(projectRoot: string): Plugin {
  const target = resolve(projectRoot, 'src/core/compromise.ts');
  return {
    name: 'guidepost:lazy-compromise',
    enforce: 'pre',
    async load(id) {
      if (resolve(id.split('?')[0]!) !== target) return null;
      return lazyCompromiseSource(projectRoot);
    },
  };
}
