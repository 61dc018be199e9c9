/**
 * Derives each browser's manifest from the one `manifest.json`, so the two
 * builds cannot drift apart.
 */
export type Target = 'chrome' | 'firefox';

export const GECKO_ID = 'folio@folio-reader.org';

type Manifest = Record<string, unknown> & { background?: Record<string, unknown> };

export interface ManifestOptions {
  /**
   * Test-only: Firefox has no way to click the toolbar button from a test, so
   * the end-to-end variant may read pages on 127.0.0.1 without a click. Never
   * set for the shipped builds.
   */
  e2eHostAccess?: boolean;
}

export function manifestFor(base: Manifest, target: Target, options: ManifestOptions = {}): Manifest {
  const manifest: Manifest = structuredClone(base);
  if (target === 'firefox') {
    const worker = String(manifest.background?.service_worker);
    manifest.background = { scripts: [worker], type: 'module' };
    manifest.browser_specific_settings = {
      gecko: {
        id: GECKO_ID,
        strict_min_version: '140.0',
        data_collection_permissions: { required: ['none'] },
      },
      gecko_android: { strict_min_version: '142.0' },
    };
    // Firefox does not know use_dynamic_url; its moz-extension UUID is already random per install.
    const war = manifest.web_accessible_resources as Array<Record<string, unknown>> | undefined;
    war?.forEach((entry) => delete entry.use_dynamic_url);
    if (options.e2eHostAccess) manifest.host_permissions = ['http://127.0.0.1/*'];
  }
  return manifest;
}
