/**
 * The `storage.local` records of a whole seeded list, built in one go for the
 * benchmark (the same layout the storage modules write: 64 JSON shards,
 * address aliases, the layout version).
 */
import type { Article } from '../../../src/extract/types';

const { entryFromArticle, toStored } = {
  ...(await import('../../../src/storage/save-article')),
  ...(await import('../../../src/storage/list-entries')),
};
const { SHARD_KEYS, formatShard, shardKeyOf } = await import('../../../src/storage/list-shards');
const { LAYOUT_KEY, LAYOUT_VERSION } = await import('../../../src/storage/list-layout');
const { HEAD_KEY, formatHead } = await import('../../../src/storage/list-head');
const { aliasRecords } = await import('../../../src/storage/url-aliases');

export interface Seeded {
  id: string;
  article: Article;
  savedAt: number;
}

export function listRecords(seeded: Seeded[]): Record<string, unknown> {
  const shards = new Map(SHARD_KEYS.map((k) => [k, { entries: {} as Record<string, unknown>, gone: {} }]));
  const records: Record<string, unknown> = { [LAYOUT_KEY]: LAYOUT_VERSION };
  const entries = [];
  for (const { id, article, savedAt } of seeded) {
    const entry = entryFromArticle(article, id, null, savedAt);
    entries.push(entry);
    shards.get(shardKeyOf(id))!.entries[id] = toStored(entry);
    Object.assign(records, aliasRecords(id, [article.url]));
  }
  records[HEAD_KEY] = formatHead(entries);
  for (const [key, shard] of shards) records[key] = formatShard(shard);
  return records;
}
