/**
 * Paired A/B of the interface timings: the extension built at another git
 * revision against the working tree's build, in alternating rounds (each a
 * fresh Chromium, one warm-up run, then RUNS runs on fresh tabs of the seed
 * page), so both meet the same machine load. Separate bench runs here differ
 * by ±50 ms; a small change is only visible side by side.
 *
 *   npx tsx tests/bench/ui/compare-revisions.ts REV [ROUNDS] [RUNS]
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { launchChromium, pinToToolbar } from '../../e2e/support/chromium';
import { startFixtureServer } from '../../e2e/support/server';
import { REPO, withRevision } from '../../support/revision-worktree';
import { measureOnce, median, type RunTimes } from './timing';

const [rev, roundsArg = '4', runsArg = '8'] = process.argv.slice(2);
if (!rev) throw new Error('usage: compare-revisions.ts REV [ROUNDS] [RUNS]');

const build = (tree: string) =>
  execFileSync('node', ['src/dev/build.mjs', 'chrome'], { cwd: tree, stdio: 'ignore' });

type Measure = 'popupMs' | 'readerMs' | 'coldReaderMs';
const MEASURES: [Measure, string][] = [
  ['popupMs', 'toolbar click → article in the popup'],
  ['readerMs', 'reader-mode toggle (frame prepared)'],
  ['coldReaderMs', 'reader-mode toggle, cold frame'],
];

await withRevision(rev, async (base) => {
  build(base);
  build(REPO);
  const builds = { [rev]: join(base, 'dist/chrome'), 'working tree': join(REPO, 'dist/chrome') };
  const times: Record<string, RunTimes[]> = {};
  const server = await startFixtureServer();
  const url = server.url('/seed-news/source.html');
  for (let round = 0; round < Number(roundsArg); round++) {
    // Alternate which build goes first, so neither always meets a cooler machine.
    const order = Object.entries(builds);
    if (round % 2) order.reverse();
    for (const [name, dir] of order) {
      const session = await launchChromium(dir);
      await pinToToolbar(session);
      await measureOnce(session, url);
      for (let i = 0; i < Number(runsArg); i++) (times[name] ??= []).push(await measureOnce(session, url));
      await session.close();
    }
    process.stdout.write(`  round ${round + 1} / ${roundsArg}\r`);
  }
  await server.close();
  console.log(`\n${roundsArg} rounds of ${runsArg} runs each build, medians:`);
  for (const [key, label] of MEASURES) {
    const [before, after] = [rev, 'working tree'].map((name) => median(times[name]!.map((t) => t[key])));
    console.log(
      `${label}: ${rev} ${Math.round(before!)} ms, working tree ${Math.round(after!)} ms (${(after! / before!).toFixed(2)}×)`,
    );
  }
});
