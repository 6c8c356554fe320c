// The best-practice library: a practitioner submits a practice with a file
// (a too-large file is refused first and what they typed stays), follows it
// through the emailed link, a moderator previews and publishes it, and the
// public finds it by search and downloads the file. Practices carrying the
// fifty XSS payloads are published too, and no page opens a dialog. The
// story runs with JavaScript and again without (plain forms and uploads).

import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe } from 'node:test';
import { REPO_ROOT, browserStory, expectText, open, signInAsStaff, waitForEmail } from './support.mjs';

const EMAIL = 'moderator@example.org';
const PASSWORD = 'a long moderator password';
const SUBMITTER = 'lucia.ferrari@example.org';
const TITLE = 'Peer helpers in reception centres';
const MAX_FILE_BYTES = 3 * 1024 * 1024;
const PAYLOADS = readFileSync(join(REPO_ROOT, 'server/tests/fixtures/xss-payloads.txt'), 'utf8')
  .split('\n')
  .filter((line) => line.length > 0);

/** A whole PDF of `size` bytes. */
function pdf(size) {
  const start = '%PDF-1.4\n';
  const end = '\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n';
  return Buffer.from(start + ' '.repeat(size - start.length - end.length) + end);
}

for (const javaScriptEnabled of [true, false]) {
  const mode = javaScriptEnabled ? 'with JavaScript' : 'without JavaScript';
  describe(`the best-practice library ${mode}`, () => {
    let server;
    let page;
    let pageErrors;
    let followLink;
    const dialogs = [];

    const step = browserStory(
      `library-${javaScriptEnabled ? 'js' : 'nojs'}`,
      (story) => {
        ({ server, page, pageErrors } = story);
        page.on('dialog', async (dialog) => {
          dialogs.push(dialog.message());
          await dialog.dismiss();
        });
      },
      { javaScriptEnabled },
    );

    step('the library lists the demo practices, marked as demo entries', async () => {
      await open(page, `${server.baseUrl}/library`);
      await expectText(page.locator('[data-testid=result-count]'), '6 practices');
      await expectText(page.locator('[data-testid=results] li').first(), /Demo entry/);
    });

    step('a file over 3 MB is refused and the form keeps what was typed', async () => {
      await page.getByRole('link', { name: 'Submit a best practice' }).click();
      await page.waitForURL(/\/library\/submit$/);
      await page.fill('#f-title', TITLE);
      await page.fill('#f-summary', 'Residents who arrived earlier help newcomers find their way.');
      await page.fill('#f-description', '## How it works\n\nEvery newcomer meets a **peer helper** in week one.');
      await page.fill('#f-organisation', 'Red Cross Italy');
      await page.selectOption('#f-country', 'IT');
      await page.getByLabel('Participation and co-design').check();
      await page.fill('#f-contact_name', 'Lucia Ferrari');
      await page.fill('#f-contact_email', SUBMITTER);
      const big = join(server.dataDir, 'big.pdf');
      writeFileSync(big, pdf(MAX_FILE_BYTES + 1));
      await page.setInputFiles('#f-file', big);
      await page.getByRole('button', { name: 'Send for review' }).click();
      await expectText(page.locator('#f-file-error'), /larger than 3 MB/);
      assert.equal(await page.inputValue('#f-title'), TITLE);
      assert.equal(await page.inputValue('#f-organisation'), 'Red Cross Italy');
      assert.ok(await page.getByLabel('Participation and co-design').isChecked());
    });

    step('with a file of exactly 3 MB the practice is sent, and the email links to it', async () => {
      const file = join(server.dataDir, 'peer-helpers.pdf');
      writeFileSync(file, pdf(MAX_FILE_BYTES));
      await page.setInputFiles('#f-file', file);
      await page.getByRole('button', { name: 'Send for review' }).click();
      await page.waitForURL(/\/library\/follow\//);
      await expectText(page.locator('[data-testid=review]'), 'Waiting for review');
      const email = await waitForEmail(server.mailDir, SUBMITTER, { subject: `We received your practice “${TITLE}”` });
      followLink = /http:\/\/127\.0\.0\.1:\d+\/library\/follow\/[A-Za-z0-9_-]{43}/.exec(email.text)?.[0];
      assert.ok(followLink, 'the email carries the follow link');
    });

    step('a moderator previews the practice and publishes it', async () => {
      await signInAsStaff(page, server, { email: EMAIL, name: 'Mo Moderator', role: 'moderator', password: PASSWORD });
      await open(page, `${server.baseUrl}/staff/library`);
      await page.getByRole('link', { name: TITLE }).click();
      await page.waitForURL(/\/staff\/library\/[0-9a-f-]{36}$/);
      await expectText(page.locator('.preview h1'), TITLE);
      await expectText(page.locator('.preview .description strong'), 'peer helper');
      await page.getByTestId('step-publish').click();
      await expectText(page.locator('[data-testid=review]'), 'Published');
      await waitForEmail(server.mailDir, SUBMITTER, { subject: `“${TITLE}” is published` });
    });

    step('the public finds it by search and downloads the file', async () => {
      await open(page, `${server.baseUrl}/library`);
      await page.fill('#f-q', 'peer helpers');
      await page.getByRole('button', { name: 'Search', exact: true }).click();
      await page.waitForURL(/q=peer/);
      await expectText(page.locator('[data-testid=result-count]'), 'One practice');
      await page.getByRole('link', { name: TITLE }).click();
      await expectText(page.locator('[data-testid=licence]'), 'CC BY 4.0');
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download').click()]);
      assert.equal(download.suggestedFilename(), 'peer-helpers.pdf');
      const saved = join(server.dataDir, 'downloaded.pdf');
      await download.saveAs(saved);
      assert.equal(readFileSync(saved).length, MAX_FILE_BYTES);
    });

    step('the submitter sees it published through their link', async () => {
      await open(page, followLink);
      await expectText(page.locator('[data-testid=review]'), 'Published');
      await expectText(page.getByRole('link', { name: 'See it in the public library' }), /See it/);
    });

    // Without JavaScript no script runs at all, so only the first pass looks for dialogs.
    if (javaScriptEnabled) step('fifty XSS payloads in every field open no dialog on any page', async () => {
      const ids = [];
      for (const [n, payload] of PAYLOADS.entries()) {
        const body = new FormData();
        for (const [name, value] of Object.entries({
          title: `XSS ${n} ${payload}`,
          summary: payload,
          description: `${payload}\n\n*${payload}*`,
          organisation: payload,
          country: 'NL',
          'themes[]': 'safety',
          contact_name: payload,
          contact_email: SUBMITTER,
          contact_public: 'on',
        })) {
          body.append(name, value);
        }
        const response = await fetch(`${server.baseUrl}/api/v1/library/submissions`, { method: 'POST', body });
        assert.equal(response.status, 201, await response.clone().text());
        ids.push((await response.json()).id);
      }
      for (const id of ids.slice(0, 10)) {
        await open(page, `${server.baseUrl}/staff/library/${id}`);
        await page.getByTestId('step-publish').click();
        await expectText(page.locator('[data-testid=review]'), 'Published');
      }
      for (const path of ['/library?q=XSS', '/library?q=XSS&page=2', '/staff/library', ...ids.slice(0, 10).map((id) => `/library/${id}`)]) {
        await open(page, `${server.baseUrl}${path}`);
      }
      for (const id of ids.slice(10)) {
        await open(page, `${server.baseUrl}/staff/library/${id}`);
      }
      assert.deepEqual(dialogs, []);
      assert.deepEqual(pageErrors, []);
    });

    if (javaScriptEnabled) step('in Dutch, the themes stay Dutch on the next page', async () => {
      await open(page, `${server.baseUrl}/lang/nl?next=/library`);
      const themeFilter = page.locator('select[name=theme]');
      await expectText(themeFilter, /Digitale zelfredzaamheid/);
      await page.locator('a[href="/library/submit"]').click();
      await page.waitForURL(/\/library\/submit$/);
      await expectText(page.locator('main'), /Digitale zelfredzaamheid/);
      assert.equal(await page.getByText('Digital self-reliance').count(), 0, 'no English theme name');
      assert.deepEqual(pageErrors, []);
    });
  });
}
