// The programme: filter it by day and mode; as an in-person participant pick
// a breakout, meet a clash, join the waitlist of a full site visit after
// others took its places, book another visit and download the agenda; as an
// online participant, visits are not on offer and the page says why. All of
// it once with JavaScript and once without (plain forms, full page loads).

import assert from 'node:assert/strict';
import { describe } from 'node:test';
import {
  EVENT_SLUG,
  apiRegister,
  browserStory,
  expectAttribute,
  expectHidden,
  expectText,
  manageLinkOf,
  open,
  uniqueEmail,
  waitForEmail,
} from './support.mjs';

const BREAKOUT = 'The resident portal: managing your own affairs';
const SAME_SLOT = 'Personal guidance with digital tools';
const FULL_VISIT = 'Site visit: reception centre Budel';
const OTHER_VISIT = 'Site visit: reception centre Overloon';
const VISIT_PLACES = 25;

/** Registers through the API and returns the manage link from the confirmation email. */
async function registered(server, label, attendance = 'in_person') {
  const email = uniqueEmail(label);
  const answer = await apiRegister(server.baseUrl, { name: `Person ${label}`, email, attendance });
  assert.equal(answer.status, 201, JSON.stringify(answer.body));
  return manageLinkOf(await waitForEmail(server.mailDir, email, { subject: 'Your registration' }));
}

/** The card of one activity on the manage page. */
const pick = (page, title) => page.locator(`[data-testid=choice][data-title="${title}"]`);

