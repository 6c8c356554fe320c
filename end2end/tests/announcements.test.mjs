// An organizer writes an announcement to the people with an in-person
// place, previews it in each of their languages, sends it, watches it go
// out, and a real SMTP server (aiosmtpd) receives it for exactly those
// people.

import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe } from 'node:test';
import {
  EVENT_SLUG,
  apiRegister,
  browserStory,
  eventually,
  expectText,
  freePort,
  open,
  parseEmail,
  signInAsStaff,
  uniqueEmail,
} from './support.mjs';

const smtpPort = await freePort();
const folder = await mkdtemp(join(tmpdir(), 'ikp-smtp-'));
// aiosmtpd makes the Maildir only where nothing exists yet.
const maildir = join(folder, 'maildir');
const smtp = spawn('python3', ['-m', 'aiosmtpd', '-n', '-l', `127.0.0.1:${smtpPort}`, '-c', 'aiosmtpd.handlers.Mailbox', maildir], {
  stdio: 'ignore',
});
after(async () => {
  smtp.kill();
  await rm(folder, { recursive: true, force: true });
});

/** Every message the SMTP server stored. */
async function received() {
  const arrived = join(maildir, 'new');
  const names = await readdir(arrived).catch(() => []);
  return Promise.all(names.map(async (name) => parseEmail(await readFile(join(arrived, name), 'utf8'))));
}

describe('announcements', () => {
  let server;
  let page;
  let pageErrors;
  const inPerson = [uniqueEmail('bus-en'), uniqueEmail('bus-nl')];
  const onlineOnly = uniqueEmail('online');

  const step = browserStory('announcements', (story) => ({ server, page, pageErrors } = story), {
    env: { SMTP_URL: `smtp://127.0.0.1:${smtpPort}` },
  });

  step('people register, in person in two languages and online', async () => {
    for (const [email, language] of [[inPerson[0], 'en'], [inPerson[1], 'nl']]) {
      assert.equal((await apiRegister(server.baseUrl, { name: `Guest ${language}`, email, language })).status, 201);
    }
    const online = await apiRegister(server.baseUrl, { name: 'Remote guest', email: onlineOnly, attendance: 'online' });
    assert.equal(online.status, 201);
    await signInAsStaff(page, server, { email: 'olga@example.org', name: 'Olga Organizer', role: 'organizer', password: 'a long organizer password' });
  });

  step('the preview shows the email in each language the recipients chose', async () => {
    await open(page, `${server.baseUrl}/staff/events/${EVENT_SLUG}/announcements`);
    await page.selectOption('#f-segment', 'in_person');
    await page.fill('#f-subject_en', 'Bus to the reception centre');
    await page.fill('#f-body_en', 'The bus leaves the hotel at 8:30.');
    await page.getByRole('button', { name: 'Preview' }).click();
    const preview = page.locator('[data-testid=announcement-preview]');
    await expectText(preview, /2 recipients/);
    await expectText(preview.locator('article[lang=nl]'), /Beste \[naam\],/);
    await expectText(preview.locator('article[lang=en]'), /Dear \[name\],.*The bus leaves the hotel at 8:30\./);
  });

  step('sent, it reaches the SMTP server for exactly the segment, and the progress shows it', async () => {
    const before = Date.now();
    await Promise.all([page.waitForURL(/sent=1/), page.getByRole('button', { name: 'Send now to 2 people' }).click()]);
    const after = Date.now();
    await expectText(page.locator('[data-testid=announcement-progress]'), '2 of 2 sent, 0 waiting', { timeout: 30_000 });
    // When it was sent, on the event's clock.
    const amsterdam = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Amsterdam', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    const minutes = [];
    for (let at = before - 60_000; at <= after + 60_000; at += 30_000) minutes.push(`${amsterdam.format(at)} (Europe/Amsterdam)`);
    const sent = await page.locator('[data-testid=announcement-sent]').first().textContent();
    assert.ok(sent.startsWith('Olga Organizer · ') && minutes.some((time) => sent.endsWith(time)), `${sent} is not one of ${minutes.join(', ')}`);
    const messages = await eventually(async () => {
      const mail = (await received()).filter((m) => m.subject.includes('Bus to the reception centre'));
      return mail.length === 2 && mail;
    });
    const to = messages.map((m) => m.to).join(' ');
    for (const address of inPerson) assert.ok(to.includes(address), `${address} got it`);
    assert.ok(!to.includes(onlineOnly), 'online participants are not in this segment');
    assert.deepEqual(pageErrors, []);
  });
});
