import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** The real host names of the platforms Guidepost supports; fixtures are served at these. */
export const PLATFORM_HOSTS: readonly string[] = [
  'wikimedia.social',
  'mastodon.social',
  'x.com',
  'twitter.com',
  'mobile.x.com',
  'bsky.app',
  'www.threads.com',
  'www.threads.net',
];

/** Generated files live here (git-ignored). */
export const TMP_DIR = join(import.meta.dirname, '../.tmp');

export interface Certificate {
  /** PEM strings, ready for `https.createServer({ key, cert })`. */
  key: string;
  cert: string;
  keyPath: string;
  certPath: string;
  /** Every DNS name in the certificate's subjectAltName. */
  hosts: string[];
  /** Removes the temp directory holding the key and certificate. */
  dispose(): Promise<void>;
}

// Plain DNS labels only: wildcards would let a fixture stand in for hosts no test declared.
const HOSTNAME = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/;

/**
 * Makes a throwaway self-signed certificate for the platform hosts plus `extraHosts`.
 * The browser runs with --ignore-certificate-errors, but TLS still needs a certificate, and
 * one whose names match keeps the setup honest should that flag ever go.
 */
export async function createCertificate(extraHosts: readonly string[] = []): Promise<Certificate> {
  const hosts = [...new Set([...PLATFORM_HOSTS, ...extraHosts.map((h) => h.toLowerCase())])];
  for (const host of hosts) {
    if (!HOSTNAME.test(host)) throw new Error(`createCertificate: not a plain host name: ${JSON.stringify(host)}`);
  }
  await mkdir(TMP_DIR, { recursive: true });
  const dir = await mkdtemp(join(TMP_DIR, 'cert-'));
  const keyPath = join(dir, 'key.pem');
  const certPath = join(dir, 'cert.pem');
  // EC keys are generated in milliseconds, unlike RSA.
  await run('openssl', [
    'req', '-x509', '-nodes',
    '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1',
    '-keyout', keyPath, '-out', certPath,
    '-days', '2',
    '-subj', '/CN=Guidepost e2e fixtures',
    '-addext', `subjectAltName=${hosts.map((h) => `DNS:${h}`).join(',')}`,
    '-addext', 'basicConstraints=critical,CA:FALSE',
    '-addext', 'extendedKeyUsage=serverAuth',
  ]);
  const [key, cert] = await Promise.all([readFile(keyPath, 'utf8'), readFile(certPath, 'utf8')]);
  return { key, cert, keyPath, certPath, hosts, dispose: () => rm(dir, { recursive: true, force: true }) };
}
