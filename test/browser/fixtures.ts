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

/** A demo user's password, from the service's start-up log. */
export function demoPassword(email: string): string {
  const password = service.passwords[email];
  if (!password) throw new Error(`No demo password for ${email} in the start-up log ("Logg inn som …")`);
  return password;
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
