// Accessibility: every public and staff page, in English and in Arabic
// (right to left), checked by axe-core against WCAG 2.1 A and AA, after
// hydration: zero violations. The list of pages is checked against the
// app's routes, so a page added later fails here until it is in the list.
// Screenshots of the Arabic event page and registration form are kept in
// end2end/test-results/ for people to look at.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe } from 'node:test';
import { join } from 'node:path';
import {
  CONFIRMATION_SUBJECT,
  EVENT_SLUG,
  REPO_ROOT,
  apiRegister,
  browserStory,
  keepScreenshot,
  manageLinkOf,
  open,
  signInAsStaff,
  uniqueEmail,
  waitForEmail,
} from './support.mjs';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** The violations axe-core finds on the page as it is now. */
async function violations(page) {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (tags) => {
    const result = await window.axe.run(document, { runOnly: { type: 'tag', values: tags } });
    return result.violations.map((violation) => ({
      rule: violation.id,
      help: violation.help,
      where: violation.nodes.slice(0, 3).map((node) => `${node.target.join(' ')}: ${node.failureSummary}`),
    }));
  }, WCAG_21_AA);
}

/** The app's page routes, as patterns (`:slug` matches one path segment). */
function routes() {
  const source = readFileSync(join(REPO_ROOT, 'app', 'src', 'lib.rs'), 'utf8');
  return [...source.matchAll(/path!\("([^"]+)"\)/g)].map(([, route]) => ({
    route,
    pattern: new RegExp(`^${route.replace(/:[a-z_]+/g, '[^/]+')}$`),
  }));
}

/** Sends a practice to the library; returns the follow link from the email. */
async function submitPractice(server) {
  const body = new FormData();
  for (const [name, value] of Object.entries({
    title: 'Buddy system for new arrivals',
    summary: 'Residents welcome newcomers in their first week.',
    description: 'Every newcomer meets a **buddy** on the first day.',
    organisation: 'Fedasil',
    country: 'BE',
    'themes[]': 'safety',
    contact_name: 'Axe Tester',
    contact_email: 'axe-practice@example.org',
  })) {
    body.append(name, value);
  }
  const response = await fetch(`${server.baseUrl}/api/v1/library/submissions`, { method: 'POST', body });
  assert.equal(response.status, 201, await response.clone().text());
  const email = await waitForEmail(server.mailDir, 'axe-practice@example.org');
  const link = /\/library\/follow\/[A-Za-z0-9_-]{43}/.exec(email.text)?.[0];
  assert.ok(link, 'the email carries the follow link');
  return link;
}

/** The first address on the page at `path` whose link matches `pattern`. */
async function firstLink(page, path, pattern) {
  await open(page, path);
  const hrefs = await page.locator('a[href]').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  const found = hrefs.find((href) => pattern.test(href));
  assert.ok(found, `a link like ${pattern} on ${path}`);
  return found;
}

describe('every page passes axe-core in English and Arabic', () => {
  let server;
  let page;
  let pageErrors;
  const step = browserStory('accessibility', (story) => ({ server, page, pageErrors } = story));
  const pages = [];

  step('the pages to check: public, personal and staff', async () => {
    const email = uniqueEmail('axe');
    const registered = await apiRegister(server.baseUrl, { name: 'Amira Haddad', email });
    assert.equal(registered.status, 201);
    const manage = new URL(manageLinkOf(await waitForEmail(server.mailDir, email, { subject: CONFIRMATION_SUBJECT })))
      .pathname;
    const follow = await submitPractice(server);
    await signInAsStaff(page, server, {
      email: 'axe-admin@example.org',
      name: 'Axe Admin',
      role: 'admin',
      password: 'a long enough password',
    });
    const base = server.baseUrl;
    const event = `/events/${EVENT_SLUG}`;
    const staffEvent = `/staff/events/${EVENT_SLUG}`;
    pages.push(
      '/',
      event,
      `${event}/programme`,
      await firstLink(page, `${base}${event}/programme`, /^\/events\/[^/]+\/programme\/\d+$/),
      `${event}/register`,
      `${event}/privacy`,
      `${event}/erased`,
      manage,
      `${manage}/data`,
      '/library',
      '/library/submit',
      await firstLink(page, `${base}/library`, /^\/library\/[0-9a-f-]{36}$/),
      follow,
      '/staff/login',
      '/no-such-page',
      '/staff',
      staffEvent,
      `${staffEvent}/registrations`,
      await firstLink(page, `${base}${staffEvent}/registrations`, /^\/staff\/events\/[^/]+\/registrations\/[0-9a-f-]{36}$/),
      `${staffEvent}/programme`,
      await firstLink(page, `${base}${staffEvent}/programme`, /^\/staff\/events\/[^/]+\/programme\/\d+$/),
      `${staffEvent}/check-in`,
      `${staffEvent}/announcements`,
      `${staffEvent}/badges`,
      `${staffEvent}/settings`,
      '/staff/new-event',
      '/staff/accounts',
      '/staff/audit',
      '/staff/library',
      '/staff/library/themes',
      await firstLink(page, `${base}/staff/library`, /^\/staff\/library\/[0-9a-f-]{36}$/),
      `${staffEvent}/streams`,
      await firstLink(page, `${base}${staffEvent}/streams`, /^\/staff\/events\/[^/]+\/streams\/\d+\/publish$/),
      await firstLink(page, `${base}${staffEvent}/streams`, /^\/staff\/events\/[^/]+\/streams\/\d+\/captions$/),
    );
    const player = await firstLink(page, `${base}${manage}`, /^\/manage\/[^/]+\/watch\/\d+$/);
    pages.push(player, player.replace(/^\/manage\/[^/]+\//, `${event}/`));
    await open(page, `${base}${staffEvent}/check-in`);
    const code = await page.locator('[data-testid=arrivals] li', { hasText: 'Amira Haddad' }).getAttribute('data-code');
    pages.push(`/staff/check-in/${code}`);
    const unchecked = routes().filter(({ pattern }) => !pages.some((path) => pattern.test(path.split('?')[0])));
    assert.deepEqual(unchecked.map(({ route }) => route), [], 'every page of the app is checked');
  });

  for (const language of ['en', 'ar']) {
    step(`no violations on any page in ${language}`, async () => {
      await page.goto(`${server.baseUrl}/lang/${language}?next=%2F`);
      const found = [];
      for (const path of pages) {
        await open(page, `${server.baseUrl}${path}`);
        assert.equal(await page.getAttribute('html', 'lang'), language, path);
        assert.equal(await page.getAttribute('html', 'dir'), language === 'ar' ? 'rtl' : 'ltr', path);
        for (const violation of await violations(page)) found.push({ path, ...violation });
      }
      assert.deepEqual(found, [], JSON.stringify(found, null, 2));
      assert.deepEqual(pageErrors, []);
    });
  }

  step('the Arabic event page and registration form are kept as screenshots', async () => {
    await page.goto(`${server.baseUrl}/lang/ar?next=%2F`);
    for (const [label, path] of [
      ['arabic-event-page', `/events/${EVENT_SLUG}`],
      ['arabic-registration-form', `/events/${EVENT_SLUG}/register`],
    ]) {
      await open(page, `${server.baseUrl}${path}`);
      await keepScreenshot(page, label);
    }
  });
});
