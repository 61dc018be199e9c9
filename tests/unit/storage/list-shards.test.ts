import { describe, expect, it, vi } from 'vitest';
vi.mock('../../../src/platform/browser', () => import('./fake-platform'));
import { SHARD_KEYS, formatShard, parseShard, shardKeyOf } from '../../../src/storage/list-shards';
import { HEAD_SIZE, changeHead } from '../../../src/storage/list-head';
import { pendingEntry } from '../../../src/storage/save-article';
import type { ListEntry } from '../../../src/storage/types';
import { idForUrl } from '../../../src/storage/url-key';

describe('list shards', () => {
  it('spreads 10,000 ids evenly over the shards', () => {
    const counts = new Map<string, number>();
    for (let i = 0; i < 10_000; i++) {
      const key = shardKeyOf(idForUrl(`https://n.example/${i}`));
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    expect(counts.size).toBe(SHARD_KEYS.length);
    expect(Math.max(...counts.values())).toBeLessThan(2 * (10_000 / SHARD_KEYS.length));
    expect(Math.min(...counts.values())).toBeGreaterThan(0.5 * (10_000 / SHARD_KEYS.length));
  });

  it('keeps the newest 25 tombstones of a shard', () => {
    const gone = Object.fromEntries(Array.from({ length: 150 }, (_, i) => [`a${i}`, i]));
    const kept = parseShard(formatShard({ entries: {}, gone })).gone;
    expect(Object.keys(kept)).toHaveLength(25);
    expect(kept.a149).toBe(149);
    expect(kept.a10).toBeUndefined();
  });

  it('reads a missing or corrupt shard as empty', () => {
    expect(parseShard(undefined)).toEqual({ entries: {}, gone: {} });
    expect(parseShard('{"entries": {')).toEqual({ entries: {}, gone: {} });
  });
});

describe('list head', () => {
  const e = (id: string, savedAt: number, archived = false) =>
    ({ ...pendingEntry(id, `https://n.example/${id}`, id, savedAt), archived }) as ListEntry;

  it('puts a new article on top, drops archived and deleted ones, keeps at most HEAD_SIZE', () => {
    const head = Array.from({ length: HEAD_SIZE }, (_, i) => e(`a${i}`, 1000 - i));
    const next = changeHead(head, [e('new', 2000), e('a1', 999, true), e('old', 1)], ['a2']);
    expect(next[0]!.id).toBe('new');
    expect(next.map((x) => x.id)).not.toContain('a1');
    expect(next.map((x) => x.id)).not.toContain('a2');
    expect(next.map((x) => x.id)).not.toContain('old');
    expect(next).toHaveLength(HEAD_SIZE - 1);
  });
});
