import { expect, logInAsCoordinator, test } from './fixtures';

test.describe('cohort matching', () => {
  test('the coordinator picks 10 candidates, plans, removes a pair, confirms the rest and sees them as mentorships', async ({ page, axe, snap }) => {
    await logInAsCoordinator(page);
    await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Kohortmatching' }).click();
    await expect(page).toHaveURL(/\/kohort$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Kohortmatching' })).toBeVisible();

    const table = page.getByRole('table', { name: 'Kandidater du kan velge til kohorten' });
    const boxes = table.getByRole('row').getByRole('checkbox');
    await expect(boxes.nth(10)).toBeVisible();
    // «Velg alle» selects every candidate shown, and clears them again.
    const all = page.getByRole('checkbox', { name: 'Velg alle' });
    await all.check();
    const shown = (await boxes.count()) - 1;
    await expect(page.getByText(`${shown} valgt av ${shown} viste`)).toBeVisible();
    await all.uncheck();
    await expect(page.getByText(`0 valgt av ${shown} viste`)).toBeVisible();

    // The last ten on the list: the other journeys work with the first ones.
    const rows = table.getByRole('row');
    const names: string[] = [];
    for (let i = shown - 9; i <= shown; i++) {
      const box = rows.nth(i).getByRole('checkbox');
      await box.check();
      names.push((await rows.nth(i).getByRole('cell').first().textContent())!.trim());
    }
    await expect(page.getByText(`10 valgt av ${shown} viste`)).toBeVisible();
    await axe(page);
    await snap(page, 'cohort-pick');

    await page.getByRole('button', { name: 'Lag forslag for 10 kandidater' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Forslag til mentorpar' })).toBeVisible();
    const pairs = page.getByTestId('cohort-pair');
    await expect(pairs.first()).toBeVisible();
    const proposed = await pairs.count();
    expect(proposed).toBeGreaterThanOrEqual(2);
    const unassigned = await page.getByRole('table', { name: 'Uten mentor' }).getByRole('row').count().catch(() => 0);
    expect(proposed + Math.max(0, unassigned - 1)).toBe(10);
    await expect(page.getByText(`${proposed} foreslåtte par`)).toBeVisible();
    // Each pair names both people and says why it fits.
    await expect(pairs.first().locator('.reasons li').first()).toBeVisible();
    await axe(page);
    await snap(page, 'cohort-plan');

    const removed = pairs.first();
    const removedCandidate = (await removed.getByRole('cell').first().textContent())!.trim();
    await removed.getByRole('button', { name: /^Fjern paret/ }).click();
    await expect(removed.getByText('Fjernet')).toBeVisible();
    const confirm = page.getByRole('button', { name: `Bekreft ${proposed - 1} par` });
    await confirm.click();

    await expect(page.getByRole('heading', { level: 1, name: 'Mentorskapene er opprettet' })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'mentorskap ble opprettet' })).toHaveText(`${proposed - 1} mentorskap ble opprettet.`);
    await axe(page);
    await snap(page, 'cohort-confirmed');

    // They are the candidates' mentorships now; the removed pair's candidate got none.
    const candidates = (await page.request.get('/api/v1/candidates?limit=100')).json();
    const byName = new Map(((await candidates).items as { id: string; fullName: string }[]).map((c) => [c.fullName, c.id]));
    let withMentor = 0;
    for (const name of names) {
      const res = await page.request.get(`/api/v1/mentorships?candidateId=${byName.get(name)}`);
      expect(res.status()).toBe(200);
      const open = ((await res.json()).items as { status: string }[]).filter((m) => m.status === 'proposed');
      if (name === removedCandidate) expect(open).toHaveLength(0);
      withMentor += open.length > 0 ? 1 : 0;
    }
    expect(withMentor).toBe(proposed - 1);
  });

  test('a removed pair is never proposed again when re-run for the rest; a swap keeps the mentor picked', async ({ page }) => {
    await logInAsCoordinator(page);
    await page.goto('/kohort');
    const table = page.getByRole('table', { name: 'Kandidater du kan velge til kohorten' });
    const rows = table.getByRole('row');
    await expect(rows.nth(6)).toBeVisible();
    // Rows 4–6: clear of the first (other journeys) and the last ten (the journey above).
    for (const i of [4, 5, 6]) await rows.nth(i).getByRole('checkbox').check();
    await page.getByRole('button', { name: 'Lag forslag for 3 kandidater' }).click();
    const pairs = page.getByTestId('cohort-pair');
    await expect(pairs.first()).toBeVisible();
    const replan = page.getByRole('button', { name: 'Kjør på nytt for resten' });
    await expect(replan).toBeDisabled();

    const first = pairs.first();
    const [candidate, mentor] = [(await first.getByRole('cell').nth(0).textContent())!.trim(), (await first.getByRole('cell').nth(1).textContent())!.trim()];
    await first.getByRole('button', { name: `Fjern paret ${candidate} og ${mentor}` }).click();
    await replan.click();
    await expect(page.getByRole('button', { name: 'Kjør på nytt for resten' })).toBeDisabled();
    await expect(page.getByText('Fjernet')).toHaveCount(0);
    const again = page.getByTestId('cohort-pair').filter({ hasText: candidate });
    // The candidate has another mentor now, or is listed without one and why.
    if ((await again.count()) > 0) await expect(again.getByRole('cell').nth(1)).not.toHaveText(mentor);
    else await expect(page.getByRole('table', { name: 'Uten mentor' }).getByRole('row').filter({ hasText: candidate })).toBeVisible();

    // A swap: another mentor for a candidate, kept as picked when re-run.
    const swappable = page.getByTestId('cohort-pair').filter({ has: page.getByRole('combobox') }).first();
    if ((await swappable.count()) > 0) {
      const who = (await swappable.getByRole('cell').nth(0).textContent())!.trim();
      const select = swappable.getByRole('combobox', { name: `Bytt mentor for ${who}` });
      const option = select.locator('option').nth(1);
      const picked = (await option.textContent())!.replace(/ \(\d+ poeng\)$/, '');
      await select.selectOption({ index: 1 });
      await expect(page.getByRole('button', { name: /^Bekreft/ })).toBeDisabled();
      await page.getByRole('button', { name: 'Kjør på nytt for resten' }).click();
      const kept = page.getByTestId('cohort-pair').filter({ hasText: who });
      await expect(kept.getByRole('cell').nth(1)).toContainText(picked);
      await expect(kept.getByText('Valgt av deg')).toBeVisible();
    }
  });
});
