/** Fuzzing the extractor in Firefox ESR (issue 6); the suite is in support/fuzz-suite.ts. */
import { launchFirefox } from './support/firefox';
import { describeFuzz } from './support/fuzz-suite';

describeFuzz('Firefox ESR', 'firefox', () => launchFirefox());
