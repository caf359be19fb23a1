// The engine's media rules on attachments and Commons links: which findings, how severe, what credit they offer,
// and that settings and profiles switch them like the text rules.
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../src/core/engine.ts';
import { cisA2kMedia } from '../../src/core/media/media-policy.ts';
import type { CommonsFile, MediaAttachment } from '../../src/core/types.ts';

const image = (metadata: MediaAttachment['metadata'], extra: Partial<MediaAttachment> = {}): MediaAttachment => ({
  id: 'm1', name: 'photo.jpg', kind: 'image', alt: 'present', read: 'read', metadata, licensed: true, ...extra,
});
const BY = 'https://creativecommons.org/licenses/by/4.0/';

describe('media rules', () => {
  it('offers a credit naming only the licence when the file names no author, and says the author is needed', () => {
    const [finding] = createAnalyzer().analyze({ text: 'Our banner', media: [image({ license: BY })] });
    expect(finding?.severity).toBe('warning');
    expect(finding?.message).toContain('does not name its author');
    expect(finding?.suggestions?.[0]?.replacement).toBe('Photo: CC BY 4.0');
  });

  it('names the author in the credit when the file does, and is satisfied once the post gives it', () => {
    const media = [image({ license: BY, creator: 'José Núñez' })];
    const [finding] = createAnalyzer().analyze({ text: 'Our banner', media });
    expect(finding?.suggestions?.[0]?.replacement).toBe('Photo: José Núñez, CC BY 4.0');
    expect(createAnalyzer().analyze({ text: 'Our banner. Photo: Jose Nunez, CC BY 4.0', media })).toEqual([]);
  });

  it('checks an image with no words in the post, and an undescribed one for alt text only', () => {
    const findings = createAnalyzer().analyze({ text: '', media: [image(undefined, { alt: 'missing', read: 'read', licensed: false })] });
    expect(findings.map((f) => [f.rule, f.media, f.start, f.end])).toEqual([['media-alt-text', 'm1', 0, 0]]);
  });

  it('leaves videos out of the alt-text rule, and unread files out of the licence rule', () => {
    const video: MediaAttachment = { id: 'v', kind: 'video', alt: 'missing', read: 'unread' };
    expect(createAnalyzer().analyze({ text: 'Watch', media: [video] })).toEqual([]);
  });

  it('is switched off and re-graded by the same settings as the text rules, and not run for personal accounts', () => {
    const media = [image({ license: 'https://creativecommons.org/licenses/by-nc/4.0/' }, { alt: 'missing' })];
    expect(createAnalyzer({ settings: { 'media-license': { enabled: false } } }).analyze({ text: 'x', media }).map((f) => f.rule)).toEqual(['media-alt-text']);
    expect(createAnalyzer({ settings: { 'media-license': { severity: 'warning' } } }).analyze({ text: 'x', media }).find((f) => f.rule === 'media-license')?.severity).toBe('warning');
    expect(createAnalyzer().analyze({ text: 'x', media, profile: 'personal' }).filter((f) => f.category.startsWith('media/'))).toEqual([]);
  });

  it('underlines a Commons link whose file needs credit, offering the credit after the link; CIS-A2K refuses it', () => {
    const link = 'https://commons.wikimedia.org/wiki/File:Rama_and_Musee_Bolo.jpg';
    const text = `Our museum visit ${link} 📷`;
    const commons: CommonsFile[] = [{ title: 'File:Rama and Musee Bolo.jpg', status: 'found', licence: 'CC BY-SA 2.0 fr', author: 'Rama', attributionRequired: true }];
    const [finding] = createAnalyzer().analyze({ text, commons });
    expect(text.slice(finding!.start, finding!.end)).toBe(link);
    expect(finding?.suggestions?.[0]?.replacement).toBe(`${link} Photo: Rama, CC BY-SA 2.0 fr, via Wikimedia Commons`);
    const [refused] = createAnalyzer({ media: cisA2kMedia }).analyze({ text, commons });
    expect(refused?.severity).toBe('error');
    expect(refused?.suggestions).toBeUndefined();
  });
});
