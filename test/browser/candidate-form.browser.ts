/// <reference lib="dom" />
// page.evaluate callbacks run in the browser.
import type { Locator, Page } from '@playwright/test';
import { expect, logInAsCoordinator, test } from './fixtures';

/** Presses Tab (at most 80 times) until `target` has the focus: how a keyboard user gets there. */
async function tabTo(page: Page, target: Locator): Promise<void> {
  for (let i = 0; i < 80; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error('Tab never reached the element');
}

const unique = () => Math.random().toString(36).slice(2, 7);

/** Writes with the session of the page (its cookie and CSRF token), for set-up and clean-up. */
async function csrf(page: Page): Promise<Record<string, string>> {
  const me = await page.request.get('/api/v1/auth/me');
  return { 'X-CSRF-Token': ((await me.json()) as { csrfToken: string }).csrfToken };
}

/** The journeys leave the demo data as they found it: console.browser.ts opens the newest candidate. */
async function forget(page: Page, id: string): Promise<void> {
  const res = await page.request.delete(`/api/v1/candidates/${id}`, { headers: await csrf(page) });
  expect(res.status()).toBe(204);
}

const idIn = (url: string) => /\/kandidater\/([0-9a-f-]{36})/.exec(url)![1];

test.describe('the candidate form', () => {
  test('registers a candidate with taxonomy picks, a free-text skill, a language and consent; then «Endre» changes it', async ({ page, axe, snap }) => {
    const name = `Selam Tesfaye ${unique()}`;
    await logInAsCoordinator(page);
    await page.getByRole('link', { name: 'Ny kandidat' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Ny kandidat' })).toBeVisible();

    await page.getByLabel('Fullt navn').fill(name);
    await page.getByLabel('Fødselsår').fill('1994');
    await page.getByLabel('Kommune').selectOption({ label: 'Steigen' });

    // An occupation from the taxonomy: typed, suggested, picked.
    const occupations = page.getByRole('combobox', { name: 'Ønskede yrker' });
    await occupations.fill('sveis');
    await page.getByRole('option', { name: /Sveis/ }).first().click();
    await expect(page.getByRole('list', { name: 'Valgte yrker' }).getByRole('button', { name: /Sveis/ })).toBeVisible();
    // And one in the candidate's own words, which the service reads as an occupation.
    await occupations.fill('Kokk');
    await page.getByRole('option', { name: 'Legg til «Kokk» som fritekst' }).click();
    await expect(page.getByRole('list', { name: 'Valgte yrker' }).getByRole('listitem').filter({ hasText: 'Kokk' })).toContainText('fritekst');

    // A skill through its Norwegian synonym, and one in the candidate's own words.
    const skills = page.getByRole('combobox', { name: 'Ferdigheter' });
    await skills.fill('regnskap');
    await page.getByRole('option', { name: /accounting techniques/ }).click();
    await skills.fill('kjører truck');
    await page.getByRole('option', { name: 'Legg til «kjører truck» som fritekst' }).click();
    const chosen = page.getByRole('list', { name: 'Valgte ferdigheter' });
    await expect(chosen.getByRole('button', { name: 'Fjern accounting techniques' })).toBeVisible();
    await expect(chosen.getByRole('listitem').filter({ hasText: 'kjører truck' })).toContainText('fritekst');

    await page.getByLabel('Norsknivå').selectOption('A2');
    await page.getByRole('button', { name: 'Legg til et språk' }).click();
    await page.getByLabel('Annet språk 1').selectOption('ti');
    await page.getByLabel('Nivå i tigrinja').selectOption('native');
    await page.getByRole('button', { name: 'Legg til en utdanning' }).click();
    await page.getByLabel('Utdanningsnivå 1').selectOption('vocational');
    await page.getByLabel('Fagområde 1').fill('Sveising');
    await page.getByLabel('Godkjenning av utdanning 1').selectOption('pending');
    await page.getByLabel('Interesser').fill('fotball, matlaging');
    await page.getByLabel('Ønsket kjønn på mentor').selectOption('any');
    // The consent text the candidate agrees to is on the form, beside the box.
    await expect(page.getByText(/^Jeg samtykker til at kommunen registrerer/)).toBeVisible();
    await page.getByLabel('Kandidaten har samtykket til matching med mentorer og stillinger').check();
    await axe(page);
    await snap(page, 'candidate-form');

    await page.getByRole('button', { name: 'Registrer kandidaten' }).click();
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
    const profile = page.getByRole('region', { name: 'Profil' });
    await expect(profile).toContainText('kjører truck');
    await expect(profile).toContainText('accounting techniques');
    await expect(profile).toContainText('A2');
    await expect(profile).toContainText(/«Kokk», tolket som Kokk/);

    // The consent history: what, who, and the text.
    await page.getByText(/^Samtykkehistorikk/).click();
    const history = page.getByRole('table', { name: /Alle samtykker kandidaten har gitt/ });
    await expect(history.getByRole('row').filter({ hasText: 'Ja til matching' })).toContainText('Kari Koordinator');
    await expect(history.getByRole('row').filter({ hasText: 'Ja til matching' })).toContainText('Jeg samtykker til at kommunen registrerer');
    await expect(history.getByRole('row').filter({ hasText: 'Nei til deling med arbeidsgivere' })).toBeVisible();
    await axe(page);

    // «Endre»: the same form, filled in; a change is saved and shown.
    await page.getByRole('link', { name: 'Endre' }).click();
    await expect(page).toHaveURL(/\/kandidater\/[0-9a-f-]+\/endre$/);
    await expect(page.getByRole('heading', { level: 1, name: `Endre ${name}` })).toBeVisible();
    await expect(page.getByLabel('Fullt navn')).toHaveValue(name);
    await expect(page.getByRole('list', { name: 'Valgte yrker' }).getByRole('button', { name: /Fjern Sveis/ })).toBeVisible();
    await expect(page.getByRole('list', { name: 'Valgte yrker' }).getByRole('listitem').filter({ hasText: 'Kokk' })).toContainText(/tolket som yrket «Kokk/);
    await expect(page.getByRole('list', { name: 'Valgte ferdigheter' }).getByRole('listitem').filter({ hasText: 'kjører truck' })).toContainText('fritekst');
    await page.getByLabel('Norsknivå').selectOption('B1');
    await page.getByLabel('Kandidaten har samtykket til at arbeidsgivere kan se en anonym profil').check();
    await axe(page);
    await snap(page, 'candidate-edit');
    await page.getByRole('button', { name: 'Lagre endringene' }).click();
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Profil' })).toContainText('B1');
    await page.getByText(/^Samtykkehistorikk/).click();
    await expect(page.getByRole('table', { name: /Alle samtykker/ }).getByRole('row').nth(1)).toContainText('Ja til deling med arbeidsgivere');
    await forget(page, idIn(page.url()));
  });

  test('a stale edit is told so, and nothing is overwritten', async ({ page, axe }) => {
    await logInAsCoordinator(page);
    const created = await page.request.post('/api/v1/candidates', {
      headers: await csrf(page),
      data: { fullName: `Foreldet Fane ${unique()}`, municipalityCode: '1848', consent: { matching: false, shareWithEmployers: false } },
    });
    expect(created.status()).toBe(201);
    const id = ((await created.json()) as { id: string }).id;
    await page.goto(`/kandidater/${id}/endre`);
    await expect(page.getByLabel('Fullt navn')).not.toHaveValue('');
    // Someone else saves meanwhile, from another tab.
    const other = await page.context().newPage();
    await other.goto(page.url());
    await other.getByLabel('Mål').fill('Endret i en annen fane');
    await other.getByRole('button', { name: 'Lagre endringene' }).click();
    await expect(other.getByRole('button', { name: 'Lagre endringene' })).toBeHidden();
    await other.close();

    await page.getByLabel('Mål').fill('Min endring');
    await page.getByRole('button', { name: 'Lagre endringene' }).click();
    await expect(page.getByRole('alert')).toContainText('Noen andre har endret kandidaten');
    await axe(page);
    await page.getByRole('button', { name: 'Last inn på nytt' }).click();
    await expect(page.getByLabel('Mål')).toHaveValue('Endret i en annen fane');
    await forget(page, id);
  });

  test('a field the service refuses is named beside the field, in Norwegian, and nothing is saved', async ({ page, axe }) => {
    await logInAsCoordinator(page);
    await page.goto('/kandidater/ny');
    await page.getByLabel('Fullt navn').fill(`Feil Felt ${unique()}`);
    await page.getByLabel('Kommune').selectOption({ label: 'Steigen' });
    await page.getByRole('button', { name: 'Legg til en utdanning' }).click();
    // Longer than the service takes (200 characters): only the service says so.
    await page.getByLabel('Fagområde 1').fill('Helsefag '.repeat(25));
    await page.getByRole('button', { name: 'Registrer kandidaten' }).click();
    await expect(page.getByLabel('Fagområde 1')).toHaveAccessibleDescription(/kan ha høyst 200 tegn/);
    await expect(page.getByRole('link', { name: /kan ha høyst 200 tegn/ })).toHaveAttribute('href', '#candidate-education-0');
    await expect(page.getByRole('heading', { level: 1, name: 'Ny kandidat' })).toBeVisible();
    await axe(page);
  });

  test('works with the keyboard alone: Tab, type, arrow keys and Enter', async ({ page }) => {
    const name = `Tastatur Tesfaye ${unique()}`;
    await logInAsCoordinator(page);
    await page.goto('/kandidater/ny');
    await expect(page.getByRole('heading', { level: 1, name: 'Ny kandidat' })).toBeVisible();

    await tabTo(page, page.getByLabel('Fullt navn'));
    await page.keyboard.type(name);
    await page.keyboard.press('Tab');
    await expect(page.getByLabel('Fødselsår')).toBeFocused();
    await page.keyboard.type('1988');
    await page.keyboard.press('Tab');
    await expect(page.getByLabel('Kommune')).toBeFocused();
    await page.keyboard.type('Steigen');
    await expect(page.getByLabel('Kommune')).toHaveValue('1848');

    // The occupation typeahead: type, ArrowDown to the first suggestion, Enter picks it.
    const occupations = page.getByRole('combobox', { name: 'Ønskede yrker' });
    await tabTo(page, occupations);
    await page.keyboard.type('sveis');
    await expect(page.getByRole('option', { name: /Sveis/ }).first()).toBeVisible();
    await page.keyboard.press('ArrowDown');
    await expect(occupations).toHaveAttribute('aria-activedescendant', /option-0$/);
    await expect(page.getByRole('listbox', { name: 'Ønskede yrker' }).getByRole('option').first()).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('list', { name: 'Valgte yrker' }).getByRole('button', { name: /Sveis/ })).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name: 'Ny kandidat' })).toBeVisible(); // Enter did not submit

    // A free-text skill: ArrowUp goes to the last option, which adds what was typed.
    const skills = page.getByRole('combobox', { name: 'Ferdigheter' });
    await tabTo(page, skills);
    await page.keyboard.type('syr klær');
    const free = page.getByRole('option', { name: 'Legg til «syr klær» som fritekst' });
    await expect(free).toBeVisible();
    await page.keyboard.press('ArrowUp');
    await expect(free).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('list', { name: 'Valgte ferdigheter' })).toContainText('syr klær');
    // Escape closes the suggestions without picking.
    await page.keyboard.type('regnskap');
    await expect(page.getByRole('option', { name: /accounting techniques/ })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('listbox', { name: 'Ferdigheter' })).toBeHidden();

    await tabTo(page, page.getByLabel('Norsknivå'));
    await page.keyboard.type('B');
    await expect(page.getByLabel('Norsknivå')).toHaveValue(/^B/);
    const consent = page.getByLabel('Kandidaten har samtykket til matching med mentorer og stillinger');
    await tabTo(page, consent);
    await page.keyboard.press('Space');
    await expect(consent).toBeChecked();
    await tabTo(page, page.getByRole('button', { name: 'Registrer kandidaten' }));
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Profil' })).toContainText('syr klær');
    await forget(page, idIn(page.url()));
  });
});

