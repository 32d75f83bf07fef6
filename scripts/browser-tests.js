#!/usr/bin/env node
// The console's journeys in a real browser (Playwright, test/browser/). Playwright cannot download
// its own browsers here: it drives an installed Chromium (CHROMIUM_PATH, or the usual places).
// Without one the journeys are skipped with one line, unless REQUIRE_BROWSER=1 (CI) makes that a failure.
// The service is built first (nest + vite), then started by Playwright on a free port and a fresh data dir.
const { existsSync } = require('node:fs');
const { spawnSync } = require('node:child_process');
const { join } = require('node:path');

const root = join(__dirname, '..');
const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].filter(Boolean);
const chromium = candidates.find((path) => existsSync(path));

if (!chromium) {
  const line = 'Browser journeys skipped: no Chromium found (set CHROMIUM_PATH, or install one: bash scripts/install-chromium.sh).';
  if (process.env.REQUIRE_BROWSER === '1') {
    console.error(`${line} REQUIRE_BROWSER=1: failing.`);
    process.exit(1);
  }
  console.log(line);
  process.exit(0);
}

const run = (command, args, env = {}) => spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } }).status ?? 1;

if (process.env.SKIP_BUILD !== '1') {
  const built = run('npm', ['run', 'build', '--silent']);
  if (built !== 0) process.exit(built);
}
const status = run(process.execPath, [require.resolve('@playwright/test/cli'), 'test', '--config', 'test/browser/playwright.config.ts', ...process.argv.slice(2)], {
  CHROMIUM_PATH: chromium,
});
process.exit(status);
