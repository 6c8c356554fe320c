// Page weight on a slow connection: the event page's HTML and CSS, as the
// server sends them compressed, stay under 100 KB together and already
// carry the page's content, so it is readable before any WebAssembly
// arrives. The sizes of the script, the page's messages and the WebAssembly
// module are reported (this suite runs the debug build; scripts/wasm-size.sh
// measures the size-optimised release module).

import assert from 'node:assert/strict';
import { get } from 'node:http';
import { after, before, describe, test } from 'node:test';
import { EVENT_SLUG, EVENT_TITLE, startServer } from './support.mjs';

const BUDGET = 100 * 1024;

/** What travels over the wire for `url` with Brotli or gzip: bytes, encoding and the body. */
function fetchCompressed(url) {
  return new Promise((resolve, reject) => {
    get(url, { headers: { 'accept-encoding': 'br, gzip' } }, (response) => {
      const chunks = [];
      response.on('data', (chunk) => chunks.push(chunk));
      response.on('end', () =>
        resolve({
          status: response.statusCode,
          encoding: response.headers['content-encoding'] ?? 'identity',
          bytes: chunks.reduce((sum, chunk) => sum + chunk.length, 0),
        }),
      );
      response.on('error', reject);
    }).on('error', reject);
  });
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

describe('page weight', () => {
  let server;
  before(async () => {
    server = await startServer();
  }, { timeout: 120_000 });
  after(async () => server?.stop());

  test('the event page is readable and under 100 KB compressed before WebAssembly', async () => {
    const url = `${server.baseUrl}/events/${EVENT_SLUG}`;
    const html = await (await fetch(url)).text();
    assert.ok(html.includes(EVENT_TITLE), 'the server-rendered page carries the event');
    const stylesheets = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)].map((m) => m[1]);
    assert.ok(stylesheets.length > 0, 'the page links its stylesheet');
    const page = await fetchCompressed(url);
    assert.equal(page.status, 200);
    assert.notEqual(page.encoding, 'identity', 'the page is sent compressed');
    let total = page.bytes;
    for (const stylesheet of stylesheets) {
      const css = await fetchCompressed(new URL(stylesheet, url).href);
      assert.equal(css.status, 200, stylesheet);
      total += css.bytes;
    }
    const script = await fetchCompressed(`${server.baseUrl}/pkg/ikp.js`);
    const wasm = await fetchCompressed(`${server.baseUrl}/pkg/ikp.wasm`);
    console.log(
      `event page: HTML ${kb(page.bytes)} + CSS ${kb(total - page.bytes)} = ${kb(total)} (${page.encoding}); ` +
        `then script ${kb(script.bytes)} and ` +
        `WebAssembly ${kb(wasm.bytes)} (${wasm.encoding}, debug build)`,
    );
    assert.ok(total < BUDGET, `HTML and CSS weigh ${kb(total)}, over the budget of ${kb(BUDGET)}`);
  });
});
