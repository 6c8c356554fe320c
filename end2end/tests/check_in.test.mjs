// At the venue: a check-in volunteer opens the check-in page on a phone,
// checks a participant in by the code their QR code carries (a second scan
// says when the first was), keeps checking in while the connection is
// lost, and the queued check-in is sent when it is back. The participant's
// manage page shows the QR code.

import assert from 'node:assert/strict';
import { describe } from 'node:test';
import {
  EVENT_SLUG,
  apiRegister,
  browserStory,
  expectText,
  manageLinkOf,
  newContext,
  open,
  signInAsStaff,
  uniqueEmail,
  waitForEmail,
  watchPageErrors,
} from './support.mjs';

describe('check-in at the door', () => {
  let server;
  let context;
  let page;
  let pageErrors;

  const step = browserStory('check-in', (story) => ({ server, context, page, pageErrors } = story));

  const codeOf = (name) => page.locator('[data-testid=arrivals] li', { hasText: name }).getAttribute('data-code');

  const faridaEmail = uniqueEmail('farida');

  step('two people register in person and the volunteer signs in', async () => {
    for (const [name, email] of [['Farida Rahimi', faridaEmail], ['Jonas Berg', uniqueEmail('jonas')]]) {
      const { status } = await apiRegister(server.baseUrl, { name, email });
      assert.equal(status, 201);
    }
    await signInAsStaff(page, server, { email: 'door@example.org', name: 'Dana Door', role: 'check_in', password: 'a long door password' });
    await open(page, `${server.baseUrl}/staff/events/${EVENT_SLUG}/check-in`);
    await expectText(page.locator('[data-testid=check-in-progress]'), '0 of 2 people checked in');
  });

  step('the participant\'s manage page shows the QR code for the entrance', async () => {
    const email = await waitForEmail(server.mailDir, faridaEmail);
    const participant = await newContext(context.browser());
    const phone = await participant.newPage();
    const phoneErrors = watchPageErrors(phone);
    await open(phone, manageLinkOf(email));
    const pass = phone.locator('[data-testid=check-in-pass]');
    await expectText(pass, /Show this code at the entrance/);
    assert.equal(await pass.locator('svg').count(), 1);
    assert.deepEqual(phoneErrors, []);
    await participant.close();
  });

  step('the scanned code checks the person in once; a second scan says when', async () => {
    const code = await codeOf('Farida Rahimi');
    assert.match(code, /^[A-Za-z0-9_-]{43}$/);
    await page.fill('#f-code', code);
    await page.locator('#scanner').getByRole('button', { name: 'Check in' }).click();
    await expectText(page.locator('#check-in-result'), /^Farida Rahimi is checked in \(at \d\d:\d\d\)\.$/);
    await page.fill('#f-code', code);
    await page.locator('#scanner').getByRole('button', { name: 'Check in' }).click();
    await expectText(page.locator('#check-in-result'), /^Farida Rahimi was already checked in at \d\d:\d\d\.$/);
  });

  step('the link in the QR code opens the person and their check-in', async () => {
    const code = await codeOf('Farida Rahimi');
    const phone = await context.newPage();
    await open(phone, `${server.baseUrl}/staff/check-in/${code}`);
    await expectText(phone.locator('[data-testid=check-in-result]'), /already checked in at \d\d:\d\d/);
    await phone.close();
  });

  step('offline, a check-in is kept on the phone and sent when the connection is back', async () => {
    const code = await codeOf('Jonas Berg');
    await context.setOffline(true);
    await page.fill('#f-code', code);
    await page.locator('#scanner').getByRole('button', { name: 'Check in' }).click();
    await expectText(page.locator('#check-in-result'), /No connection: the check-in of Jonas Berg is kept on this phone/);
    await expectText(page.locator('[data-testid=check-in-queue]'), 'Waiting to be sent: 1');
    await context.setOffline(false);
    await expectText(page.locator('[data-testid=check-in-queue]'), '', { timeout: 20_000 });
    await open(page, `${server.baseUrl}/staff/events/${EVENT_SLUG}/check-in`);
    await expectText(page.locator('[data-testid=check-in-progress]'), '2 of 2 people checked in');
    assert.deepEqual(pageErrors, []);
  });
});
