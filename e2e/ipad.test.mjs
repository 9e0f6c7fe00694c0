// The iPad journeys (journeys/ipad.mjs) in Chromium; e2e/webkit/ runs the same in WebKit.
import { after, before, test } from 'node:test';
import { journeys } from './journeys/ipad.mjs';
import { ChromiumTab } from './support/chromium-tab.mjs';
import { startHarness } from './support/harness.mjs';
import { JOURNEY_TIMEOUT_MS, runJourney } from './support/tab.mjs';

let harness;
before(async () => (harness = await startHarness()));
after(async () => harness?.close());

for (const journey of journeys) {
  test(`${journey.name} (Chromium)`, { timeout: JOURNEY_TIMEOUT_MS }, () => runJourney(journey, (viewport) => ChromiumTab.open(harness, viewport)));
}
