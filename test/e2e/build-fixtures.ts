import { existsSync } from 'node:fs';
import { cp, mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { build } from 'esbuild';
import { TMP_DIR } from './certificate.ts';

const SOURCE_DIR = join(import.meta.dirname, 'fixtures');
export const FIXTURES_OUT_DIR = join(TMP_DIR, 'fixtures');
const STAMP = join(FIXTURES_OUT_DIR, '.stamp');
const LOCKFILE = join(import.meta.dirname, '../../package-lock.json');

let building: Promise<Record<string, string>> | undefined;

/**
 * Bundles each fixture site (a folder under test/e2e/fixtures with an index.html and,
 * optionally, a main.ts entry) into test/.tmp/fixtures/<site>/, and returns site -> directory.
 * Vitest loads this module afresh for every test file, so besides sharing one build within a
 * file, the output is reused while no fixture source (nor the lockfile) is newer than it.
 */
export function buildFixtures(): Promise<Record<string, string>> {
  building ??= buildIfStale();
  return building;
}

async function buildIfStale(): Promise<Record<string, string>> {
  const sites = (await readdir(SOURCE_DIR, { withFileTypes: true }))
    .filter((entry) => entry.isDirectory() && existsSync(join(SOURCE_DIR, entry.name, 'index.html')))
    .map((entry) => entry.name);
  const out = Object.fromEntries(sites.map((site) => [site, join(FIXTURES_OUT_DIR, site)]));

  const inputs = `${sites.join(',')}@${Math.max(await newestMtime(SOURCE_DIR), (await stat(LOCKFILE)).mtimeMs)}`;
  if (existsSync(STAMP) && (await readFile(STAMP, 'utf8')) === inputs) return out;

  await rm(FIXTURES_OUT_DIR, { recursive: true, force: true });
  await Promise.all(sites.map((site) => buildSite(site, join(SOURCE_DIR, site), join(FIXTURES_OUT_DIR, site))));
  await writeFile(STAMP, inputs);
  return out;
}

async function buildSite(site: string, source: string, out: string) {
  await mkdir(out, { recursive: true });
  // Everything but TypeScript is copied as is (index.html, styles, images).
  await cp(source, out, { recursive: true, filter: (path) => !/\.tsx?$/.test(path) });
  const entry = join(source, 'main.ts');
  if (!existsSync(entry)) return;
  await build({
    entryPoints: [entry],
    outfile: join(out, 'main.js'),
    bundle: true,
    format: 'esm',
    target: 'chrome120',
    // Production React: the development build is slower and warns on the console.
    define: { 'process.env.NODE_ENV': '"production"' },
    minify: true,
    sourcemap: 'linked',
    logLevel: 'silent',
  }).catch((error: unknown) => {
    throw new Error(`building the ${site} fixture failed: ${String(error)}`);
  });
}

async function newestMtime(dir: string): Promise<number> {
  let newest = (await stat(dir)).mtimeMs;
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? await newestMtime(path) : (await stat(path)).mtimeMs);
  }
  return newest;
}
