/// <reference lib="dom" />
// page.evaluate callbacks run in the browser.
import { COORDINATOR, demoPassword, EMPLOYER, expect, logIn, logInAsCoordinator, test } from './fixtures';

test.describe('the coordinator', () => {
  test('logs in, sees the candidates, opens one, reads the mentor matches and their reasons, logs out', async ({ page, axe, snap }) => {
    await page.goto('/');
    await expect(page).toHaveURL(/\/logg-inn$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Logg inn' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'nb');
    await axe(page);
    await snap(page, 'logg-inn');

    await logInAsCoordinator(page);
    await expect(page.getByRole('heading', { level: 1, name: 'Kandidater' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Logg ut' })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: /\d+ kandidater?/ })).toBeVisible();
    const rows = page.getByRole('table').getByRole('row');
    await expect(rows.nth(1)).toBeVisible();
    await axe(page);
    await snap(page, 'kandidater');

    // The candidate with the most to show: the first in the list.
    const first = page.getByRole('table').getByRole('link').first();
    const name = (await first.textContent())!.trim();
    await first.click();
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'Mentorforslag' })).toBeVisible();
    const cards = page.locator('.match');
    await expect(cards.first()).toBeVisible();
    await expect(cards.first().getByRole('heading', { name: 'Hvorfor denne mentoren' })).toBeVisible();
    await expect(cards.first().locator('.reasons li').first()).toBeVisible();
    await expect(cards.first().getByRole('button', { name: 'Foreslå mentor' })).toBeVisible();
    await page.getByText('Hvorfor ikke?').click();
    await expect(page.locator('.why-not__list li').first()).toBeVisible();
    await axe(page);
    await snap(page, 'kandidat');

    // Propose the best match: it is said above the suggestions, shows as proposed under Mentorskap, and leaves the suggestions.
    const best = cards.first();
    const mentor = (await best.getByRole('heading', { level: 3 }).textContent())!.trim();
    await best.getByRole('button', { name: 'Foreslå mentor' }).click();
    await expect(page.getByRole('region', { name: 'Mentorforslag' }).getByRole('status')).toContainText(`Du har foreslått ${mentor} som mentor`);
    await expect(cards.filter({ has: page.getByRole('heading', { level: 3, name: mentor, exact: true }) })).toHaveCount(0);
    const mentorships = page.getByRole('region', { name: 'Mentorskap' });
    await expect(mentorships).toContainText(mentor);
    await expect(mentorships).toContainText('Foreslått');
    await axe(page);

    // In English the page and the API's reasons follow the choice.
    await page.getByLabel('Språk').selectOption('en');
    await expect(page.getByRole('heading', { level: 2, name: 'Suggested mentors' })).toBeVisible();
    await expect(page.locator('.match').first().getByRole('heading', { name: 'Why this mentor' })).toBeVisible();
    await snap(page, 'kandidat-en');
    await page.getByLabel('Language').selectOption('nb');

    await page.getByRole('button', { name: 'Logg ut' }).click();
    await expect(page).toHaveURL(/\/logg-inn$/);
    // Logged out for real: the list sends you back to login.
    await page.goto('/kandidater');
    await expect(page).toHaveURL(/\/logg-inn$/);
  });

  test('is told so when the password is wrong, in words from the translation files', async ({ page, axe, snap }) => {
    await page.goto('/logg-inn');
    await page.getByLabel('E-post').fill(COORDINATOR);
    await page.getByLabel('Passord', { exact: true }).fill('ikke-passordet-mitt');
    await page.getByRole('button', { name: 'Logg inn', exact: true }).click();
    await expect(page.getByRole('alert')).toContainText('Feil e-post eller passord');
    await axe(page);
    await snap(page, 'logg-inn-feil');
  });

  test('logs in with the keyboard alone: Tab to the fields, type, Enter', async ({ page }) => {
    await page.goto('/logg-inn');
    await expect(page.getByLabel('E-post')).toBeVisible();
    // The first Tab reaches the skip link; then on through the header to the form.
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('id') ?? document.activeElement?.textContent ?? '');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Hopp til hovedinnholdet' })).toBeFocused();
    let steps = 0;
    while ((await focused()) !== 'login-email' && steps++ < 10) await page.keyboard.press('Tab');
    await expect(page.getByLabel('E-post')).toBeFocused();
    await page.keyboard.type(COORDINATOR);
    await page.keyboard.press('Tab');
    await expect(page.getByLabel('Passord', { exact: true })).toBeFocused();
    await page.keyboard.type(demoPassword(COORDINATOR));
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/kandidater$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Kandidater' })).toBeVisible();
  });
});

