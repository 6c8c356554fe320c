// A person registers in person with JavaScript on, gets the confirmation
// email with its calendar file, opens their registration from the email,
// switches to online and finally cancels.

import assert from 'node:assert/strict';
import { describe } from 'node:test';
import {
  CONFIRMATION_SUBJECT,
  EVENT_SLUG,
  EVENT_TITLE,
  MANAGE_PATH,
  browserStory,
  expectAttribute,
  expectText,
  expectValue,
  fillRegistration,
  manageLinkOf,
  newContext,
  nextFormPost,
  open,
  uniqueEmail,
  waitForEmail,
  watchPageErrors,
} from './support.mjs';

describe('registering in person with JavaScript', () => {
  let server;
  let browser;
  let page;
  let pageErrors;
  let emailPage;
  let emailPageErrors;
  let confirmation;
  let bystander;
  const person = {
    name: 'Amira Haddad',
    email: uniqueEmail('amira'),
    organisation: 'Fedasil',
    function: 'Reception centre manager',
    country: 'BE',
    attendance: 'in_person',
    language: 'en',
    dietary_needs: 'Vegetarian',
    privacy_consent: true,
  };

  const step = browserStory('register_in_person', (story) => ({ server, browser, page, pageErrors } = story), {
    screenshotPage: () => emailPage,
  });

  step('the event page counts 150 free in-person places and links to the form', async () => {
    await open(page, `${server.baseUrl}/events/${EVENT_SLUG}`);
    await expectText(page.locator('h1'), EVENT_TITLE);
    await expectText(
      page.locator('[data-testid=capacity]'),
      '150 of 150 in-person places left · online attendance unlimited',
    );
    await page.getByRole('link', { name: 'Register', exact: true }).click();
    await page.waitForURL(`**/events/${EVENT_SLUG}/register`);
    await page.locator('#f-name').waitFor();
    await expectText(page.locator('h1'), 'Register');
    assert.equal(await page.locator('[data-testid=full-notice]').count(), 0, 'no full notice while places are free');
    await expectText(page.locator('label[for=f-attendance]'), /^In person$/);
  });

  step('filling in the form and choosing in person confirms the place', async () => {
    // Someone else keeps the event page open meanwhile.
    bystander = await (await newContext(browser)).newPage();
    await open(bystander, `${server.baseUrl}/events/${EVENT_SLUG}`);
    await fillRegistration(page, person);
    const post = nextFormPost(page);
    await page.getByRole('button', { name: 'Register', exact: true }).click();
    const request = await post;
    assert.equal(request.resourceType(), 'document', 'the form is posted by the browser itself');
    await page.waitForURL(MANAGE_PATH);
    const url = new URL(page.url());
    assert.equal(url.searchParams.get('welcome'), '1', 'the registration page welcomes the newcomer');

    await expectText(page.locator('h1'), 'Your registration');
    await expectText(page.locator('.notice-success'), 'Thank you for registering.');
    const status = page.locator('[data-testid=registration-status]');
    await expectAttribute(status, 'data-status', 'confirmed');
    await expectText(status, 'Your in-person place is confirmed.');
    await expectValue(page.locator('#f-name'), person.name);
    await expectValue(page.locator('#f-email'), person.email);
    assert.equal(await page.locator('#f-attendance').isChecked(), true, 'in person is the chosen attendance');
  });

  step('the event page now counts 149 free places', async () => {
    await open(page, `${server.baseUrl}/events/${EVENT_SLUG}`);
    await expectText(page.locator('[data-testid=capacity]'), '149 of 150 in-person places left');
  });

  step('an event page left open shows the place taken within half a minute', async () => {
    await expectText(bystander.locator('[data-testid=capacity]'), '149 of 150 in-person places left', {
      timeout: 45_000,
    });
    await bystander.context().close();
  });

  step('the confirmation email carries the manage link and the calendar file', async () => {
    confirmation = await waitForEmail(server.mailDir, person.email, { subject: CONFIRMATION_SUBJECT });
    assert.equal(confirmation.subject, CONFIRMATION_SUBJECT);
    assert.match(confirmation.to, new RegExp(`${person.name}.*<${person.email.replace(/\./g, '\\.')}>`));
    assert.match(confirmation.text, /Dear Amira Haddad,/);
    assert.match(confirmation.text, /Your in-person place at International Exchange Event 2025 is confirmed\./);
    assert.match(confirmation.text, /Taking part: In person/);

    const link = manageLinkOf(confirmation);
    assert.ok(link, `the email has a manage link:\n${confirmation.text}`);
    assert.ok(link.startsWith(`${server.baseUrl}/manage/`), `the link points at this site: ${link}`);

    const calendar = confirmation.attachments.find((a) => a.filename === `${EVENT_SLUG}.ics`);
    assert.ok(calendar, `an ${EVENT_SLUG}.ics attachment (has: ${confirmation.attachments.map((a) => a.filename)})`);
    assert.match(calendar.contentType, /^text\/calendar/);
    assert.match(calendar.body, /^BEGIN:VCALENDAR/);
    assert.match(calendar.body, /BEGIN:VEVENT/);
    assert.match(calendar.body, /SUMMARY:International Exchange Event 2025/);
    assert.match(calendar.body, /END:VCALENDAR\s*$/);
  });

  step('the link from the email opens the registration in a fresh browser', async () => {
    const fresh = await newContext(browser);
    emailPage = await fresh.newPage();
    emailPageErrors = watchPageErrors(emailPage);
    await open(emailPage, manageLinkOf(confirmation));
    await expectText(emailPage.locator('h1'), 'Your registration');
    const status = emailPage.locator('[data-testid=registration-status]');
    await expectAttribute(status, 'data-status', 'confirmed');
    await expectText(status, 'Your in-person place is confirmed.');
    assert.equal(await emailPage.locator('.notice-success').count(), 0, 'no welcome notice when coming back');
    await expectValue(emailPage.locator('#f-organisation'), person.organisation);
    await expectValue(emailPage.locator('#f-country'), person.country);
    await expectValue(emailPage.locator('#f-dietary_needs'), person.dietary_needs);
    assert.equal(await emailPage.locator('#f-privacy_consent').count(), 0, 'consent is not asked again');
  });

  step('switching to online and saving shows online attendance', async () => {
    const manageUrl = emailPage.url();
    await emailPage.locator('#f-attendance-online').check();
    const post = nextFormPost(emailPage);
    await emailPage.getByRole('button', { name: 'Save changes' }).click();
    assert.equal((await post).resourceType(), 'document', 'the change is posted by the browser itself');
    await emailPage.waitForURL(/\/manage\/[A-Za-z0-9_-]{43}\?saved=1$/);
    const status = emailPage.locator('[data-testid=registration-status]');

    // The page it comes back to shows the saved notice and the new status.
    await expectText(emailPage.locator('.notice-success'), 'Your changes are saved.');
    await expectText(status, 'You are registered to attend online.');

    // What the server kept, as the page shows it when loaded.
    await open(emailPage, `${manageUrl}?saved=1`);
    await expectText(emailPage.locator('.notice-success'), 'Your changes are saved.');
    await expectAttribute(status, 'data-status', 'confirmed');
    await expectText(status, 'You are registered to attend online.');
    assert.equal(await emailPage.locator('#f-attendance-online').isChecked(), true);
    // Dietary needs are kept for in-person participants only.
    await expectValue(emailPage.locator('#f-dietary_needs'), '');
  });

  step('the freed place is back on the event page', async () => {
    await open(page, `${server.baseUrl}/events/${EVENT_SLUG}`);
    await expectText(page.locator('[data-testid=capacity]'), '150 of 150 in-person places left');
  });

  step('ticking the box and cancelling cancels the registration', async () => {
    const manageUrl = emailPage.url().replace(/\?.*$/, '');
    await open(emailPage, manageUrl);
    await emailPage.getByLabel('Yes, I want to cancel my registration').check();
    const post = nextFormPost(emailPage);
    await emailPage.getByRole('button', { name: 'Cancel registration' }).click();
    const request = await post;
    assert.equal(request.resourceType(), 'document', 'the cancellation is posted by the browser itself');
    const status = emailPage.locator('[data-testid=registration-status]');

    // The page it comes back to shows the cancellation.
    await expectAttribute(status, 'data-status', 'cancelled');
    await expectText(status, 'This registration is cancelled.');

    // The cancellation email is the user's first sign that it worked.
    const cancelled = await waitForEmail(server.mailDir, person.email, { subject: 'is cancelled' });
    assert.equal(cancelled.subject, `Your registration for ${EVENT_TITLE} is cancelled`);
    assert.equal(manageLinkOf(cancelled), undefined, 'a cancelled registration gets no manage link');

    await open(emailPage, manageUrl);
    await expectAttribute(status, 'data-status', 'cancelled');
    await expectText(status, 'This registration is cancelled.');
    const again = emailPage.getByRole('link', { name: 'Register again' });
    await again.waitFor();
    assert.equal(await again.getAttribute('href'), `/events/${EVENT_SLUG}/register`);
    assert.equal(await emailPage.getByRole('button', { name: 'Save changes' }).count(), 0, 'nothing left to change');
    assert.equal(await emailPage.getByRole('button', { name: 'Cancel registration' }).count(), 0);
  });

  step('no page raised an uncaught error', async () => {
    assert.deepEqual(pageErrors, []);
    assert.deepEqual(emailPageErrors ?? [], []);
  });
});
