// When all 150 in-person places are taken, the form says so, asking for an
// in-person place puts the person on the waitlist, and online stays open.

import assert from 'node:assert/strict';
import { describe } from 'node:test';
import {
  EVENT_SLUG,
  MANAGE_PATH,
  apiEvent,
  apiRegister,
  browserStory,
  expectAttribute,
  expectText,
  fillRegistration,
  nextFormPost,
  open,
  uniqueEmail,
  waitForEmail,
} from './support.mjs';

const CAPACITY = 150;

describe('a full event', () => {
  let server;
  let page;
  let pageErrors;

  const step = browserStory('full_event', (story) => ({ server, page, pageErrors } = story));

  step(`the API fills all ${CAPACITY} in-person places`, async () => {
    const statuses = [];
    // A few at a time: enough to be quick, few enough for a debug build on 2 cores.
    const batch = 5;
    for (let start = 0; start < CAPACITY; start += batch) {
      const answers = await Promise.all(
        Array.from({ length: Math.min(batch, CAPACITY - start) }, (_, i) =>
          apiRegister(server.baseUrl, {
            name: `Participant ${start + i + 1}`,
            email: `participant-${start + i + 1}@example.org`,
          }),
        ),
      );
      for (const answer of answers) {
        assert.equal(answer.status, 201, `registration answered ${answer.status}: ${JSON.stringify(answer.body)}`);
        statuses.push(answer.body.status);
      }
    }
    assert.equal(statuses.length, CAPACITY);
    assert.ok(statuses.every((s) => s === 'confirmed'), 'every one of them got a place');

    const { capacity } = await apiEvent(server.baseUrl);
    assert.equal(capacity.in_person.limit, CAPACITY);
    assert.equal(capacity.in_person.confirmed, CAPACITY);
    assert.equal(capacity.in_person.waitlisted, 0);
    assert.equal(capacity.in_person.left, 0);
  }, { timeout: 300_000 });

  step('the event page says all places are taken', async () => {
    await open(page, `${server.baseUrl}/events/${EVENT_SLUG}`);
    await expectText(
      page.locator('[data-testid=capacity]'),
      'All 150 in-person places are taken: join the waitlist or attend online',
    );
  });

  step('the form shows the full notice and offers the waitlist for in person', async () => {
    await open(page, `${server.baseUrl}/events/${EVENT_SLUG}/register`);
    await expectText(page.locator('[data-testid=full-notice]'), 'All in-person places are taken.');
    await expectText(
      page.locator('label[for=f-attendance]'),
      'In person: join the waitlist (attend online meanwhile)',
    );
    await expectText(page.locator('label[for=f-attendance-online]'), /^Online$/);
    assert.equal(await page.locator('#f-attendance-online').isChecked(), true, 'online is chosen by default');
  });

  step('registering in person puts the person first on the waitlist', async () => {
    const person = {
      name: 'Wanda Waiting',
      email: uniqueEmail('wanda'),
      organisation: 'Migrationsverket',
      function: 'Policy adviser',
      country: 'SE',
      attendance: 'in_person',
      language: 'en',
      privacy_consent: true,
    };
    await fillRegistration(page, person);
    const post = nextFormPost(page);
    await page.getByRole('button', { name: 'Register', exact: true }).click();
    assert.equal((await post).resourceType(), 'document');
    await page.waitForURL(MANAGE_PATH);
    const status = page.locator('[data-testid=registration-status]');
    await expectAttribute(status, 'data-status', 'waitlisted');
    await expectText(status, 'You are number 1 on the waitlist for an in-person place.');
    await expectText(status, 'Meanwhile you are welcome to attend online.');

    const email = await waitForEmail(server.mailDir, person.email, { subject: 'You are on the waitlist' });
    assert.match(email.text, /You are number 1 on the waitlist\./);

    const { capacity } = await apiEvent(server.baseUrl);
    assert.equal(capacity.in_person.confirmed, CAPACITY, 'nobody lost a place');
    assert.equal(capacity.in_person.waitlisted, 1);
  });

  step('registering online is confirmed straight away', async () => {
    await open(page, `${server.baseUrl}/events/${EVENT_SLUG}/register`);
    await expectText(page.locator('[data-testid=full-notice]'), 'All in-person places are taken.');
    const person = {
      name: 'Olaf Online',
      email: uniqueEmail('olaf'),
      organisation: 'BAMF',
      function: 'Digital coordinator',
      country: 'DE',
      attendance: 'online',
      language: 'en',
      privacy_consent: true,
    };
    await fillRegistration(page, person);
    const post = nextFormPost(page);
    await page.getByRole('button', { name: 'Register', exact: true }).click();
    assert.equal((await post).resourceType(), 'document');
    await page.waitForURL(MANAGE_PATH);
    const status = page.locator('[data-testid=registration-status]');
    await expectAttribute(status, 'data-status', 'confirmed');
    await expectText(status, 'You are registered to attend online.');

    const { capacity } = await apiEvent(server.baseUrl);
    assert.equal(capacity.in_person.confirmed, CAPACITY);
    assert.equal(capacity.in_person.waitlisted, 1);
  });

  step('no page raised an uncaught error', async () => {
    assert.deepEqual(pageErrors, []);
  });
});
