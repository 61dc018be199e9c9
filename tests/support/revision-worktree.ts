/**
 * Another git revision of this repository, checked out beside it for the
 * paired A/B tools (tests/bench/{extract,ui}/compare-revisions.ts): a detached
 * worktree in a scratch folder, sharing this checkout's node_modules, removed
 * with the folder afterwards.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** This checkout's root, without a trailing slash. */
export const REPO = fileURLToPath(new URL('../..', import.meta.url)).replace(/\/$/, '');

/** Runs `use` with `rev` checked out at `tree`; `scratch` is a temporary folder for its own files. */
export async function withRevision<T>(
  rev: string,
  use: (tree: string, scratch: string) => Promise<T>,
): Promise<T> {
  const scratch = mkdtempSync(join(tmpdir(), 'folio-ab-'));
  const tree = join(scratch, 'tree');
  try {
    execFileSync('git', ['-C', REPO, 'worktree', 'add', '--detach', '-q', tree, rev]);
    symlinkSync(join(REPO, 'node_modules'), join(tree, 'node_modules'));
    return await use(tree, scratch);
  } finally {
    execFileSync('git', ['-C', REPO, 'worktree', 'remove', '--force', tree]);
    rmSync(scratch, { recursive: true, force: true });
  }
}
