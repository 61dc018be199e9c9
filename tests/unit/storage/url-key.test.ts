import { describe, expect, it } from 'vitest';
import { idForUrl, normalizeUrl } from '../../../src/storage/url-key';

describe('normalizeUrl', () => {
  it.each([
    ['https://www.Example.com/a/b/', 'example.com/a/b'],
    ['http://example.com:80/a?b=2&a=1#frag', 'example.com/a?a=1&b=2'],
    ['https://example.com/a?utm_source=x&fbclid=y&id=3', 'example.com/a?id=3'],
    ['https://example.com', 'example.com'],
    ['https://example.com:8443/x', 'example.com:8443/x'],
  ])('%s → %s', (raw, normal) => expect(normalizeUrl(raw)).toBe(normal));

  it('keeps what it cannot parse', () => expect(normalizeUrl('  not a url ')).toBe('not a url'));
});

describe('idForUrl', () => {
  it('gives one id to the same article and different ids to different ones', () => {
    expect(idForUrl('https://example.com/a?utm_medium=x')).toBe(idForUrl('http://www.example.com/a/'));
    expect(idForUrl('https://example.com/a')).not.toBe(idForUrl('https://example.com/b'));
    expect(idForUrl('https://example.com/a')).toMatch(/^a[0-9a-z]+$/);
  });

  it('has no collisions over 20,000 addresses', () => {
    const ids = new Set(Array.from({ length: 20_000 }, (_, i) => idForUrl(`https://n.example/s/${i}`)));
    expect(ids.size).toBe(20_000);
  });
});
