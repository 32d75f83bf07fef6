/// <reference lib="dom" />
// page.evaluate callbacks run in the browser.
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test as base } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { serviceInfo } from './global-setup';

export const service = serviceInfo();
export const COORDINATOR = 'koordinator@demo.kobling.no';
const SCREENS = resolve(__dirname, '..', '..', 'docs', 'screens');

/**
 * Until the accounts API (k-accounts) is merged the service prints no demo users: then the browser
 * stands in for /api/v1/auth/* (password `demo`) and sends the demo coordinator's API key on the
 * rest, so the console's pages still run against the real API. Goes when login is in main.
 */
const accountsReady = Object.keys(service.passwords).length > 0;
export const demoPassword = (email: string): string => service.passwords[email] ?? 'demo';

async function standInForAccounts(page: Page): Promise<void> {
  const coordinator = service.keys.coordinator;
  const user = { id: 'demo', email: COORDINATOR, name: 'Kari Koordinator', role: 'coordinator', status: 'active', organisation: { id: 'demo', name: coordinator.organisation ?? 'Demo', kind: 'municipality' } };
  let signedIn = false;
  const problem = (status: number) => ({ status, contentType: 'application/problem+json', body: JSON.stringify({ status, title: 'Unauthorized' }) });
  await page.route('**/api/v1/**', async (route) => {
    const path = new URL(route.request().url()).pathname;
    if (path === '/api/v1/auth/providers') return route.fulfill({ json: { password: true, oidc: false } });
    if (path === '/api/v1/auth/login') {
      signedIn = (route.request().postDataJSON() as { password?: string }).password === 'demo';
      return signedIn ? route.fulfill({ json: { user, csrfToken: 'csrf' } }) : route.fulfill(problem(401));
    }
    if (path === '/api/v1/auth/me') return signedIn ? route.fulfill({ json: { user, csrfToken: 'csrf' } }) : route.fulfill(problem(401));
    if (path === '/api/v1/auth/logout') {
      signedIn = false;
      return route.fulfill({ status: 204 });
    }
    if (!signedIn) return route.fulfill(problem(401));
    return route.continue({ headers: { ...route.request().headers(), authorization: `Bearer ${coordinator.key}` } });
  });
}

export const test = base.extend<{ axe: (page: Page) => Promise<void>; snap: (page: Page, name: string) => Promise<void> }>({
  baseURL: service.baseURL,
  // Every journey also fails on a script error or on anything the CSP refused.
  page: async ({ page }, use) => {
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error' && /Content Security Policy|Refused to/i.test(message.text())) problems.push(`console: ${message.text()}`);
    });
    if (!accountsReady) await standInForAccounts(page);
    await use(page);
    expect(problems).toEqual([]);
  },
  // axe with the WCAG 2.0/2.1 A and AA rules: every screen must have no violation.
  // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this pattern
  axe: async ({}, use) => {
    await use(async (page) => {
      const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      const found = result.violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`);
      expect(found, `axe violations on ${page.url()}`).toEqual([]);
    });
  },
  // A full-page screenshot into docs/screens/<name>.png, for people to look at.
  // eslint-disable-next-line no-empty-pattern -- as above
  snap: async ({}, use) => {
    mkdirSync(SCREENS, { recursive: true });
    await use(async (page, name) => {
      await page.evaluate(() => document.fonts.ready);
      await page.screenshot({ path: join(SCREENS, `${name}.png`), fullPage: true, animations: 'disabled', caret: 'hide' });
    });
  },
});

export { expect };

/** Logs in as the demo coordinator through the login page, with the keyboard alone when asked. */
export async function logInAsCoordinator(page: Page): Promise<void> {
  const password = demoPassword(COORDINATOR);
  await page.goto('/logg-inn');
  await page.getByLabel('E-post').fill(COORDINATOR);
  await page.getByLabel('Passord', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Logg inn', exact: true }).click();
  await expect(page).toHaveURL(/\/kandidater$/);
}
