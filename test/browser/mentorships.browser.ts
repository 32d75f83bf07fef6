/// <reference lib="dom" />
// page.evaluate callbacks run in the browser.
import { demoPassword, expect, logInAsCoordinator, service, test } from './fixtures';

const ADMIN = 'admin@demo.kobling.no';

/** Issue 14: propose from a card, the mentor answers through the e-mailed link, the coordinator follows up in /mentorskap. */
test.describe('a mentorship', () => {
  test('is proposed from a card, accepted by the mentor through the e-mailed link, and ended with a reason', async ({ page, browser, request, axe, snap }) => {
    await logInAsCoordinator(page);
    // Another candidate than the console journey's first: its best free mentor.
    const link = page.getByRole('table').getByRole('link').nth(1);
    const candidate = (await link.textContent())!.trim();
    await link.click();
    await expect(page.getByRole('heading', { level: 1, name: candidate })).toBeVisible();
    const free = page.locator('.match').filter({ has: page.getByRole('button', { name: 'Foreslå mentor' }) }).first();
    const mentor = (await free.getByRole('heading', { level: 3 }).textContent())!.trim();
    // Pinned by the mentor's name: once proposed, the mentor leaves the suggestions.
    const card = page.locator('.match').filter({ has: page.getByRole('heading', { level: 3, name: mentor, exact: true }) });
    await card.getByRole('button', { name: 'Foreslå mentor' }).click();
    await expect(page.getByRole('region', { name: 'Mentorforslag' }).getByRole('status')).toContainText(`Du har foreslått ${mentor} som mentor`);
    await expect(card).toHaveCount(0);
    const section = page.getByRole('region', { name: 'Mentorskap' });
    await expect(section.getByRole('listitem').filter({ hasText: mentor })).toContainText('Venter på svar fra mentoren');

    // The mail the mentor got, as an admin reads it (no SMTP_URL: stored, GET /api/v1/dev/mail).
    const login = await request.post(`${service.baseURL}/api/v1/auth/login`, { data: { email: ADMIN, password: demoPassword(ADMIN) } });
    expect(login.ok()).toBe(true);
    const mails = await request.get(`${service.baseURL}/api/v1/dev/mail?limit=50`);
    expect(mails.ok()).toBe(true);
    const mail = ((await mails.json()) as { items: { to: string; subject: string; text: string }[] }).items.find((m) => m.text.includes(`Hei, ${mentor}.`));
    expect(mail, `a proposal mail to ${mentor}`).toBeDefined();
    expect(mail!.to).toMatch(/@demo\.kobling\.no$/);
    expect(mail!.subject).toBe('Vil du være mentor? Svar på forslaget');
    expect(mail!.text).toContain(`som mentor med ${candidate.split(' ')[0]}.`);
    const answerUrl = new URL(/https?:\/\/\S+\/mentor-svar\?token=\S+/.exec(mail!.text)![0]);

    // The mentor, with no account, opens the link in a browser of their own and says yes.
    const mentorContext = await browser.newContext({ baseURL: service.baseURL, locale: 'nb-NO' });
    const mentorPage = await mentorContext.newPage();
    await mentorPage.goto(answerUrl.pathname + answerUrl.search);
    await expect(mentorPage.getByRole('heading', { level: 1, name: 'Forslag om mentorskap' })).toBeVisible();
    await expect(mentorPage.getByText(`Hei, ${mentor}.`)).toBeVisible();
    await expect(mentorPage.getByText(`å koble deg som mentor med ${candidate.split(' ')[0]}.`)).toBeVisible();
    await expect(mentorPage.getByText(candidate, { exact: false })).toHaveCount(0);
    await expect(mentorPage.getByRole('button', { name: 'Logg ut' })).toHaveCount(0);
    await axe(mentorPage);
    await snap(mentorPage, 'mentor-answer');
    await mentorPage.getByRole('button', { name: 'Ja, jeg vil være mentor' }).click();
    await expect(mentorPage.getByRole('status')).toContainText('Takk! Du er nå mentor.');
    await axe(mentorPage);
    await snap(mentorPage, 'mentor-answer-done');
    // The link works once: opened again it says so.
    await mentorPage.reload();
    await expect(mentorPage.getByRole('status')).toContainText('Du har allerede svart ja på dette forslaget.');
    await expect(mentorPage.getByRole('button', { name: 'Ja, jeg vil være mentor' })).toHaveCount(0);
    await mentorContext.close();

    // The coordinator sees the answer on the candidate page and the mentorship active in /mentorskap.
    await page.reload();
    await expect(section.getByRole('listitem').filter({ hasText: mentor })).toContainText('Aktivt');
    await expect(section.getByRole('listitem').filter({ hasText: mentor })).toContainText('Mentoren sa ja');
    await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Mentorskap' }).click();
    await expect(page).toHaveURL(/\/mentorskap$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Mentorskap' })).toBeVisible();
    const row = page.getByRole('row').filter({ hasText: candidate }).filter({ hasText: mentor });
    await expect(row).toContainText('Aktivt');
    await axe(page);
    await snap(page, 'mentorships');

    // Ending needs a reason: without one the field says so, and nothing changes.
    await row.getByRole('button', { name: `Avslutt mentorskapet mellom ${candidate} og ${mentor}` }).click();
    const reason = page.getByLabel('Hvorfor avsluttes mentorskapet?');
    await expect(reason).toBeFocused();
    await page.getByRole('button', { name: 'Avslutt mentorskapet', exact: true }).click();
    await expect(page.getByText('Skriv hvorfor mentorskapet avsluttes.')).toBeVisible();
    await expect(row).toContainText('Aktivt');
    await axe(page);
    await snap(page, 'mentorships-end');
    await reason.fill('Kandidaten har flyttet til Bergen');
    await page.getByRole('button', { name: 'Avslutt mentorskapet', exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: 'er avsluttet' })).toContainText(`Mentorskapet mellom ${candidate} og ${mentor} er avsluttet.`);
    await expect(row).toContainText('Avsluttet');
    await expect(row).toContainText('Kandidaten har flyttet til Bergen');
    await expect(row.getByRole('button')).toHaveCount(0);
  });

  test('a proposal the mentor has not answered is withdrawn with a reason, and its mentor is suggested again', async ({ page, axe }) => {
    await logInAsCoordinator(page);
    const link = page.getByRole('table').getByRole('link').nth(2);
    const candidate = (await link.textContent())!.trim();
    await link.click();
    const free = page.locator('.match').filter({ has: page.getByRole('button', { name: 'Foreslå mentor' }) }).first();
    const mentor = (await free.getByRole('heading', { level: 3 }).textContent())!.trim();
    await free.getByRole('button', { name: 'Foreslå mentor' }).click();
    await expect(page.getByRole('region', { name: 'Mentorskap' }).getByRole('listitem').filter({ hasText: mentor })).toContainText('Venter på svar fra mentoren');

    await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Mentorskap' }).click();
    const row = page.getByRole('row').filter({ hasText: candidate }).filter({ hasText: mentor });
    await expect(row).toContainText('Foreslått');
    await row.getByRole('button', { name: `Trekk tilbake forslaget om mentorskap mellom ${candidate} og ${mentor}` }).click();
    const reason = page.getByLabel('Hvorfor trekkes forslaget tilbake?');
    await expect(reason).toBeFocused();
    await page.getByRole('button', { name: 'Trekk tilbake forslaget', exact: true }).click();
    await expect(page.getByText('Skriv hvorfor forslaget trekkes tilbake.')).toBeVisible();
    await axe(page);
    await reason.fill('Mentoren har ikke tid likevel');
    await page.getByRole('button', { name: 'Trekk tilbake forslaget', exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: 'trukket tilbake' })).toContainText(`Forslaget om mentorskap mellom ${candidate} og ${mentor} er trukket tilbake.`);
    await expect(row).toContainText('Avsluttet');

    // Once no longer proposed, the mentor is among the suggestions again.
    await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Kandidater' }).click();
    await page.getByRole('table').getByRole('link', { name: candidate }).click();
    await expect(page.locator('.match').filter({ has: page.getByRole('heading', { level: 3, name: mentor, exact: true }) })).toHaveCount(1);
  });
});
