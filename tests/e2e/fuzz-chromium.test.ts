/** Fuzzing the extractor in Chromium (issue 6); the suite is in support/fuzz-suite.ts. */
import { launchChromium } from './support/chromium';
import { describeFuzz } from './support/fuzz-suite';

describeFuzz('Chromium', 'chromium', () => launchChromium());
