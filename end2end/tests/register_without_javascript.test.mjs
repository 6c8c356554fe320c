// The whole registration works as plain HTML forms: a person whose browser
// runs no JavaScript sees what to fix, registers, changes a detail and
// cancels.

import assert from 'node:assert/strict';
import { describe } from 'node:test';
import {
  CONFIRMATION_SUBJECT,
  EVENT_SLUG,
  MANAGE_PATH,
  browserStory,
  expectAttribute,
  expectText,
  expectValue,
  fieldError,
  fillRegistration,
  manageLinkOf,
  nextFormPost,
  open,
  uniqueEmail,
  waitForEmail,
} from './support.mjs';

describe('registering without JavaScript', () => {
  let server;
  let page;
  let manageUrl;
  const person = {
    name: 'Jan de Vries',
    email: uniqueEmail('jan'),
    organisation: 'COA',
    function: 'Location manager',
    country: 'NL',
    attendance: 'in_person',
    language: 'en',
    privacy_consent: true,
  };

  const step = browserStory('register_without_javascript', (story) => ({ server, page } = story), {
    javaScriptEnabled: false,
  });

  /** Submits the form whose button is `button` and waits for the page it leads to. */
  async function submit(button) {
    const post = nextFormPost(page);
    await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.getByRole('button', button).click()]);
    const request = await post;
    assert.equal(request.resourceType(), 'document', 'the browser posts the form itself');
  }

  step('the form is there without JavaScript', async () => {
    await open(page, `${server.baseUrl}/events/${EVENT_SLUG}`, { hydrate: false });
    await expectText(page.locator('[data-testid=capacity]'), '150 of 150 in-person places left');
    await page.getByRole('link', { name: 'Register', exact: true }).click();
    await page.waitForURL(`**/events/${EVENT_SLUG}/register`);
    await expectText(page.locator('h1'), 'Register');
    assert.equal(await page.locator('form.form').getAttribute('method'), 'post');
  });

  step('an empty form comes back with every problem listed and marked', async () => {
    await submit({ name: 'Register', exact: true });
    assert.equal(new URL(page.url()).pathname, `/events/${EVENT_SLUG}/register`, 'back on the form');
    const summary = page.locator('[data-testid=error-summary]');
    await expectText(summary, 'There is a problem');
    for (const label of ['Full name: Fill this in.', 'Email address: Fill this in.', 'Organisation: Fill this in.',
      'Job or role: Fill this in.', 'Country: Fill this in.',
      'I have read how my data is used and I agree: Tick the box to agree, or we cannot register you.']) {
      await expectText(summary, label);
    }
    for (const field of ['name', 'email', 'organisation', 'function', 'country']) {
      await expectText(fieldError(page, field), 'Fill this in.');
      await expectAttribute(page.locator(`#f-${field}`), 'aria-invalid', 'true');
    }
    await expectText(fieldError(page, 'privacy_consent'), 'Tick the box to agree, or we cannot register you.');
    // A summary entry leads to its field.
    assert.equal(await summary.getByRole('link', { name: /^Full name:/ }).getAttribute('href'), '#f-name');
  });

  step('what was typed is kept and only the missing fields are marked', async () => {
    await fillRegistration(page, { name: person.name, organisation: person.organisation });
    await submit({ name: 'Register', exact: true });
    await expectText(page.locator('[data-testid=error-summary]'), 'There is a problem');
    await expectValue(page.locator('#f-name'), person.name);
    await expectValue(page.locator('#f-organisation'), person.organisation);
    assert.equal(await fieldError(page, 'name').count(), 0, 'the name is fine now');
    assert.equal(await fieldError(page, 'organisation').count(), 0, 'the organisation is fine now');
    assert.equal(await page.locator('#f-name').getAttribute('aria-invalid'), null);
    await expectText(fieldError(page, 'email'), 'Fill this in.');
    await expectText(fieldError(page, 'function'), 'Fill this in.');
    await expectText(fieldError(page, 'privacy_consent'), 'Tick the box');
  });

  step('the completed form registers and shows the confirmed place', async () => {
    await fillRegistration(page, person);
    await submit({ name: 'Register', exact: true });
    assert.match(page.url(), MANAGE_PATH);
    assert.equal(new URL(page.url()).searchParams.get('welcome'), '1');
    manageUrl = page.url().replace(/\?.*$/, '');
    await expectText(page.locator('.notice-success'), 'Thank you for registering.');
    const status = page.locator('[data-testid=registration-status]');
    await expectAttribute(status, 'data-status', 'confirmed');
    await expectText(status, 'Your in-person place is confirmed.');
    await expectValue(page.locator('#f-name'), person.name);

    const email = await waitForEmail(server.mailDir, person.email, { subject: CONFIRMATION_SUBJECT });
    assert.ok(manageLinkOf(email), 'the confirmation email has a manage link');
  });

  step('a changed detail is saved', async () => {
    await page.locator('#f-organisation').fill('COA Eindhoven');
    await page.locator('#f-accessibility_needs').fill('Step-free access');
    await submit({ name: 'Save changes' });
    assert.equal(new URL(page.url()).searchParams.get('saved'), '1');
    await expectText(page.locator('.notice-success'), 'Your changes are saved.');
    await expectValue(page.locator('#f-organisation'), 'COA Eindhoven');
    await expectValue(page.locator('#f-accessibility_needs'), 'Step-free access');
    const status = page.locator('[data-testid=registration-status]');
    await expectAttribute(status, 'data-status', 'confirmed');
    await expectText(status, 'Your in-person place is confirmed.');

    // Still so when the page is opened again.
    await open(page, manageUrl, { hydrate: false });
    await expectValue(page.locator('#f-organisation'), 'COA Eindhoven');
  });

  step('a wrong change is refused with the message next to the field', async () => {
    await page.locator('#f-email').fill('not-an-address');
    await submit({ name: 'Save changes' });
    await expectText(page.locator('[data-testid=error-summary]'), 'There is a problem');
    await expectText(fieldError(page, 'email'), 'Enter an email address like name@example.org.');
    await expectValue(page.locator('#f-email'), 'not-an-address');
    // Nothing was saved.
    await open(page, manageUrl, { hydrate: false });
    await expectValue(page.locator('#f-email'), person.email);
  });

  step('cancelling asks for the box to be ticked, then cancels', async () => {
    await submit({ name: 'Cancel registration' });
    await expectText(page.locator('#f-confirm-error'), 'Tick the box to confirm that you want to cancel.');
    await expectAttribute(page.locator('[data-testid=registration-status]'), 'data-status', 'confirmed');

    await page.getByLabel('Yes, I want to cancel my registration').check();
    await submit({ name: 'Cancel registration' });
    const status = page.locator('[data-testid=registration-status]');
    await expectAttribute(status, 'data-status', 'cancelled');
    await expectText(status, 'This registration is cancelled.');
    await page.getByRole('link', { name: 'Register again' }).waitFor();

    await open(page, `${server.baseUrl}/events/${EVENT_SLUG}`, { hydrate: false });
    await expectText(page.locator('[data-testid=capacity]'), '150 of 150 in-person places left');
  });
});
