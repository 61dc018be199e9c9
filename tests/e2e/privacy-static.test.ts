/**
 * Privacy, read off the built code (issue 6): the shipped bundles hold no
 * network API calls — no fetch, XMLHttpRequest, sendBeacon, WebSocket or
 * EventSource — and no address of a server of Folio's. Together with the
 * extension pages' CSP (`connect-src 'self'`) and the proxy tests, this is
 * how Folio shows it sends nothing anywhere.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './support/paths';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.js') ? [path] : [];
  });
}

// A call of the global fetch (not a method such as MiniSearch's index.fetch(), nor its definition).
const NETWORK_CALL =
  /(?<![.\w$}])fetch\s*\(|\bnew\s+XMLHttpRequest|\bsendBeacon\s*\(|\bnew\s+WebSocket|\bnew\s+EventSource/g;

describe.each(['chrome', 'firefox'])('the %s build', (variant) => {
  const dist = join(ROOT, 'dist', variant);

  it('calls no network API', () => {
    const calls = files(dist).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(NETWORK_CALL)].map((m) => `${relative(dist, file)}: ${m[0]}`),
    );
    expect(calls).toEqual([]);
  });

  it('names no remote server but the ones a reader links to by design', () => {
    const hosts = new Set(
      files(dist).flatMap((file) =>
        [...readFileSync(file, 'utf8').matchAll(/https?:\/\/([a-z0-9.-]+\.[a-z]{2,})/gi)].map((m) =>
          m[1]!.toLowerCase(),
        ),
      ),
    );
    // Namespace URIs of SVG/MathML/XHTML and documentation links in bundled libraries are not requests.
    const known =
      /^(www\.w3\.org|www\.youtube\.com|youtu\.be|vimeo\.com|player\.vimeo\.com|github\.com|.*mozilla\.org|schema\.org)$/;
    expect([...hosts].filter((host) => !known.test(host))).toEqual([]);
  });
});
