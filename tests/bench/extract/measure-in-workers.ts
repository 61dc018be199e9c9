/** Runs the page-by-page measurement in worker threads, one chunk at a time (see measure-worker.ts). */
import { Worker } from 'node:worker_threads';
import type { ParserName } from '../../../src/cli/parse-html';
import type { EngineRun } from './engines';
import type { MeasureJob } from './measure-worker';

const CHUNK = 12;

export async function measureAll(
  jobs: readonly MeasureJob[],
  parser: ParserName,
  runs: number,
  warm: string[],
): Promise<Array<[EngineRun, EngineRun]>> {
  const out: Array<[EngineRun, EngineRun]> = [];
  for (let start = 0; start < jobs.length; start += CHUNK) {
    const chunk = jobs.slice(start, start + CHUNK);
    out.push(...(await runWorker(chunk, parser, runs, warm)));
    process.stderr.write(`\r  measured ${out.length} / ${jobs.length} pages`);
  }
  process.stderr.write('\n');
  return out;
}

function runWorker(
  jobs: MeasureJob[],
  parser: ParserName,
  runs: number,
  warm: string[],
): Promise<Array<[EngineRun, EngineRun]>> {
  return new Promise((resolve, reject) => {
    // The worker loads TypeScript through tsx's loader, as the bench itself does.
    const tsx = import.meta.resolve('tsx/esm/api');
    const file = new URL('./measure-worker.ts', import.meta.url).href;
    const boot = `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(file)}); });`;
    const worker = new Worker(boot, {
      eval: true,
      workerData: { jobs, parser, runs, warm },
      resourceLimits: { maxOldGenerationSizeMb: 6144 },
    });
    worker.once('message', (pairs: Array<[EngineRun, EngineRun]>) => {
      resolve(pairs);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`the measuring worker exited with ${code}`));
    });
  });
}
