import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { cp, mkdir, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { build } from 'esbuild';
import { TMP_DIR } from './certificate.ts';

const SOURCE_DIR = join(import.meta.dirname, 'fixtures');
export const FIXTURES_OUT_DIR = join(TMP_DIR, 'fixtures');
const LOCKFILE = join(import.meta.dirname, '../../package-lock.json');

let building: Promise<Record<string, string>> | undefined;

/**
 * Bundles each fixture site (a folder under test/e2e/fixtures with an index.html and,
 * optionally, a main.ts entry) and returns site -> directory. Each build goes to a directory
 * named after a hash of its inputs (the site's files, the shared files beside them, the
 * lockfile), so a build is reused while nothing changed, and two test runs at once never
 * delete or half-write a directory the other is serving.
 */
export function buildFixtures(): Promise<Record<string, string>> {
  building ??= buildAll();
  return building;
}

async function buildAll(): Promise<Record<string, string>> {
  const entries = await readdir(SOURCE_DIR, { withFileTypes: true });
  const sites = entries
    .filter((entry) => entry.isDirectory() && existsSync(join(SOURCE_DIR, entry.name, 'index.html')))
    .map((entry) => entry.name);
  // Files at the top of fixtures/ (shared helpers) can be imported by any site.
  const shared = entries.filter((entry) => entry.isFile()).map((entry) => join(SOURCE_DIR, entry.name));
  const sharedStamp = await stampOf([LOCKFILE, ...shared]);
  const built = await Promise.all(
    sites.map(async (site) => {
      const source = join(SOURCE_DIR, site);
      const hash = createHash('sha256').update(sharedStamp).update(await stampOf(await filesUnder(source))).digest('hex');
      const out = join(FIXTURES_OUT_DIR, `${site}-${hash.slice(0, 12)}`);
      if (!existsSync(join(out, 'index.html'))) await buildSite(site, source, out);
      return [site, out] as const;
    }),
  );
  return Object.fromEntries(built);
}

async function buildSite(site: string, source: string, out: string) {
  const staging = `${out}.${process.pid}.${Date.now()}`;
  await mkdir(staging, { recursive: true });
  // Everything but TypeScript is copied as is (index.html, styles, images).
  await cp(source, staging, { recursive: true, filter: (path) => !/\.tsx?$/.test(path) });
  const entry = join(source, 'main.ts');
  if (existsSync(entry)) {
    await build({
      entryPoints: [entry],
      outfile: join(staging, 'main.js'),
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
  try {
    await rename(staging, out);
  } catch {
    // Another run finished the same build first; its output is identical.
    await rm(staging, { recursive: true, force: true });
  }
}

async function filesUnder(dir: string): Promise<string[]> {
  const files: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...(await filesUnder(path)));
    else files.push(path);
  }
  return files.sort();
}

async function stampOf(files: string[]): Promise<string> {
  const parts = await Promise.all(files.map(async (file) => `${file}:${(await stat(file)).mtimeMs}:${(await readFile(file)).length}`));
  return parts.join('\n');
}
