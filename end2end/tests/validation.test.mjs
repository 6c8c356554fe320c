// With JavaScript on, a form with a bad email address and no consent stays
// on the page with each problem next to its field; once fixed it registers.

import assert from 'node:assert/strict';
import { describe } from 'node:test';
import {
  EVENT_SLUG,
  MANAGE_PATH,
  browserStory,
  expectAttribute,
  expectText,
  expectValue,
  fieldError,
  fillRegistration,
  nextFormPost,
  open,
  uniqueEmail,
} from './support.mjs';

describe('fixing mistakes in the registration form with JavaScript', () => {
  let server;
  let page;
  let pageErrors;
  const person = {
    name: 'Sofia Rossi',
    email: 'sofia.rossi-at-example.org',
    organisation: 'Ministero dell’Interno',
    function: 'Reception policy officer',
    country: 'IT',
    attendance: 'online',
    language: 'en',
    accessibility_needs: 'Captions, please',
  };

  const step = browserStory('validation', (story) => ({ server, page, pageErrors } = story));

  step('a bad email and no consent are named next to their fields', async () => {
    await open(page, `${server.baseUrl}/events/${EVENT_SLUG}/register`);
    await fillRegistration(page, person);
    const post = nextFormPost(page);
    await page.getByRole('button', { name: 'Register', exact: true }).click();
    assert.equal((await post).resourceType(), 'document', 'the form is posted by the browser itself');

    const summary = page.locator('[data-testid=error-summary]');
    await expectText(summary, 'There is a problem');
    await expectText(summary, 'Email address: Enter an email address like name@example.org.');
    await expectText(summary, 'I have read how my data is used and I agree: Tick the box to agree');
    await expectText(fieldError(page, 'email'), 'Enter an email address like name@example.org.');
    await expectText(fieldError(page, 'privacy_consent'), 'Tick the box to agree, or we cannot register you.');
    await expectAttribute(page.locator('#f-email'), 'aria-invalid', 'true');
    await expectAttribute(page.locator('#f-email'), 'aria-describedby', 'f-email-error');
    assert.equal(await page.locator('.field-error').count(), 2, 'only the two wrong fields are marked');

    // Still the form, with everything as typed.
    assert.equal(new URL(page.url()).pathname, `/events/${EVENT_SLUG}/register`);
    await expectValue(page.locator('#f-name'), person.name);
    await expectValue(page.locator('#f-email'), person.email);
    await expectValue(page.locator('#f-organisation'), person.organisation);
    await expectValue(page.locator('#f-country'), person.country);
    await expectValue(page.locator('#f-accessibility_needs'), person.accessibility_needs);
    assert.equal(await page.locator('#f-attendance-online').isChecked(), true);
  });

  step('the fixed form registers', async () => {
    await fillRegistration(page, { email: uniqueEmail('sofia.rossi'), privacy_consent: true });
    const post = nextFormPost(page);
    await page.getByRole('button', { name: 'Register', exact: true }).click();
    assert.equal((await post).resourceType(), 'document');
    await page.waitForURL(MANAGE_PATH);
    await expectText(page.locator('.notice-success'), 'Thank you for registering.');
    const status = page.locator('[data-testid=registration-status]');
    await expectAttribute(status, 'data-status', 'confirmed');
    await expectText(status, 'You are registered to attend online.');
    await expectValue(page.locator('#f-accessibility_needs'), person.accessibility_needs);
  });

  step('in Arabic the form names the problems in Arabic', async () => {
    await open(page, `${server.baseUrl}/lang/ar?next=/events/${EVENT_SLUG}/register`);
    await fillRegistration(page, { ...person, email: 'sofia-at-example.org' });
    const post = nextFormPost(page);
    await page.getByRole('button', { name: 'تسجيل', exact: true }).click();
    assert.equal((await post).resourceType(), 'document');
    await expectText(page.locator('[data-testid=error-summary]'), 'توجد مشكلة');
    await expectText(fieldError(page, 'email'), 'يُرجى إدخال عنوان بريد إلكتروني مثل name@example.org.');
  });

  step('no page raised an uncaught error', async () => {
    assert.deepEqual(pageErrors, []);
  });
});
