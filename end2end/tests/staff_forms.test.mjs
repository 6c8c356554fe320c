// The admin and organizer forms give their errors and keep what was typed,
// with JavaScript and without it (full page loads, the answer carried back
// by the redirect): a staff account, a new event, an event's settings, an
// announcement previewed and sent, and a line of live captions.

import assert from 'node:assert/strict';
import { describe } from 'node:test';
import { EVENT_SLUG, apiRegister, browserStory, expectText, open, signInAsStaff, uniqueEmail } from './support.mjs';

for (const javaScriptEnabled of [true, false]) {
  const mode = javaScriptEnabled ? 'with JavaScript' : 'without JavaScript';
  const suffix = javaScriptEnabled ? 'js' : 'nojs';
  describe(`the staff forms ${mode}`, () => {
    let server;
    let page;
    let pageErrors;
    const at = (path) => `${server.baseUrl}${path}`;
    const go = (path) => open(page, at(path), { hydrate: javaScriptEnabled });
    const summary = () => page.locator('[data-testid=error-summary]').first();

    const step = browserStory(`staff-forms-${suffix}`, (story) => ({ server, page, pageErrors } = story), { javaScriptEnabled });

    step('an admin signs in', async () => {
      await signInAsStaff(page, server, { email: 'ada@example.org', name: 'Ada Admin', role: 'admin', password: 'a long admin password', hydrate: javaScriptEnabled });
    });

    step('a staff account with a bad address and a short password is refused, what was typed stays', async () => {
      await go('/staff/accounts');
      await page.fill('#f-name', 'Chris Check-in');
      await page.fill('#f-email', 'chris at example');
      await page.selectOption('#f-role', 'check_in');
      await page.fill('#f-password', 'short');
      await page.getByRole('button', { name: 'Add the account' }).click();
      await expectText(summary(), /Email address: Enter an email address like name@example.org\./);
      await expectText(summary(), /Password: The password must be at least 12 characters long\./);
      assert.equal(await page.inputValue('#f-name'), 'Chris Check-in');
      assert.equal(await page.inputValue('#f-email'), 'chris at example');
      assert.equal(await page.inputValue('#f-role'), 'check_in');
      assert.equal(await page.getByRole('cell', { name: 'Chris Check-in' }).count(), 0, 'nothing was added');
    });

    step('corrected, the account is added with its role', async () => {
      await page.fill('#f-email', `chris-${suffix}@example.org`);
      await page.fill('#f-password', 'a long check-in password');
      await page.getByRole('button', { name: 'Add the account' }).click();
      const row = page.locator('[data-testid=staff-accounts] tr', { hasText: 'Chris Check-in' });
      await expectText(row, new RegExp(`chris-${suffix}@example.org`));
      assert.equal(await row.locator('select').inputValue(), 'check_in');
    });

    step('a new event with a bad address and its last day first is refused, what was typed stays', async () => {
      await go('/staff/new-event');
      await page.fill('#f-slug', 'IKP 2027!');
      await page.fill('#f-title', 'Exchange 2027');
      await page.fill('#f-theme', 'Housing');
      await page.fill('#f-venue', 'Brussels');
      await page.fill('#f-starts_on', '2027-10-14');
      await page.fill('#f-ends_on', '2027-10-12');
      await page.getByRole('button', { name: 'Make the event' }).click();
      await expectText(summary(), /Use 3 to 60 lowercase letters, digits and hyphens\./);
      await expectText(summary(), /Last day: The end must be after the start\./);
      assert.equal(await page.inputValue('#f-title'), 'Exchange 2027');
      assert.equal(await page.inputValue('#f-venue'), 'Brussels');
      assert.equal(await page.inputValue('#f-starts_on'), '2027-10-14');
    });

    step('corrected, the event is made and its dashboard opens', async () => {
      await page.fill('#f-slug', `ikp-2027-${suffix}`);
      await page.fill('#f-ends_on', '2027-10-16');
      await Promise.all([
        page.waitForURL(new RegExp(`/staff/events/ikp-2027-${suffix}$`)),
        page.getByRole('button', { name: 'Make the event' }).click(),
      ]);
      await expectText(page.locator('h1'), /Exchange 2027/);
    });

    step('settings with an empty title are refused, the other changes stay typed', async () => {
      await go(`/staff/events/ikp-2027-${suffix}/settings`);
      await page.fill('#f-title', '');
      await page.fill('#f-venue', 'Antwerp');
      await page.getByRole('button', { name: 'Save the settings' }).click();
      await expectText(summary(), /Title: Fill this in\./);
      assert.equal(await page.inputValue('#f-venue'), 'Antwerp');
      await page.fill('#f-title', 'Exchange 2027: Housing');
      await Promise.all([page.waitForURL(/saved=1/), page.getByRole('button', { name: 'Save the settings' }).click()]);
      await expectText(page.locator('[role=status]'), /Saved\./);
      assert.equal(await page.inputValue('#f-venue'), 'Antwerp');
    });

    step('an announcement without a message is refused, previewed it shows the recipients, then it is sent', async () => {
      const { status } = await apiRegister(server.baseUrl, { name: 'Farida Rahimi', email: uniqueEmail('announce') });
      assert.equal(status, 201);
      await go(`/staff/events/${EVENT_SLUG}/announcements`);
      await page.selectOption('#f-segment', 'in_person');
      await page.fill('#f-subject_en', 'Bus to the reception centre');
      await page.getByRole('button', { name: 'Preview' }).click();
      await expectText(summary(), /Fill this in\./);
      assert.equal(await page.inputValue('#f-subject_en'), 'Bus to the reception centre');
      assert.equal(await page.inputValue('#f-segment'), 'in_person');
      await page.fill('#f-body_en', 'The bus leaves the hotel at 8:30.');
      await page.getByRole('button', { name: 'Preview' }).click();
      const preview = page.locator('[data-testid=announcement-preview]');
      await expectText(preview, /One recipient/);
      await expectText(preview.locator('article[lang=en]'), /The bus leaves the hotel at 8:30\./);
      assert.equal(await page.inputValue('#f-body_en'), 'The bus leaves the hotel at 8:30.');
      await Promise.all([page.waitForURL(/sent=1/), page.getByRole('button', { name: /Send now to/ }).click()]);
      await expectText(page.locator('[data-testid=announcements]'), /Bus to the reception centre/);
    });

    step('a caption line too long is refused and stays typed; shortened, it is sent', async () => {
      await go(`/staff/events/${EVENT_SLUG}/streams`);
      const href = await page.locator('[data-testid=stream]').first().getByRole('link', { name: 'Live captions' }).getAttribute('href');
      await go(href);
      const tooLong = `Welcome ${'and welcome again '.repeat(20)}`.trim();
      await page.fill('#f-caption', tooLong);
      await page.getByRole('button', { name: 'Send line' }).click();
      await expectText(summary(), /The line is too long/);
      assert.equal(await page.inputValue('#f-caption'), tooLong);
      await page.fill('#f-caption', `Welcome, ${mode}`);
      await page.getByRole('button', { name: 'Send line' }).click();
      await expectText(page.locator('[data-testid=caption-lines] li').first(), new RegExp(`Welcome, ${mode}`));
      assert.equal(await page.inputValue('#f-caption'), '');
    });

    step('no page raised an uncaught error', async () => {
      assert.deepEqual(pageErrors, []);
    });
  });
}
