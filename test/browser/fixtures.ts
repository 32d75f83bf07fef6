/// <reference lib="dom" />
// page.evaluate callbacks run in the browser.
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test as base } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { serviceInfo } from './global-setup';

export const service = serviceInfo();
export const COORDINATOR = 'koordinator@demo.kobling.no';
export const EMPLOYER = 'arbeidsgiver@demo.kobling.no';
const SCREENS = resolve(__dirname, '..', '..', 'docs', 'screens');

/**
 * Until the accounts API (k-accounts) is merged the service prints no demo users: then the browser
 * stands in for /api/v1/auth/* (password `demo`) and sends the demo coordinator's API key on the
 * rest, so the console's pages still run against the real API. Goes when login is in main.
 */
const accountsReady = Object.keys(service.passwords).length > 0;
export const demoPassword = (email: string): string => service.passwords[email] ?? 'demo';

const STAND_IN_USERS: Record<string, { name: string; role: string; kind: string }> = {
  [COORDINATOR]: { name: 'Kari Koordinator', role: 'coordinator', kind: 'municipality' },
  [EMPLOYER]: { name: 'Arne Arbeidsgiver', role: 'employer', kind: 'employer' },
};

async function standInForAccounts(page: Page): Promise<void> {
  let signedIn: { user: object; key: string } | null = null;
  const problem = (status: number) => ({ status, contentType: 'application/problem+json', body: JSON.stringify({ status, title: 'Unauthorized' }) });
  await page.route('**/api/v1/**', async (route) => {
    const path = new URL(route.request().url()).pathname;
    if (path === '/api/v1/auth/providers') return route.fulfill({ json: { password: true, oidc: false } });
    if (path === '/api/v1/auth/login') {
      const { email = '', password } = route.request().postDataJSON() as { email?: string; password?: string };
      const known = STAND_IN_USERS[email];
      const key = known && service.keys[known.role];
      if (!known || !key || password !== 'demo') return route.fulfill(problem(401));
      const user = { id: 'demo', email, name: known.name, role: known.role, status: 'active', organisation: { id: 'demo', name: key.organisation ?? 'Demo', kind: known.kind } };
      signedIn = { user, key: key.key };
      return route.fulfill({ json: { user, csrfToken: 'csrf' } });
    }
    if (path === '/api/v1/auth/me') return signedIn ? route.fulfill({ json: { user: signedIn.user, csrfToken: 'csrf' } }) : route.fulfill(problem(401));
    if (path === '/api/v1/auth/logout') {
      signedIn = null;
      return route.fulfill({ status: 204 });
    }
    if (!signedIn) return route.fulfill(problem(401));
    return route.continue({ headers: { ...route.request().headers(), authorization: `Bearer ${signedIn.key}` } });
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

/** Logs in as a demo user through the login page. */
export async function logIn(page: Page, email: string): Promise<void> {
  await page.goto('/logg-inn');
  await page.getByLabel('E-post').fill(email);
  await page.getByLabel('Passord', { exact: true }).fill(demoPassword(email));
  await page.getByRole('button', { name: 'Logg inn', exact: true }).click();
}

export async function logInAsCoordinator(page: Page): Promise<void> {
  await logIn(page, COORDINATOR);
  await expect(page).toHaveURL(/\/kandidater$/);
}
