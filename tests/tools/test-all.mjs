// `npm test`: every suite in order — typecheck, lint, format, build, unit,
// end-to-end — then one plain line "N passed, N failed" that adds them up.
// A suite that fails does not stop the others, so one run shows everything.
// FOLIO_SKIP_E2E=1 skips the browser suites (for a quick local loop only).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

const root = new URL('../../', import.meta.url).pathname;
process.chdir(root);
mkdirSync('test-results', { recursive: true });

const totals = { passed: 0, failed: 0, skipped: 0 };
const lines = [];

function run(cmd, args, env = {}) {
  const started = Date.now();
  const result = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return { ok: result.status === 0, seconds: ((Date.now() - started) / 1000).toFixed(1) };
}

/** A step that is one check: passed or failed as a whole. */
function check(name, cmd, args) {
  console.log(`\n=== ${name}: ${cmd} ${args.join(' ')}`);
  const { ok, seconds } = run(cmd, args);
  totals[ok ? 'passed' : 'failed']++;
  lines.push(`${name}: ${ok ? 'passed' : 'FAILED'} (${seconds} s)`);
  return ok;
}

/** A Vitest suite: counts come from its JSON report. */
function vitest(name, config, reportFile, env = {}) {
  console.log(`\n=== ${name}: vitest --config ${config}`);
  rmSync(reportFile, { force: true });
  const { ok, seconds } = run('npx', ['vitest', 'run', '--config', config], env);
  let passed = 0,
    failed = 0,
    skipped = 0;
  if (existsSync(reportFile)) {
    const report = JSON.parse(readFileSync(reportFile, 'utf8'));
    passed = report.numPassedTests;
    failed = report.numFailedTests;
    skipped = report.numPendingTests + (report.numTodoTests ?? 0);
    // A file that fails to load or whose hooks throw has no failed test of its own: count it.
    failed += report.testResults.filter(
      (f) => f.status === 'failed' && !f.assertionResults.some((a) => a.status === 'failed'),
    ).length;
  }
  if (!ok && failed === 0) failed = 1;
  totals.passed += passed;
  totals.failed += failed;
  totals.skipped += skipped;
  lines.push(`${name}: ${passed} passed, ${failed} failed, ${skipped} skipped (${seconds} s)`);
}

check('typecheck', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']);
check('lint', 'npx', ['eslint', '.', '--max-warnings', '0']);
check('format', 'npx', ['prettier', '--check', '.']);
const built = check('build', 'node', ['src/dev/build.mjs']);
vitest('unit', 'tests/unit/vitest.config.ts', 'test-results/unit.json');
if (process.env.FOLIO_SKIP_E2E === '1') {
  lines.push('end-to-end: SKIPPED (FOLIO_SKIP_E2E=1)');
} else if (built) {
  vitest('end-to-end', 'tests/e2e/vitest.config.ts', 'test-results/e2e.json');
} else {
  totals.failed++;
  lines.push('end-to-end: FAILED (the build failed, nothing to load into the browsers)');
}

const summary = `${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`;
console.log(`\n${lines.join('\n')}`);
writeFileSync('test-results/summary.txt', `${lines.join('\n')}\n${summary}\n`);
console.log(summary);
process.exit(totals.failed ? 1 : 0);