test.describe('the candidate list', () => {
  test('filters by Norwegian level, mentor and consent, sorts by a column, and keeps it all in the address', async ({ page, axe, snap }) => {
    await logInAsCoordinator(page);
    await page.getByLabel('Norsknivå minst').selectOption('B1');
    await expect(page).toHaveURL(/norsk=B1/);
    await page.getByLabel('Mentor', { exact: true }).selectOption('false');
    await page.getByLabel('Samtykke', { exact: true }).selectOption('matching');
    await expect(page).toHaveURL(/mentor=false/);
    await expect(page).toHaveURL(/samtykke=matching/);

    const table = page.getByRole('table');
    await expect(table.getByRole('row').nth(1)).toBeVisible();
    // Every row: Norwegian B1 or better (or native), consent to matching.
    // (polled: the filtered page replaces the one shown when it arrives)
    const column = async (n: number) => (await table.locator(`tbody tr td:nth-child(${n})`).allTextContents()).map((c) => c.trim());
    await expect.poll(async () => (await column(4)).every((level) => ['B1', 'B2', 'C1', 'C2', 'morsmål'].includes(level))).toBe(true);
    await expect.poll(async () => (await column(5)).every((consent) => consent === 'Ja')).toBe(true);

    await table.getByRole('button', { name: 'Navn' }).click();
    await expect(page).toHaveURL(/sorter=name/);
    await expect(table.getByRole('columnheader', { name: 'Navn' })).toHaveAttribute('aria-sort', 'ascending');
    const names = async () => (await table.locator('tbody tr td:nth-child(1)').allTextContents()).map((n) => n.trim());
    const byName = (list: string[]) => [...list].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase(), 'nb'));
    // The sorted page replaces the one shown when it arrives.
    await expect.poll(async () => { const n = await names(); return JSON.stringify(n) === JSON.stringify(byName(n)); }).toBe(true);
    await table.getByRole('button', { name: 'Navn' }).click();
    await expect(page).toHaveURL(/sorter=-name/);
    await expect(table.getByRole('columnheader', { name: 'Navn' })).toHaveAttribute('aria-sort', 'descending');
    await expect.poll(async () => { const n = await names(); return JSON.stringify(n) === JSON.stringify(byName(n).reverse()); }).toBe(true);
    await axe(page);
    await snap(page, 'candidates-filtered');

    // The address carries it: a reload shows the same list.
    await page.reload();
    await expect(page.getByLabel('Norsknivå minst')).toHaveValue('B1');
    await expect(page.getByLabel('Mentor', { exact: true })).toHaveValue('false');
    await expect(page.getByRole('table').getByRole('columnheader', { name: 'Navn' })).toHaveAttribute('aria-sort', 'descending');
    // Sorting by Norwegian level from the header, with the keyboard.
    await page.getByRole('table').getByRole('button', { name: 'Norsk', exact: true }).focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/sorter=norwegianLevel/);
    const order = ['B1', 'B2', 'C1', 'C2', 'morsmål'];
    await expect
      .poll(async () => {
        const levels = (await page.getByRole('table').locator('tbody tr td:nth-child(4)').allTextContents()).map((l) => order.indexOf(l.trim()));
        return levels.every((l, i) => i === 0 || levels[i - 1] <= l);
      })
      .toBe(true);
  });
});
