import { describe, expect, it } from 'vitest';
import { blueskyShortUrl, measurePost } from '../../src/checklist/length-limits.ts';

describe('X: 280 weighted characters (twitter-text)', () => {
  it('counts Latin letters once and stops at 280', () => {
    expect(measurePost({ platform: 'x', text: 'a'.repeat(280) })).toMatchObject({ count: 280, limit: 280, over: false });
    expect(measurePost({ platform: 'x', text: 'a'.repeat(281) }).over).toBe(true);
  });

  it('weighs CJK characters and emoji twice', () => {
    expect(measurePost({ platform: 'x', text: '维'.repeat(140) })).toMatchObject({ count: 280, over: false });
    expect(measurePost({ platform: 'x', text: '维'.repeat(141) }).over).toBe(true);
    expect(measurePost({ platform: 'x', text: '😀' }).count).toBe(2);
  });

  it('counts any link as 23', () => {
    const long = `https://en.wikipedia.org/wiki/${'A'.repeat(200)}`;
    expect(measurePost({ platform: 'x', text: `Read ${long}` }).count).toBe(5 + 23);
  });
});

describe('Bluesky: 300 characters, links shortened', () => {
  it('counts graphemes: a family emoji or an accented letter is one', () => {
    expect(measurePost({ platform: 'bluesky', text: '👨‍👩‍👧‍👦' }).count).toBe(1);
    expect(measurePost({ platform: 'bluesky', text: 'e\u0301' }).count).toBe(1);
    expect(measurePost({ platform: 'bluesky', text: 'a'.repeat(300) }).over).toBe(false);
    expect(measurePost({ platform: 'bluesky', text: 'a'.repeat(301) }).over).toBe(true);
  });

  it('shortens a link the way the app shows it', () => {
    expect(blueskyShortUrl('https://en.wikipedia.org/wiki/Special:Random')).toBe('en.wikipedia.org/wiki/Special...');
    expect(blueskyShortUrl('https://w.wiki/ABC')).toBe('w.wiki/ABC');
    expect(blueskyShortUrl('https://wikimedia.org/')).toBe('wikimedia.org');
    const url = `https://en.wikipedia.org/wiki/${'A'.repeat(500)}`;
    expect(measurePost({ platform: 'bluesky', text: `See ${url}.` }).count).toBe('See '.length + 'en.wikipedia.org/wiki/AAAAAAA...'.length + 1);
  });
});

describe('Mastodon: the instance limit, content warning included', () => {
  it('counts a link as 23 and a remote mention as the user name only', () => {
    expect(measurePost({ platform: 'mastodon', text: `https://en.wikipedia.org/wiki/${'A'.repeat(100)}` }).count).toBe(23);
    expect(measurePost({ platform: 'mastodon', text: 'Hi @alice@mastodon.social' }).count).toBe('Hi @alice'.length);
  });

  it('adds the content warning and uses the instance limit when known', () => {
    const text = 'a'.repeat(490);
    expect(measurePost({ platform: 'mastodon', text, contentWarning: 'Spoilers!!' })).toMatchObject({ count: 500, limit: 500, over: false });
    expect(measurePost({ platform: 'mastodon', text, contentWarning: 'Spoilers!!!' }).over).toBe(true);
    expect(measurePost({ platform: 'mastodon', text: 'a'.repeat(900), maxCharacters: 1000 })).toMatchObject({ limit: 1000, over: false });
  });

  it('ignores a nonsensical instance limit', () => {
    for (const bad of [0, -5, 1.5, Number.NaN, 1e12]) expect(measurePost({ platform: 'mastodon', text: 'x', maxCharacters: bad }).limit).toBe(500);
  });
});

describe('Threads: 500 characters', () => {
  it('counts graphemes against 500', () => {
    expect(measurePost({ platform: 'threads', text: '🙂'.repeat(500) })).toMatchObject({ count: 500, over: false });
    expect(measurePost({ platform: 'threads', text: 'a'.repeat(501) }).over).toBe(true);
  });
});

describe('odd input', () => {
  it('handles empty text, lone surrogates and a 100,000-character paste on every platform', () => {
    for (const platform of ['x', 'bluesky', 'mastodon', 'threads'] as const) {
      expect(measurePost({ platform, text: '' })).toMatchObject({ count: 0, over: false });
      expect(measurePost({ platform, text: '\ud800 broken' }).count).toBeGreaterThan(0);
      expect(measurePost({ platform, text: 'word '.repeat(20_000) }).over).toBe(true);
    }
  });
});
