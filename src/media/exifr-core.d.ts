// exifr's core entry (no readers or parsers registered; src/media/read-licence-metadata.ts imports the few it
// needs). The package's own types cover only its prebuilt bundles.
declare module 'exifr/src/core.mjs' {
  export function parse(input: Uint8Array, options: object): Promise<Record<string, unknown> | undefined>;
}
