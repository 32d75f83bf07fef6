#!/usr/bin/env node
// npm test: the jest suite (its exit code decides), then the browser journeys (scripts/browser-tests.js).
// Arguments go to jest and pick tests (`npm test -- test/http.e2e.spec.ts`): then the journeys are
// left to `npm run test:browser`. SKIP_BROWSER=1 skips them too (CI's second pass, on PostgreSQL:
// the journeys always start their own service on a fresh embedded database).
const { spawnSync } = require('node:child_process');
const { join } = require('node:path');

const root = join(__dirname, '..');
const args = process.argv.slice(2);
const jest = spawnSync(process.execPath, [require.resolve('jest/bin/jest'), '--runInBand', ...args], { cwd: root, stdio: 'inherit' });
if (jest.status !== 0) process.exit(jest.status ?? 1);
if (process.env.SKIP_BROWSER === '1') {
  console.log('Browser journeys not run (SKIP_BROWSER=1).');
  process.exit(0);
}
if (args.length > 0) {
  console.log('Browser journeys not run (tests were picked by name): npm run test:browser runs them.');
  process.exit(0);
}
const browser = spawnSync(process.execPath, [join(__dirname, 'browser-tests.js')], { cwd: root, stdio: 'inherit' });
process.exit(browser.status ?? 1);
