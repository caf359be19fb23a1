// The whole way a file's licence takes inside the extension, with nothing stood in for but the browser's
// messaging: the page reads the start of a real file (exiftool wrote its metadata), the worker's server parses
// it with exifr and answers, and the engine turns it into findings under each built-in policy.
import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { readMediaFile } from '../../src/content/read-media-file.ts';
import { needsConfirmation } from '../../src/content/media-tracker.ts';
import { createAnalyzer } from '../../src/core/engine.ts';
import { builtInMediaPolicies } from '../../src/core/media/media-policy.ts';
import type { MediaAttachment } from '../../src/core/types.ts';
import { serveAnalysis } from '../../src/messaging/analysis-server.ts';
import { readLicenceMetadata } from '../../src/media/read-licence-metadata.ts';
import { licensedImageNames, makeLicensedImages, type LicensedImages } from '../tools/licensed-images.ts';
import { InMemoryExtension } from './in-memory-runtime.ts';

let images: LicensedImages;
const extension = new InMemoryExtension();
const warnings: string[] = [];
beforeAll(async () => {
  images = await makeLicensedImages();
  extension.startWorker((runtime) =>
    serveAnalysis(runtime, () => createAnalyzer(), { warn: (m) => warnings.push(m) }, undefined, undefined, { readMedia: readLicenceMetadata }),
  );
});

const fromTab = { id: extension.id, url: 'https://wikimedia.social/home', tab: { id: 7 } } as Parameters<InMemoryExtension['sendMessage']>[1];

async function attach(name: keyof LicensedImages): Promise<MediaAttachment> {
  const image = images[name];
  const file = new File([await readFile(image.path)], image.file, { type: image.mime });
  const reading = await readMediaFile(file, file.name, (message) => extension.sendMessage(message, fromTab));
  return { id: 'm1', name: image.file, kind: 'image', alt: 'present', ...reading };
}

describe('a real file, from the page through the worker to a finding', () => {
  for (const name of licensedImageNames) {
    it(`${name}: classified as the recipe says under both policies, and asked about only when unknown`, async () => {
      const attachment = await attach(name);
      for (const [id, policy] of Object.entries(builtInMediaPolicies)) {
        const expected = images[name].classes[id as keyof typeof images[typeof name]['classes']];
        const findings = createAnalyzer({ media: policy }).analyze({ text: 'Our photo of the day', media: [attachment] });
        const licence = findings.filter((f) => f.rule === 'media-license');
        if (expected === 'not-allowed') expect(licence.map((f) => f.severity), id).toEqual(['error']);
        else if (expected === 'attribution') expect(licence.map((f) => f.severity), id).toEqual(['warning']);
        else expect(licence, id).toEqual([]);
      }
      expect(needsConfirmation(attachment)).toBe(images[name].classes['wikimedia-foundation'] === 'unknown');
    });
  }

  it('never lets a malformed request through: a head that is not base64 is refused with a reason', async () => {
    const answer = await extension.sendMessage({ type: 'read-media', name: 'x.jpg', mime: 'image/jpeg', size: 3, head: '%%%' }, fromTab);
    expect(answer).toEqual({ type: 'media-metadata', read: 'failed' });
    expect(warnings.at(-1)).toMatch(/could not read a file's metadata/);
  });
});
