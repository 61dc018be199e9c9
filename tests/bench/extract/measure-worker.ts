/**
 * Measures a chunk of pages in a worker thread. jsdom windows are not freed
 * on Node 20 even when closed (a few MB each; the bench parses over a
 * thousand), so each chunk runs in its own isolate, released when it ends.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { ParserName } from '../../../src/cli/parse-html';
import { both, warmUp } from './run-datasets';

export interface MeasureJob {
  html: string;
  url: string;
  /** Folio's "show anyway": off on aeb-dev (as the extension runs), on for Readability's test pages. */
  force: boolean;
}

const { jobs, parser, runs, warm } = workerData as {
  jobs: MeasureJob[];
  parser: ParserName;
  runs: number;
  warm: string[];
};
// A fresh isolate compiles everything again: warm both engines up, untimed.
warmUp(warm, parser);
parentPort?.postMessage(jobs.map((job) => both(job.html, job.url, parser, runs, job.force)));