test.describe('a new candidate', () => {
  test('the coordinator registers one: what is missing is said, then the candidate page opens', async ({ page, axe, snap }) => {
    await logInAsCoordinator(page);
    await page.getByRole('link', { name: 'Ny kandidat' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Ny kandidat' })).toBeVisible();
    await axe(page);
    await snap(page, 'ny-kandidat');
    await page.getByRole('button', { name: 'Registrer kandidaten' }).click();
    await expect(page.getByText('Skriv kandidatens navn.').first()).toBeVisible();
    await expect(page.getByText('Velg kommunen kandidaten bor i.').first()).toBeVisible();
    await axe(page);

    await page.getByLabel('Fullt navn').fill('Amina Testesen');
    await page.getByLabel('Fødselsår').fill('1990');
    await page.getByLabel('Kommune').selectOption({ label: 'Steigen' });
    await page.getByLabel('Norsknivå').selectOption('A2');
    await page.getByLabel('Interesser').fill('strikking, fotball');
    await page.getByLabel('Kandidaten har samtykket til matching med mentorer og stillinger').check();
    await page.getByRole('button', { name: 'Registrer kandidaten' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Amina Testesen' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'Mentorforslag' })).toBeVisible();
  });
});

test.describe('other roles', () => {
  test('an employer lands on a home page with the layout, and cannot open the candidates', async ({ page, axe, snap }) => {
    await logIn(page, EMPLOYER);
    await expect(page).toHaveURL(/\/hjem$/);
    await expect(page.getByRole('heading', { level: 1, name: /^Velkommen, / })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Forside' })).toBeVisible();
    await axe(page);
    await snap(page, 'hjem');
    await page.goto('/kandidater');
    await expect(page).toHaveURL(/\/hjem$/);
    await page.getByRole('button', { name: 'Logg ut' }).click();
    await expect(page).toHaveURL(/\/logg-inn$/);
  });
});

test.describe('pages without a session', () => {
  test('forgot password, set password and not found read right and pass axe', async ({ page, axe, snap }) => {
    await page.goto('/logg-inn');
    await page.getByRole('link', { name: 'Glemt passord?' }).click();
    await expect(page).toHaveURL(/\/glemt-passord$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Glemt passord' })).toBeVisible();
    await axe(page);
    await snap(page, 'glemt-passord');

    await page.goto('/passord?token=eksempel');
    await expect(page.getByRole('heading', { level: 1, name: 'Lag et nytt passord' })).toBeVisible();
    await axe(page);
    await snap(page, 'passord');

    await page.goto('/finnes-ikke');
    await expect(page.getByRole('heading', { level: 1, name: 'Fant ikke siden' })).toBeVisible();
    await axe(page);
  });

  test('the language picker switches the console to Nynorsk and English, and the lang attribute with it', async ({ page }) => {
    await page.goto('/logg-inn');
    await page.getByLabel('Språk').selectOption('nn');
    await expect(page.locator('html')).toHaveAttribute('lang', 'nn');
    await expect(page.getByRole('link', { name: 'Gløymt passord?' })).toBeVisible();
    await page.getByLabel('Språk').selectOption('en');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1, name: 'Log in' })).toBeVisible();
    await page.getByLabel('Language').selectOption('nb');
  });

  test('an unknown API path is still the API\'s problem+json 404, not the console', async ({ request }) => {
    const res = await request.get('/api/v1/finnes-ikke', { headers: { Accept: 'text/html' } });
    expect(res.status()).toBe(404);
    expect(res.headers()['content-type']).toContain('application/problem+json');
  });
});
