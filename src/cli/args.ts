/** Command-line arguments of `npm run extract`. */
import type { ParserName } from './parse-html';

export type Format = 'json' | 'text' | 'markdown' | 'html';

export interface CliOptions {
  format: Format;
  url: string | null;
  out: string | null;
  parser: ParserName;
  force: boolean;
  files: string[];
}

export const USAGE = `Usage: npm run extract -- [options] FILE...

Extracts the article of each saved HTML page (.html, or .html.gz).

Options:
  --format json|text|markdown|html  what to write (default: json)
  --url URL      the page's address, for relative links and the source panel
                 (default: the page's canonical address, else the file's)
  --out DIR      write DIR/<file name without extension>.<json|txt|md|html>;
                 required with several files
  --parser jsdom|linkedom  HTML parser (default: jsdom; linkedom is faster)
  --force        extract even when a page does not look like an article or is very large
  -h, --help     show this help

One file without --out prints to stdout. A file that fails prints one line
on stderr and the others go on; the exit code is 1 if any failed.`;

const FORMATS: readonly Format[] = ['json', 'text', 'markdown', 'html'];

/** Parses `argv` (without node and script); throws an Error with a message for people. */
export function parseArgs(argv: readonly string[]): CliOptions | 'help' {
  const options: CliOptions = {
    format: 'json',
    url: null,
    out: null,
    parser: 'jsdom',
    force: false,
    files: [],
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const [name, inline] =
      arg.startsWith('--') && arg.includes('=')
        ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
        : [arg, undefined];
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === '') throw new Error(`${name} needs a value.`);
      return v;
    };
    if (name === '-h' || name === '--help') return 'help';
    else if (name === '--format') options.format = oneOf(value(), FORMATS, '--format');
    else if (name === '--url') options.url = value();
    else if (name === '--out') options.out = value();
    else if (name === '--parser') options.parser = oneOf(value(), ['jsdom', 'linkedom'] as const, '--parser');
    else if (name === '--force') options.force = true;
    else if (name === '--') {
      options.files.push(...argv.slice(i + 1));
      break;
    } else if (name.startsWith('-')) throw new Error(`Unknown option ${name}.`);
    else options.files.push(arg);
  }
  if (options.files.length === 0) throw new Error('No input file given.');
  if (options.files.length > 1 && !options.out) throw new Error('Several files need --out DIR.');
  return options;
}

function oneOf<T extends string>(value: string, allowed: readonly T[], name: string): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new Error(`${name} must be one of ${allowed.join(', ')} (got "${value}").`);
}
