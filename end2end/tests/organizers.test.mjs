// An organizer signs in, adds a speaker and a room, adds a workshop with them
// to the programme (a bad capacity is refused with a message first), sees it
// on the public programme, and downloads the visit manifest.

import assert from 'node:assert/strict';
import { describe } from 'node:test';
import { EVENT_SLUG, browserStory, expectText, open, signInAsStaff } from './support.mjs';

const EMAIL = 'organizer@example.org';
const PASSWORD = 'a long organizer password';
const TITLE = 'Evening workshop: digital wallets';

describe('organizing the programme', () => {
  let server;
  let page;
  let pageErrors;

  const step = browserStory('organizers', (story) => ({ server, page, pageErrors } = story));

  step('an organizer account is made on the command line and signs in', async () => {
    await signInAsStaff(page, server, { email: EMAIL, name: 'Olga Organizer', role: 'organizer', password: PASSWORD });
  });

  step('the programme page lists the sessions with their sign-ups', async () => {
    await open(page, `${server.baseUrl}/staff/events/${EVENT_SLUG}/programme`);
    await expectText(page.locator('h1'), 'Programme: sessions and site visits');
    await expectText(page.locator('[data-testid=staff-activities]'), /The resident portal/);
  });

  step('a speaker and a room are added, and a speaker without organisation is refused', async () => {
    await page.fill('#s-name', 'Nadia Karimi');
    await page.getByRole('button', { name: 'Add speaker' }).click();
    await expectText(page.locator('[role=alert]'), /Organisation: Fill this in./);
    await page.fill('#s-name', 'Nadia Karimi');
    await page.fill('#s-organisation', 'Red Cross Flanders');
    await page.selectOption('#s-country', 'BE');
    await page.getByRole('button', { name: 'Add speaker' }).click();
    await expectText(page.locator('[data-testid=speaker]', { hasText: 'Nadia Karimi' }), /Red Cross Flanders, Belgium/);
    await page.fill('#r-name', 'Garden room');
    await page.getByRole('button', { name: 'Add room' }).click();
    await page.locator('[data-testid=room] input[value="Garden room"]').waitFor();
  });

  step('a capacity that is not a number is refused and nothing is added', async () => {
    await page.selectOption('#a-kind', 'workshop');
    await page.fill('#a-title', TITLE);
    await page.selectOption('#a-mode', 'in_person');
    await page.selectOption('#a-day', '2025-05-15');
    await page.fill('#a-starts', '17:30');
    await page.fill('#a-ends', '18:30');
    await page.fill('#a-capacity', 'twenty');
    await page.getByLabel('Nadia Karimi (Red Cross Flanders)').check();
    await page.selectOption('#a-room', { label: 'Garden room' });
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expectText(page.locator('.field-error'), 'Enter the capacity as a whole number, for example 150.');
    const sessions = await (await fetch(`${server.baseUrl}/api/v1/events/${EVENT_SLUG}/sessions`)).json();
    assert.ok(!sessions.some((s) => s.title === TITLE));
  });

  step('with a good capacity the workshop is added', async () => {
    await page.fill('#a-capacity', '12');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.waitForURL(/\/programme\/\d+$/);
    await expectText(page.locator('h1'), TITLE);
    await open(page, `${server.baseUrl}/events/${EVENT_SLUG}/programme`);
    const card = page.locator('[data-testid=session]', { hasText: TITLE });
    await expectText(card, /17:30–18:30/);
    await expectText(card.locator('[data-testid=places]'), '12 of 12 places left');
    await expectText(card, /Nadia Karimi/);
    await expectText(card, /Garden room/);
  });

  step('the visit manifest downloads as CSV', async () => {
    const visits = await (await fetch(`${server.baseUrl}/api/v1/events/${EVENT_SLUG}/visits`)).json();
    await open(page, `${server.baseUrl}/staff/events/${EVENT_SLUG}/programme/${visits[0].id}`);
    const href = await page.getByRole('link', { name: /visit manifest/ }).getAttribute('href');
    const response = await page.request.get(new URL(href, server.baseUrl).toString());
    assert.equal(response.status(), 200);
    assert.match(response.headers()['content-type'], /^text\/csv/);
    assert.equal((await response.text()).trim(), 'Full name,Organisation,Country');
  });

  step('no page raised an uncaught error', async () => {
    assert.deepEqual(pageErrors, []);
  });
});
