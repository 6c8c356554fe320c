// No page makes a request to any other host: every document, script,
// stylesheet, image, font, WebAssembly module and data request of the
// public and staff pages goes to the platform itself, and the Content
// Security Policy blocks nothing the pages need.

import assert from 'node:assert/strict';
import { describe } from 'node:test';
import { EVENT_SLUG, browserStory, open } from './support.mjs';

describe('requests stay on the platform', () => {
  let server;
  let page;
  let pageErrors;
  const step = browserStory('same-origin', (story) => ({ server, page, pageErrors } = story));

  step('every request of the main pages goes to the same origin', async () => {
    const requested = [];
    page.on('request', (request) => requested.push(request.url()));
    for (const path of [
      '/',
      `/events/${EVENT_SLUG}`,
      `/events/${EVENT_SLUG}/programme`,
      `/events/${EVENT_SLUG}/register`,
      '/library',
      '/library/submit',
      '/staff/login',
    ]) {
      await open(page, `${server.baseUrl}${path}`);
    }
    const origin = new URL(server.baseUrl).origin;
    assert.ok(requested.length > 7, 'the pages loaded their resources');
    const elsewhere = requested.filter((url) => !url.startsWith('data:') && new URL(url).origin !== origin);
    assert.deepEqual(elsewhere, []);
    assert.deepEqual(pageErrors, []);
  });
});
