// An organizer keeps the event's dashboard open; a participant registers in
// another tab; the dashboard's counters and chart change by themselves,
// without a reload.

import assert from 'node:assert/strict';
import { describe } from 'node:test';
import {
  EVENT_SLUG,
  MANAGE_PATH,
  browserStory,
  expectText,
  fillRegistration,
  open,
  signInAsStaff,
  uniqueEmail,
} from './support.mjs';

describe('the live dashboard', () => {
  let server;
  let context;
  let page;
  let pageErrors;

  const step = browserStory('dashboard', (story) => ({ server, context, page, pageErrors } = story));

  step('an organizer opens the dashboard and it follows the live figures', async () => {
    await signInAsStaff(page, server, { email: 'olga@example.org', name: 'Olga Organizer', role: 'organizer', password: 'a long organizer password' });
    await open(page, `${server.baseUrl}/staff/events/${EVENT_SLUG}`);
    await expectText(page.locator('[data-testid=live-status]'), 'Figures update by themselves.');
    await expectText(page.locator('[data-testid=figure-confirmed]'), '0 of 150 places taken');
    await expectText(page.locator('[data-testid=figure-online]'), '0');
    assert.equal(await page.locator('[data-testid=chart-per-day] svg[role=img]').count(), 1);
  });

  step('a registration in another tab changes the counters without a reload', async () => {
    const visitor = await context.newPage();
    await open(visitor, `${server.baseUrl}/events/${EVENT_SLUG}/register`);
    await fillRegistration(visitor, {
      name: 'Amira Haddad',
      email: uniqueEmail('dashboard'),
      organisation: 'Fedasil',
      function: 'Policy officer',
      country: 'BE',
      attendance: 'in_person',
      language: 'en',
      privacy_consent: true,
    });
    await visitor.getByRole('button', { name: 'Register', exact: true }).click();
    await visitor.waitForURL(MANAGE_PATH);
    await visitor.close();

    await expectText(page.locator('[data-testid=figure-confirmed]'), '1 of 150 places taken');
    await expectText(page.locator('[data-testid=chart-countries]'), /Belgium\s*1/);
    await expectText(page.locator('[data-testid=live-status]'), 'Figures update by themselves.');
    assert.deepEqual(pageErrors, []);
  });
});
