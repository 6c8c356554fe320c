// An organizer finds a registration by searching, corrects it on the
// person's behalf (a missing reason is refused first), sees the change in
// its history, and downloads the filtered list. The same corrections work
// with JavaScript off, through full page loads.

import assert from 'node:assert/strict';
import { describe } from 'node:test';
import { EVENT_SLUG, apiRegister, browserStory, expectText, open, signInAsStaff, uniqueEmail } from './support.mjs';

const PASSWORD = 'a long organizer password';

for (const javaScriptEnabled of [true, false]) {
  const mode = javaScriptEnabled ? 'with JavaScript' : 'without JavaScript';
  describe(`the registrations console ${mode}`, () => {
    let server;
    let page;
    let pageErrors;
    const email = uniqueEmail('console');

    const step = browserStory(
      `registrations-console-${javaScriptEnabled ? 'js' : 'nojs'}`,
      (story) => ({ server, page, pageErrors } = story),
      { javaScriptEnabled },
    );

    step('participants register and an organizer signs in', async () => {
      for (const [name, address] of [['Farida Rahimi', email], ['Jonas Berg', uniqueEmail('other')]]) {
        const { status } = await apiRegister(server.baseUrl, { name, email: address });
        assert.equal(status, 201);
      }
      await signInAsStaff(page, server, { email: 'olga@example.org', name: 'Olga Organizer', role: 'organizer', password: PASSWORD, hydrate: javaScriptEnabled });
    });

    step('the search finds the person and leaves the others out', async () => {
      await open(page, `${server.baseUrl}/staff/events/${EVENT_SLUG}/registrations`, { hydrate: javaScriptEnabled });
      await page.fill('#f-q', 'farida');
      await Promise.all([page.waitForURL(/q=farida/), page.getByRole('button', { name: 'Search' }).click()]);
      await expectText(page.locator('[data-testid=registration-count]'), 'One registration');
      const table = page.locator('[data-testid=registrations]');
      await expectText(table, /Farida Rahimi/);
      assert.equal(await table.getByText('Jonas Berg').count(), 0);
      const csv = await page.getByRole('link', { name: 'CSV' }).getAttribute('href');
      assert.match(csv, /registrations\.csv\?q=farida(&|$)/, 'the download keeps the search');
    });

    step('a correction without a reason is refused, with one the history shows it', async () => {
      await Promise.all([page.waitForURL(/registrations\/[0-9a-f-]{36}$/), page.getByRole('link', { name: 'Farida Rahimi' }).click()]);
      await page.fill('#f-organisation', 'Fedasil');
      await page.getByRole('button', { name: 'Save the correction' }).click();
      await expectText(page.locator('[data-testid=error-summary]').first(), /Reason for the change: Fill this in./);
      assert.equal(await page.inputValue('#f-organisation'), 'Fedasil', 'what was typed is kept');
      await page.fill('#f-reason', 'Asked by email on 3 May');
      await Promise.all([page.waitForURL(/saved=1/), page.getByRole('button', { name: 'Save the correction' }).click()]);
      await expectText(page.locator('[role=status]'), /Saved/);
      const history = page.locator('[data-testid=audit-log]');
      await expectText(history, /Registration corrected/);
      await expectText(history, /Asked by email on 3 May/);
      await expectText(history, /Olga Organizer/);
      await expectText(history, /organisation: COA → Fedasil/);
    });

    step('cancelling on the person\'s behalf needs a reason too', async () => {
      await page.getByRole('button', { name: 'Cancel the registration' }).click();
      await expectText(page.locator('[data-testid=error-summary]').first(), /Reason for cancelling: Fill this in./);
      await page.fill('#f-cancel_reason', 'Cannot travel');
      await Promise.all([page.waitForURL(/saved=1/), page.getByRole('button', { name: 'Cancel the registration' }).click()]);
      await expectText(page.locator('[data-testid=registration-status]'), /Cancelled/);
      assert.deepEqual(pageErrors, []);
    });
  });
}
