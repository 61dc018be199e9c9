/**
 * Bundles a TypeScript entry (and all it imports: the extractor, DOMPurify,
 * Readability) into one classic script, to run in a plain browser tab with
 * `page.evaluate(code)`. Used by the extractor fuzz and the extraction bench.
 */
import { build } from 'vite';

export async function bundleIife(entry: string): Promise<string> {
  const output = await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      // Readable stack traces and profiles.
      minify: false,
      lib: { entry, formats: ['iife'], name: 'folioHarness' },
    },
  });
  const chunk = [output]
    .flat()
    .flatMap((o) => ('output' in o ? o.output : []))
    .find((o) => o.type === 'chunk');
  if (!chunk || chunk.type !== 'chunk') throw new Error(`${entry} did not bundle`);
  return chunk.code;
}