for (const javaScriptEnabled of [true, false]) {
  const mode = javaScriptEnabled ? 'with JavaScript' : 'without JavaScript';
  describe(`the programme ${mode}`, () => {
    let server;
    let page;
    let pageErrors;
    let manageLink;
    let visitId;

    const step = browserStory(
      `programme-${javaScriptEnabled ? 'js' : 'nojs'}`,
      (story) => ({ server, page, pageErrors } = story),
      { javaScriptEnabled },
    );

    step('the programme shows both days, with places left and times in the event zone', async () => {
      await open(page, `${server.baseUrl}/events/${EVENT_SLUG}/programme`);
      await expectText(page.locator('h1'), 'Programme');
      await expectText(page.locator('.hint').first(), /Europe\/Amsterdam/);
      assert.equal(await page.locator('section.programme-day').count(), 2);
      const breakout = page.locator('[data-testid=session]', { hasText: BREAKOUT });
      await expectText(breakout, /10:45–12:00/);
      await expectText(breakout.locator('[data-testid=places]'), '30 of 30 places left');
      await expectText(breakout, /Streamed live/);
    });

    step('each session has its own page', async () => {
      await page.getByRole('link', { name: BREAKOUT }).click();
      await page.waitForURL(/\/programme\/\d+$/);
      await expectText(page.locator('[data-testid=session] h4'), BREAKOUT);
      await expectText(page.locator('[data-testid=session]'), /Room Kempen/);
      await page.getByRole('link', { name: 'Programme' }).first().click();
      await page.waitForURL(/\/programme$/);
    });

    step('filters narrow it to a day and a way of taking part', async () => {
      await page.selectOption('#filter-day', '2025-05-16');
      await page.selectOption('#filter-mode', 'online');
      await page.getByRole('button', { name: 'Show' }).click();
      await page.waitForURL(/day=2025-05-16/);
      assert.equal(await page.locator('section.programme-day').count(), 1);
      await expectText(page.locator('section.programme-day h2'), '16 May 2025');
      assert.equal(await page.locator('[data-testid=session]').count(), 0, 'no online-only session on day two');
      await page.selectOption('#filter-day', '2025-05-15');
      await page.getByRole('button', { name: 'Show' }).click();
      await page.waitForURL(/day=2025-05-15/);
      await expectText(page.locator('[data-testid=session]'), /Nobody left behind/);
      assert.equal(await page.locator('[data-testid=session]').count(), 1);
    });

    step(`others take all ${VISIT_PLACES} places of a site visit`, async () => {
      const visits = await (await fetch(`${server.baseUrl}/api/v1/events/${EVENT_SLUG}/visits`)).json();
      visitId = visits.find((v) => v.title === FULL_VISIT).id;
      manageLink = await registered(server, 'chooser');
      await open(page, manageLink);
      const action = await pick(page, FULL_VISIT).locator('form').getAttribute('action');
      for (let start = 0; start < VISIT_PLACES; start += 5) {
        await Promise.all(
          Array.from({ length: 5 }, async (_, i) => {
            const link = await registered(server, `visitor-${start + i}`);
            const token = link.split('/manage/')[1];
            const response = await fetch(new URL(action, server.baseUrl), {
              method: 'POST',
              headers: { 'content-type': 'application/x-www-form-urlencoded' },
              body: new URLSearchParams({ token, activity: String(visitId), decision: 'book' }),
            });
            assert.equal(response.status, 200, await response.text());
          }),
        );
      }
      const after = await (await fetch(`${server.baseUrl}/api/v1/events/${EVENT_SLUG}/visits`)).json();
      assert.equal(after.find((v) => v.id === visitId).places_left, 0);
    }, { timeout: 300_000 });

    step('an in-person participant picks a breakout', async () => {
      await open(page, manageLink);
      const card = pick(page, BREAKOUT);
      await card.getByRole('button', { name: 'Choose this' }).click();
      await expectAttribute(card, 'data-status', 'confirmed');
      await expectText(card.locator('.standing'), 'You have a place.');
      await expectText(card.locator('.places'), '29 of 30 places left');
    });

    step('a session in the same slot names the clash', async () => {
      const card = pick(page, SAME_SLOT);
      await expectText(
        card.locator('[data-testid=refusal]'),
        `This overlaps with “${BREAKOUT}”, which you already chose. Cancel that one first if you prefer this one.`,
      );
      await expectHidden(card.getByRole('button', { name: 'Choose this' }));
    });

    step('the full visit offers its waitlist', async () => {
      const card = pick(page, FULL_VISIT);
      await expectText(card.locator('.places'), /Full/);
      await card.getByRole('button', { name: 'Join the waitlist' }).click();
      await expectAttribute(card, 'data-status', 'waitlisted');
      await expectText(card.locator('.standing'), 'You are on the waitlist, number 1.');
    });

    step('leaving that waitlist lets them book another visit', async () => {
      await expectText(pick(page, OTHER_VISIT).locator('[data-testid=refusal]'), /You can book one site visit/);
      await pick(page, FULL_VISIT).getByRole('button', { name: 'Leave the waitlist' }).click();
      await expectAttribute(pick(page, FULL_VISIT), 'data-status', '');
      const other = pick(page, OTHER_VISIT);
      await other.getByRole('button', { name: 'Choose this' }).click();
      await expectAttribute(other, 'data-status', 'confirmed');
    });

    step('the agenda downloads with the chosen items', async () => {
      const href = await page.getByRole('link', { name: 'Download your agenda (.ics)' }).getAttribute('href');
      const response = await page.request.get(new URL(href, server.baseUrl).toString());
      assert.equal(response.status(), 200);
      assert.match(response.headers()['content-type'], /^text\/calendar/);
      const ics = await response.text();
      assert.match(ics, /BEGIN:VCALENDAR/);
      assert.match(ics, /SUMMARY:The resident portal: managing your own affairs/);
      assert.match(ics, /SUMMARY:Site visit: reception centre Overloon/);
      assert.doesNotMatch(ics, /reception centre Budel/);
      assert.match(ics, /DTSTART;TZID=Europe\/Amsterdam:20250515T104500/);
    });

    step('an online participant is told why visits are not for them', async () => {
      await open(page, await registered(server, 'online', 'online'));
      const card = pick(page, OTHER_VISIT);
      await expectText(card.locator('[data-testid=refusal]'), /Site visits are for participants who attend in person/);
      await expectHidden(card.getByRole('button'));
      await expectHidden(pick(page, BREAKOUT).locator('[data-testid=refusal]'));
    });

    step('no page raised an uncaught error', async () => {
      assert.deepEqual(pageErrors, []);
    });
  });
}
