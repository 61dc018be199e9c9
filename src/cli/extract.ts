/**
 * `npm run extract -- [--format json|text|markdown|html] [--url URL] [--out DIR] FILE...`
 * See `args.ts` for all options.
 */
import { runCli } from './run';

// A closed pipe (`… | head`) is the reader's choice, not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

process.exitCode = runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
