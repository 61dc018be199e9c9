import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './support/paths';

const read = (variant: string) =>
  JSON.parse(readFileSync(join(ROOT, 'dist', variant, 'manifest.json'), 'utf8'));

// The built manifests, as the stores will see them.
describe('shipped manifests', () => {
  it.each(['chrome', 'firefox'])('%s build asks for activeTab, not standing host access', (variant) => {
    const manifest = read(variant);
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.permissions).toEqual(expect.arrayContaining(['activeTab', 'scripting', 'storage']));
    expect(manifest.host_permissions ?? []).toEqual([]);
    expect(manifest.optional_host_permissions ?? []).toEqual([]);
    expect((manifest.content_scripts ?? []).flatMap((c: { matches?: string[] }) => c.matches ?? [])).toEqual(
      [],
    );
    // Nothing web pages could load to probe for Folio, but the reader frame.
    const exposed = (manifest.web_accessible_resources ?? []).flatMap(
      (w: { resources: string[] }) => w.resources,
    );
    expect(exposed.filter((r: string) => !r.includes('reader'))).toEqual([]);
  });

  it('chrome build runs a service worker; firefox build runs background scripts with a gecko id', () => {
    expect(read('chrome').background.service_worker).toBeTruthy();
    const firefox = read('firefox');
    expect(firefox.background.scripts).toHaveLength(1);
    expect(firefox.background.service_worker).toBeUndefined();
    expect(firefox.browser_specific_settings.gecko.id).toMatch(/@/);
    expect(firefox.browser_specific_settings.gecko.data_collection_permissions).toEqual({
      required: ['none'],
    });
    expect(firefox.browser_specific_settings.gecko.strict_min_version).toBeTruthy();
  });

  it('only the test-only firefox variant may read 127.0.0.1 without a click', () => {
    expect(read('firefox-e2e').host_permissions).toEqual(['http://127.0.0.1/*']);
  });

  it('extension pages have a strict content security policy', () => {
    const csp: string = read('chrome').content_security_policy.extension_pages;
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    expect(csp).toMatch(/object-src 'none'/);
    expect(csp).not.toMatch(/unsafe-(eval|inline)/);
    expect(csp).toMatch(/connect-src 'self'/);
  });

  it('web-ext lint reports 0 errors on the firefox build', () => {
    const bin = join(ROOT, 'node_modules', '.bin', 'web-ext');
    let output: string;
    try {
      output = execFileSync(
        bin,
        ['lint', '--source-dir', join(ROOT, 'dist', 'firefox'), '--output', 'json', '--no-config-discovery'],
        {
          encoding: 'utf8',
        },
      );
    } catch (error) {
      // web-ext exits non-zero when it finds errors; its report is still on stdout.
      output = (error as { stdout: string }).stdout;
    }
    const report = JSON.parse(output);
    expect(report.errors).toEqual([]);
    expect(report.summary.errors).toBe(0);
  }, 60_000);
});
