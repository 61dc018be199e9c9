/** Per-test reset: a fresh in-memory browser and a fresh IndexedDB. */
import { IDBFactory } from 'fake-indexeddb';
import 'fake-indexeddb/auto';
import { beforeEach } from 'vitest';
import { closeDatabase } from '../../../src/storage/database';
import { forgetLayout } from '../../../src/storage/list-layout';
import { resetBrowser } from './fake-platform';

beforeEach(async () => {
  await closeDatabase();
  globalThis.indexedDB = new IDBFactory();
  resetBrowser();
  forgetLayout();
});
