// Registration with the keyboard only: Tab to move, typing into fields,
// Space to choose and tick, Enter to send. A form sent with mistakes puts
// the focus on the list of errors, which names them.

import assert from 'node:assert/strict';
import { describe } from 'node:test';
import {
  CONFIRMATION_SUBJECT,
  EVENT_SLUG,
  MANAGE_PATH,
  UI_TIMEOUT,
  browserStory,
  eventually,
  open,
  uniqueEmail,
  waitForEmail,
} from './support.mjs';

/** The id (or, without one, the tag) of the element that has the focus. */
function focused(page) {
  return page.evaluate(() => document.activeElement?.id || document.activeElement?.tagName.toLowerCase());
}

/** Presses Tab until the element with `id` has the focus. */
async function tabTo(page, id) {
  const seen = [];
  for (let presses = 0; presses < 80; presses += 1) {
    const now = await focused(page);
    if (now === id) return;
    seen.push(now);
    await page.keyboard.press('Tab');
  }
  assert.fail(`Tab never reached #${id}; it went through ${seen.join(', ')}`);
}

describe('registering with the keyboard only', () => {
  let server;
  let page;
  let pageErrors;
  const step = browserStory('keyboard', (story) => ({ server, page, pageErrors } = story));
  const email = uniqueEmail('keyboard');

  step('sending the empty form moves the focus to the list of errors', async () => {
    await open(page, `${server.baseUrl}/events/${EVENT_SLUG}/register`);
    await tabTo(page, 'f-name');
    await page.keyboard.press('Enter');
    await eventually(() => page.evaluate(() => document.activeElement?.classList.contains('error-summary')), {
      message: 'the error summary has the focus',
    });
    const summary = await page.locator('.error-summary').innerText();
    assert.match(summary, /Full name/);
    assert.match(summary, /Email address/);
  });

  step('a person fills in and sends the form with Tab, typing, Space and Enter', async () => {
    await tabTo(page, 'f-name');
    await page.keyboard.type('Keyboard User');
    await tabTo(page, 'f-email');
    await page.keyboard.type(email);
    await tabTo(page, 'f-organisation');
    await page.keyboard.type('Fedasil');
    await tabTo(page, 'f-function');
    await page.keyboard.type('Reception officer');
    await tabTo(page, 'f-country');
    await page.keyboard.type('Belgium');
    assert.equal(await page.locator('#f-country').inputValue(), 'BE', 'typing a name picks the country');
    await tabTo(page, 'f-attendance');
    await page.keyboard.press('Space');
    assert.ok(await page.locator('#f-attendance').isChecked(), 'Space chooses in person');
    await tabTo(page, 'f-privacy_consent');
    await page.keyboard.press('Space');
    assert.ok(await page.locator('#f-privacy_consent').isChecked(), 'Space ticks the consent');
    await page.keyboard.press('Enter');
    await page.waitForURL(MANAGE_PATH, { timeout: UI_TIMEOUT });
    await waitForEmail(server.mailDir, email, { subject: CONFIRMATION_SUBJECT });
    assert.deepEqual(pageErrors, []);
  });
});
