// Live streaming in the browser: an organizer makes a publish token for
// OBS, then publishes a session from the browser (Chromium's generated
// camera and tone); a registered participant opens the player from their
// link and the video decodes, frame after frame; the organizer's overview
// and dashboard show the stream live with its viewer; a captioner's lines
// appear as the player's captions; someone without a registration is asked
// to register.

import assert from 'node:assert/strict';
import { describe } from 'node:test';
import {
  EVENT_SLUG,
  apiRegister,
  browserStory,
  eventually,
  expectText,
  manageLinkOf,
  open,
  signInAsStaff,
  uniqueEmail,
  waitForEmail,
  waitForHydration,
  watchPageErrors,
} from './support.mjs';

/** Keeps every RTCPeerConnection the page makes, for `getStats()`. */
function recordConnections() {
  const Original = window.RTCPeerConnection;
  window.__connections = [];
  window.RTCPeerConnection = class extends Original {
    constructor(...args) {
      super(...args);
      window.__connections.push(this);
    }
  };
}

/** Frames the player's video has decoded, from WebRTC's own statistics. */
async function framesDecoded(page) {
  return page.evaluate(async () => {
    let frames = 0;
    for (const connection of window.__connections ?? []) {
      const stats = await connection.getStats();
      stats.forEach((report) => {
        if (report.type === 'inbound-rtp' && report.kind === 'video') frames = Math.max(frames, report.framesDecoded ?? 0);
      });
    }
    return frames;
  });
}

