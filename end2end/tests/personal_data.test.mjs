// A participant opens their data from the manage page, downloads it, and
// erases it: without ticking the box nothing happens and the page says why;
// with it, the registration ends, the page says it is done, and the old
// link opens nothing. With JavaScript and without.

import assert from 'node:assert/strict';
import { describe } from 'node:test';
import {
  CONFIRMATION_SUBJECT,
  apiRegister,
  browserStory,
  expectText,
  manageLinkOf,
  open,
  uniqueEmail,
  waitForEmail,
} from './support.mjs';

for (const javaScriptEnabled of [true, false]) {
  const mode = javaScriptEnabled ? 'with JavaScript' : 'without JavaScript';
  describe(`a participant's own data ${mode}`, () => {
    let server;
    let page;
    let pageErrors;
    let manageUrl;
    const email = uniqueEmail('own-data');

    const step = browserStory(
      `personal-data-${javaScriptEnabled ? 'js' : 'nojs'}`,
      (story) => ({ server, page, pageErrors } = story),
      { javaScriptEnabled },
    );

    step('the data page shows what is kept and offers it as a file', async () => {
      const { status } = await apiRegister(server.baseUrl, {
        name: 'Leyla Moradi',
        email,
        dietary_needs: 'Vegetarian',
      });
      assert.equal(status, 201);
      manageUrl = manageLinkOf(await waitForEmail(server.mailDir, email, { subject: CONFIRMATION_SUBJECT }));
      await open(page, manageUrl, { hydrate: javaScriptEnabled });
      await Promise.all([
        page.waitForURL(/\/data$/),
        page.getByRole('link', { name: 'See or download your data, or erase it' }).click(),
      ]);
      const facts = page.locator('[data-testid=personal-data]');
      await expectText(facts, /Leyla Moradi/);
      await expectText(facts, /Vegetarian/);
      const href = await page.getByRole('link', { name: 'Download as a file (JSON)' }).getAttribute('href');
      const file = await (await fetch(new URL(href, server.baseUrl))).json();
      assert.equal(file.registration.email, email);
      assert.equal(file.registration.dietary_needs, 'Vegetarian');
    });

    step('erasing needs the box ticked, then ends the registration for good', async () => {
      if (javaScriptEnabled) await open(page, page.url());
      await page.getByRole('button', { name: 'Erase my data' }).click();
      await expectText(page.locator('.field-error'), /Tick the box to confirm/);
      assert.equal(await page.locator('[data-testid=personal-data]').count(), 1, 'nothing was erased');

      await page.getByLabel('Yes, erase my data').check();
      await Promise.all([page.waitForURL(/\/events\/ikp-2025\/erased$/), page.getByRole('button', { name: 'Erase my data' }).click()]);
      await expectText(page.locator('h1'), 'Your data has been erased');

      await open(page, manageUrl, { hydrate: javaScriptEnabled });
      assert.equal(await page.locator('[data-testid=registration-status]').count(), 0, 'the old link opens nothing');
      const gone = await fetch(`${manageUrl}/data.json`);
      assert.equal(gone.status, 404);
      assert.deepEqual(pageErrors, []);
    });
  });
}