describe('live streaming', () => {
  let server;
  let page;
  let pageErrors;
  let context;
  let viewer;
  let publisher;
  let publisherErrors;
  let streamsUrl;
  let watchUrl;
  const email = uniqueEmail('viewer');

  const step = browserStory('streaming', (story) => ({ server, page, pageErrors, context } = story), {
    env: { MEDIA_BIND_ADDRESS: '127.0.0.1' },
    screenshotPage: () => viewer ?? page,
  });

  step('an organizer makes a publish token for OBS, shown once with the WHIP address', async () => {
    await signInAsStaff(page, server, { email: 'olga@example.org', name: 'Olga Organizer', role: 'organizer', password: 'a long organizer password' });
    streamsUrl = `${server.baseUrl}/staff/events/${EVENT_SLUG}/streams`;
    await open(page, streamsUrl);
    const stream = page.locator('[data-testid=stream]').first();
    await expectText(stream.locator('[data-testid=stream-status]'), 'Not live');
    await stream.getByRole('button', { name: 'Make a publish token' }).click();
    await expectText(stream.locator('[data-testid=publish-token]'), /^[A-Za-z0-9_-]{43}$/);
    await expectText(stream.locator('[data-testid=whip-url]'), new RegExp(`^${server.baseUrl}/whip/\\d+$`));
  });

  step('the organizer publishes from the browser, in a tab of its own', async () => {
    const stream = page.locator('[data-testid=stream]').first();
    const href = await stream.getByRole('link', { name: 'Publish from this browser' }).getAttribute('href');
    publisher = await context.newPage();
    publisherErrors = watchPageErrors(publisher);
    await open(publisher, `${server.baseUrl}${href}`);
    await publisher.getByRole('button', { name: 'Start streaming' }).click();
    await expectText(publisher.locator('[data-testid=publisher-status]'), 'Live: people can watch now.', { timeout: 30_000 });
  });

  step('a registered participant opens the player from their link and the video decodes', async () => {
    assert.equal((await apiRegister(server.baseUrl, { name: 'Remote viewer', email, attendance: 'online' })).status, 201);
    const manage = manageLinkOf(await waitForEmail(server.mailDir, email));
    viewer = await context.newPage();
    await viewer.addInitScript(recordConnections);
    await open(viewer, manage);
    const list = viewer.locator('[data-testid=watch-list]');
    await expectText(list, /Live now/);
    await Promise.all([viewer.waitForURL(/\/watch\/\d+$/), list.getByRole('link').first().click()]);
    watchUrl = viewer.url();
    await expectText(viewer.locator('[data-testid=player-status]'), 'Live', { timeout: 30_000 });
    const start = viewer.locator('#player-start');
    if (await start.count()) await start.click();
    const first = await eventually(async () => (await framesDecoded(viewer)) > 0 && framesDecoded(viewer), { timeout: 30_000, message: 'decoded frames' });
    const later = await eventually(async () => {
      const now = await framesDecoded(viewer);
      return now > first + 10 && now;
    }, { timeout: 30_000, message: 'more decoded frames' });
    assert.ok(later > first, `frames decoded kept increasing: ${first} then ${later}`);
  });

  step('the overview shows the stream live with one viewer', async () => {
    await open(page, streamsUrl);
    await expectText(page.locator('[data-testid=stream-status]').first(), /Live since .* · \d+ kbit\/s · one viewer/, { timeout: 20_000 });
  });

  step('the dashboard lists the live stream', async () => {
    await open(page, `${server.baseUrl}/staff/events/${EVENT_SLUG}`);
    await expectText(page.locator('[data-testid=live-streams]'), /live for .* · \d+ kbit\/s · one viewer/);
  });

  step('a captioner types lines; the participant sees them as captions under the picture', async () => {
    await open(page, streamsUrl);
    await Promise.all([
      page.waitForURL(/\/captions$/),
      page.locator('[data-testid=stream]').first().getByRole('link', { name: 'Live captions' }).click(),
    ]);
    // Lines go without leaving the page once its island is hydrated.
    await waitForHydration(page);
    const line = page.getByLabel('Caption line');
    await page.getByRole('button', { name: 'Send line' }).click();
    await expectText(page.locator('.error-summary'), /Type the caption line first/);
    await line.fill('Welcome to the session on reception conditions');
    await page.getByRole('button', { name: 'Send line' }).click();
    await expectText(page.locator('[data-testid=caption-lines] li').first(), /Welcome to the session on reception conditions/);
    assert.equal(await page.getByLabel('Caption line').inputValue(), '', 'the box is empty for the next line');
    await eventually(() => page.evaluate(() => document.activeElement?.id === 'f-caption'), { message: 'the focus stays in the box' });
    const shown = await eventually(() => viewer.evaluate(() => {
      const track = [...document.getElementById('player-video').textTracks].find((t) => t.kind === 'captions');
      return track?.mode === 'showing' && [...(track.cues ?? [])].map((cue) => cue.text).join(' | ');
    }), { timeout: 10_000, message: 'the caption in the player' });
    assert.equal(shown, 'Welcome to the session on reception conditions');
  });

  step('a line that cannot be sent stays in the box, and the captioner is told', async () => {
    const line = page.getByLabel('Caption line');
    await page.route('**/api/**', (route) => route.abort('internetdisconnected'));
    try {
      await line.fill('This line meets a lost connection');
      await page.getByRole('button', { name: 'Send line' }).click();
      await expectText(page.locator('.notice-error'), 'We could not reach the server. Check your connection and try again.');
      assert.equal(await line.inputValue(), 'This line meets a lost connection', 'nothing typed is lost');
    } finally {
      await page.unroute('**/api/**');
    }
    await page.getByRole('button', { name: 'Send line' }).click();
    await expectText(page.locator('[data-testid=caption-lines] li').first(), /This line meets a lost connection/);
    assert.equal(await page.locator('.notice-error').count(), 0, 'the message goes once the line is sent');
    assert.equal(await line.inputValue(), '');
  });

  step('a line whose answer is lost is stored once when sent again', async () => {
    const line = page.getByLabel('Caption line');
    // The line reaches the server; its answer never comes back.
    await page.route('**/api/**', async (route) => {
      await route.fetch();
      await route.abort('internetdisconnected');
    });
    try {
      await line.fill('This answer gets lost on the way back');
      await page.getByRole('button', { name: 'Send line' }).click();
      await expectText(page.locator('.notice-error'), 'We could not reach the server. Check your connection and try again.');
    } finally {
      await page.unroute('**/api/**');
    }
    await page.getByRole('button', { name: 'Send line' }).click();
    await expectText(page.locator('[data-testid=caption-lines] li').first(), /This answer gets lost on the way back/);
    const lines = await page.locator('[data-testid=caption-lines] li').allTextContents();
    assert.equal(lines.filter((text) => text.includes('This answer gets lost')).length, 1, 'stored once');
    assert.match(lines[1], /This line meets a lost connection/);
  });

  step('a captioner whose session has ended is told so, and the line stays', async () => {
    const line = page.getByLabel('Caption line');
    const signedIn = await context.cookies();
    await context.clearCookies();
    try {
      await line.fill('This line waits for a sign-in');
      await page.getByRole('button', { name: 'Send line' }).click();
      await expectText(page.locator('.notice-error'), 'Please sign in to see this page.');
      assert.equal(await line.inputValue(), 'This line waits for a sign-in', 'nothing typed is lost');
    } finally {
      await context.addCookies(signedIn);
    }
    await page.getByRole('button', { name: 'Send line' }).click();
    await expectText(page.locator('[data-testid=caption-lines] li').first(), /This line waits for a sign-in/);
    assert.equal(await page.locator('.notice-error').count(), 0, 'the message goes once the line is sent');
    assert.equal(await line.inputValue(), '');
  });

  step('without a registration the player asks to register', async () => {
    const stranger = await context.browser().newContext();
    const anonymous = await stranger.newPage();
    const publicUrl = watchUrl.replace(/\/manage\/[^/]+\/watch\//, `/events/${EVENT_SLUG}/watch/`);
    await anonymous.goto(publicUrl);
    await expectText(anonymous.locator('[data-testid=register-to-watch]'), /Only registered participants can watch this stream/);
    assert.equal(await anonymous.locator('video').count(), 0, 'no player, so no media');
    await stranger.close();
  });

  step('stopping ends the stream; the player says so and waits for it again', async () => {
    await publisher.getByRole('button', { name: 'Stop streaming' }).click();
    await expectText(publisher.locator('[data-testid=publisher-status]'), 'Stopped.');
    await expectText(viewer.locator('[data-testid=player-status]'), /has not started yet/, { timeout: 40_000 });
    await open(page, streamsUrl);
    await expectText(page.locator('[data-testid=stream-status]').first(), 'Not live');
  });

  step('no page raised an uncaught error', async () => {
    assert.deepEqual([...pageErrors, ...publisherErrors], []);
  });
});
