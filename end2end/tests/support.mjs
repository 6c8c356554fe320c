// Shared helpers of the end-to-end tests: a server of our own on a free port
// with its own data folder, the system Chromium, and the emails the server
// writes as .eml files into DATA_DIR/mail.

import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import { after, before, test } from 'node:test';
import { chromium } from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));
/** The repository root (end2end/..): the server runs from there. */
export const REPO_ROOT = resolve(here, '..', '..');
export const SERVER_BIN = resolve(REPO_ROOT, 'target', 'debug', 'server');
export const SITE_ROOT = join(REPO_ROOT, 'target', 'site');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const EVENT_SLUG = 'ikp-2025';
export const EVENT_TITLE = 'International Exchange Event 2025';
export const CONFIRMATION_SUBJECT = `Your registration for ${EVENT_TITLE}`;
/** A manage link as emails carry it: the site's address and a 43-character secret. */
export const MANAGE_LINK = /http:\/\/127\.0\.0\.1:\d+\/manage\/[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])/;
/** The path of a registration page, as the browser shows it. */
export const MANAGE_PATH = /\/manage\/[A-Za-z0-9_-]{43}(?:\?|$)/;

/** Generous limits: the debug build is slow, and so is a 2-core machine. */
export const SERVER_START_TIMEOUT = 60_000;
export const UI_TIMEOUT = 30_000;
export const EMAIL_TIMEOUT = 20_000;

// ---------------------------------------------------------------------------
// The server

/** A TCP port nobody listens on right now. */
export async function freePort() {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolvePort(port));
    });
  });
}

/** Fails early, and clearly, when the app has not been built. */
export function assertBuilt() {
  const missing = [];
  if (!existsSync(SERVER_BIN)) missing.push(SERVER_BIN);
  const pkg = join(SITE_ROOT, 'pkg');
  if (!existsSync(join(pkg, 'ikp.js'))) missing.push(join(pkg, 'ikp.js'));
  if (!existsSync(join(pkg, 'ikp_bg.wasm')) && !existsSync(join(pkg, 'ikp.wasm'))) {
    missing.push(join(pkg, 'ikp.wasm'));
  }
  if (!existsSync(join(pkg, 'ikp.css'))) missing.push(join(pkg, 'ikp.css'));
  if (missing.length > 0) {
    throw new Error(
      `The app is not built (missing ${missing.join(', ')}). ` +
        'Build it first: cd /work/main && LEPTOS_OUTPUT_NAME=ikp cargo leptos build',
    );
  }
}

/**
 * Starts the server with the demo event, a fresh DATA_DIR and no rate limit,
 * and waits until /health answers. Returns { baseUrl, port, dataDir,
 * mailDir, output(), stop() }.
 */
export async function startServer({ env = {} } = {}) {
  assertBuilt();
  const dataDir = await mkdtemp(join(tmpdir(), 'ikp-e2e-'));
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  let output = '';
  const child = spawn(SERVER_BIN, [], {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      DATA_DIR: dataDir,
      DEMO: 'true',
      REGISTRATION_RATE_LIMIT: '0',
      LEPTOS_SITE_ADDR: `127.0.0.1:${port}`,
      LEPTOS_SITE_ROOT: 'target/site',
      LEPTOS_OUTPUT_NAME: 'ikp',
      RUST_LOG: process.env.RUST_LOG ?? 'warn',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const collect = (chunk) => {
    output += chunk.toString();
    if (output.length > 200_000) output = output.slice(-100_000);
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  let exited = null;
  const exit = new Promise((resolveExit) => {
    child.on('exit', (code, signal) => {
      exited = { code, signal };
      resolveExit(exited);
    });
  });

  const stop = async () => {
    if (exited === null) {
      child.kill('SIGINT'); // the server shuts down gracefully on Ctrl-C
      const stopped = await Promise.race([exit, sleep(5_000).then(() => null)]);
      if (stopped === null && exited === null) {
        child.kill('SIGKILL');
        await exit;
      }
    }
    if (!process.env.KEEP_E2E_DATA) {
      await rm(dataDir, { recursive: true, force: true });
    }
  };

  const deadline = Date.now() + SERVER_START_TIMEOUT;
  try {
    for (;;) {
      if (exited !== null) {
        throw new Error(`the server exited (${JSON.stringify(exited)}) before it was ready:\n${output}`);
      }
      if (output.includes('Listening on')) {
        try {
          const response = await fetch(`${baseUrl}/health`);
          if (response.ok && (await response.text()).trim() === 'ok') break;
        } catch {
          // not listening yet
        }
      }
      if (Date.now() > deadline) {
        throw new Error(`the server was not ready within ${SERVER_START_TIMEOUT} ms:\n${output}`);
      }
      await sleep(200);
    }
  } catch (error) {
    await stop();
    throw error;
  }

  return {
    baseUrl,
    port,
    dataDir,
    mailDir: join(dataDir, 'mail'),
    output: () => output,
    stop,
  };
}

/**
 * Makes a staff account with `server create-admin` in the server's data
 * folder, and signs in with it on `page` (`hydrate: false` when the page
 * runs without JavaScript).
 */
export async function signInAsStaff(page, server, { email, name, role, password, hydrate }) {
  const made = spawnSync(SERVER_BIN, ['create-admin', '--email', email, '--name', name, '--role', role], {
    cwd: REPO_ROOT,
    env: { ...process.env, DATA_DIR: server.dataDir, ADMIN_PASSWORD: password, RUST_LOG: 'warn' },
    encoding: 'utf8',
  });
  if (made.status !== 0) throw new Error(`create-admin failed: ${made.stderr}`);
  await open(page, `${server.baseUrl}/staff/login`, { hydrate });
  await page.fill('#f-staff-email', email);
  await page.fill('#f-staff-password', password);
  await page.getByRole('button', { name: 'Staff sign-in' }).click();
  await page.waitForURL(/\/staff$/);
}

// ---------------------------------------------------------------------------
// The JSON API

/** Registers someone through the open API; returns { status, body }. */
export async function apiRegister(baseUrl, person) {
  const response = await fetch(`${baseUrl}/api/v1/events/${EVENT_SLUG}/registrations`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({
      country: 'NL',
      function: 'Reception officer',
      organisation: 'COA',
      attendance: 'in_person',
      language: 'en',
      privacy_consent: true,
      ...person,
    }),
  });
  const text = await response.text();
  let body;
  try {
    body = JSON.parse(text);
  } catch {
    body = text;
  }
  return { status: response.status, body };
}

/** The event as the open API tells it. */
export async function apiEvent(baseUrl) {
  const response = await fetch(`${baseUrl}/api/v1/events/${EVENT_SLUG}`);
  if (!response.ok) throw new Error(`GET event: ${response.status}`);
  return response.json();
}

// ---------------------------------------------------------------------------
// The browser

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  // A generated camera picture and tone instead of real devices, allowed
  // without asking (the live-streaming story publishes from the browser).
  '--use-fake-device-for-media-stream',
  '--use-fake-ui-for-media-stream',
];

export async function launchBrowser() {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM} (apt-get install chromium)`);
  }
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, timeout: 60_000 });
}

/** Whether a browser context runs scripts, so `open` knows whether to wait for hydration. */
const scriptsRun = new WeakMap();

/** A browser context as a person in English would have it. */
export async function newContext(browser, { javaScriptEnabled = true } = {}) {
  const context = await browser.newContext({
    javaScriptEnabled,
    locale: 'en-GB',
    timezoneId: 'Europe/Amsterdam',
    viewport: { width: 1280, height: 900 },
  });
  context.setDefaultTimeout(UI_TIMEOUT);
  context.setDefaultNavigationTimeout(UI_TIMEOUT * 2);
  scriptsRun.set(context, javaScriptEnabled);
  return context;
}

/**
 * Collects what goes wrong inside pages: uncaught errors (e.g. a wasm panic)
 * and anything the Content Security Policy blocked.
 */
export function watchPageErrors(page) {
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error?.stack ?? error)));
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) {
      errors.push(message.text());
    }
  });
  return errors;
}

/**
 * Waits until the page's islands are alive (the WebAssembly module marks
 * `<html data-hydrated>` once Leptos has hydrated them), the network is
 * quiet, and the page has rendered a couple of frames since.
 */
export async function waitForHydration(page) {
  await page.waitForLoadState('load');
  await page.waitForFunction(() => document.documentElement.hasAttribute('data-hydrated'), null, {
    timeout: UI_TIMEOUT * 2,
  });
  await page.waitForLoadState('networkidle');
  await page.evaluate(
    () =>
      new Promise((done) =>
        requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 0))),
      ),
  );
}

/** Opens `url` and, with JavaScript on, waits for hydration. */
export async function open(page, url, { hydrate = scriptsRun.get(page.context()) ?? true } = {}) {
  await page.goto(url, { waitUntil: 'load' });
  if (hydrate) await waitForHydration(page);
}

/**
 * Starts listening for the POST a form sends to its server function; await
 * the returned promise after submitting. Resolves to the request.
 */
export function nextFormPost(page) {
  return page.waitForRequest(
    (request) => request.method() === 'POST' && new URL(request.url()).pathname.startsWith('/api/'),
    { timeout: UI_TIMEOUT },
  );
}

/** Fills the registration (or change) form with `person`'s details. */
export async function fillRegistration(page, person) {
  if (person.name !== undefined) await page.locator('#f-name').fill(person.name);
  if (person.email !== undefined) await page.locator('#f-email').fill(person.email);
  if (person.organisation !== undefined) await page.locator('#f-organisation').fill(person.organisation);
  if (person.function !== undefined) await page.locator('#f-function').fill(person.function);
  if (person.country !== undefined) await page.locator('#f-country').selectOption(person.country);
  if (person.attendance === 'in_person') await page.locator('#f-attendance').check();
  if (person.attendance === 'online') await page.locator('#f-attendance-online').check();
  if (person.language !== undefined) await page.locator('#f-language').selectOption(person.language);
  if (person.accessibility_needs !== undefined) {
    await page.locator('#f-accessibility_needs').fill(person.accessibility_needs);
  }
  if (person.dietary_needs !== undefined) await page.locator('#f-dietary_needs').fill(person.dietary_needs);
  if (person.list_consent === true) await page.locator('#f-list_consent').check();
  if (person.list_consent === false) await page.locator('#f-list_consent').uncheck();
  if (person.privacy_consent === true) await page.locator('#f-privacy_consent').check();
  if (person.privacy_consent === false) await page.locator('#f-privacy_consent').uncheck();
}

/** The error message shown next to the field with id `f-<field>`, as a locator. */
export function fieldError(page, field) {
  return page.locator('.field', { has: page.locator(`#f-${field}`) }).locator('.field-error');
}

/** A unique, valid email address for one test person. */
let counter = 0;
export function uniqueEmail(label) {
  counter += 1;
  return `${label}.${process.pid}.${Date.now().toString(36)}.${counter}@example.org`;
}

/** Polls `probe` until it returns a truthy value, or fails with `message`. */
export async function eventually(probe, { timeout = UI_TIMEOUT, interval = 200, message = 'condition' } = {}) {
  const deadline = Date.now() + timeout;
  let last;
  for (;;) {
    try {
      last = await probe();
      if (last) return last;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline) {
      throw new Error(`timed out waiting for ${message} (last: ${last instanceof Error ? last.message : JSON.stringify(last)})`);
    }
    await sleep(interval);
  }
}

// ---------------------------------------------------------------------------
// Emails

/** Decodes quoted-printable text: soft line breaks and =XX escapes (UTF-8). */
export function decodeQuotedPrintable(text) {
  const joined = text.replace(/=\r?\n/g, '');
  const bytes = [];
  for (let i = 0; i < joined.length; i += 1) {
    const c = joined[i];
    if (c === '=' && /^[0-9A-Fa-f]{2}$/.test(joined.slice(i + 1, i + 3))) {
      bytes.push(parseInt(joined.slice(i + 1, i + 3), 16));
      i += 2;
    } else {
      bytes.push(...Buffer.from(c, 'utf8'));
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

/** Decodes RFC 2047 encoded words in a header value. */
function decodeHeaderValue(value) {
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?([^?]+)\?([bBqQ])\?([^?]*)\?=/g, (_, _charset, encoding, data) =>
      encoding.toUpperCase() === 'B'
        ? Buffer.from(data, 'base64').toString('utf8')
        : decodeQuotedPrintable(data.replace(/_/g, ' ')),
    );
}

/** Splits a MIME entity into its (unfolded, lower-cased) headers and body. */
function splitEntity(raw) {
  const match = /\r?\n\r?\n/.exec(raw);
  const head = match ? raw.slice(0, match.index) : raw;
  const body = match ? raw.slice(match.index + match[0].length) : '';
  const headers = {};
  for (const line of head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    const value = decodeHeaderValue(line.slice(colon + 1).trim());
    headers[name] = headers[name] === undefined ? value : `${headers[name]}, ${value}`;
  }
  return { headers, body };
}

function headerParam(value, name) {
  const match = new RegExp(`${name}\\s*=\\s*(?:"([^"]*)"|([^;\\s]+))`, 'i').exec(value ?? '');
  return match ? (match[1] ?? match[2]) : undefined;
}

function decodeBody(body, encoding) {
  switch ((encoding ?? '').toLowerCase()) {
    case 'quoted-printable':
      return decodeQuotedPrintable(body);
    case 'base64':
      return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
    default:
      return body;
  }
}

/**
 * Parses a MIME entity into its leaf parts: [{ contentType, disposition,
 * filename, body }]. Throws when a multipart is incomplete (the file is
 * still being written).
 */
function parseParts(raw) {
  const { headers, body } = splitEntity(raw);
  const contentType = headers['content-type'] ?? 'text/plain';
  if (/^multipart\//i.test(contentType)) {
    const boundary = headerParam(contentType, 'boundary');
    if (!boundary) throw new Error('multipart without boundary');
    const delimiter = `--${boundary}`;
    if (!body.includes(`${delimiter}--`)) throw new Error('incomplete multipart');
    const inner = body.slice(0, body.indexOf(`${delimiter}--`));
    return inner
      .split(delimiter)
      .slice(1)
      .flatMap((section) => parseParts(section.replace(/^\r?\n/, '').replace(/\r?\n$/, '')));
  }
  const disposition = headers['content-disposition'];
  return [
    {
      contentType,
      disposition,
      filename: headerParam(disposition, 'filename') ?? headerParam(contentType, 'name'),
      body: decodeBody(body, headers['content-transfer-encoding']),
    },
  ];
}

/** Parses an .eml file's text into { headers, to, subject, text, html, attachments, raw }. */
export function parseEmail(raw) {
  const { headers } = splitEntity(raw);
  const parts = parseParts(raw);
  const attachments = parts.filter((p) => /attachment/i.test(p.disposition ?? ''));
  const inline = parts.filter((p) => !attachments.includes(p));
  return {
    headers,
    to: headers.to ?? '',
    subject: headers.subject ?? '',
    text: inline.filter((p) => /^text\/plain/i.test(p.contentType)).map((p) => p.body).join('\n'),
    html: inline.filter((p) => /^text\/html/i.test(p.contentType)).map((p) => p.body).join('\n'),
    attachments,
    raw,
  };
}

/** Every complete email in `mailDir`, newest first (each with file and mtimeMs). */
export async function readEmails(mailDir) {
  let names;
  try {
    names = (await readdir(mailDir)).filter((name) => name.endsWith('.eml'));
  } catch (error) {
    if (error.code === 'ENOENT') return [];
    throw error;
  }
  const emails = [];
  for (const name of names) {
    const file = join(mailDir, name);
    try {
      const [raw, info] = await Promise.all([readFile(file, 'utf8'), stat(file)]);
      emails.push({ ...parseEmail(raw), file, mtimeMs: info.mtimeMs });
    } catch {
      // still being written: it is read on the next look
    }
  }
  return emails.sort((a, b) => b.mtimeMs - a.mtimeMs);
}

function addressedTo(email, address) {
  const to = email.to.toLowerCase();
  const wanted = address.toLowerCase();
  return to.includes(`<${wanted}>`) || to.split(/[\s,]+/).includes(wanted);
}

/**
 * Waits for the newest email to `to` (optionally whose subject includes or
 * matches `subject`, and that is not among the files in `except`).
 */
export async function waitForEmail(mailDir, to, { subject, except = [], timeout = EMAIL_TIMEOUT } = {}) {
  const skip = new Set(except.map((e) => (typeof e === 'string' ? e : e.file)));
  const matchesSubject = (email) =>
    subject === undefined ||
    (subject instanceof RegExp ? subject.test(email.subject) : email.subject.includes(subject));
  return eventually(
    async () =>
      (await readEmails(mailDir)).find(
        (email) => !skip.has(email.file) && addressedTo(email, to) && matchesSubject(email),
      ),
    { timeout, interval: 250, message: `an email to ${to}${subject ? ` about "${subject}"` : ''} in ${mailDir}` },
  );
}

/** The manage link an email carries, from its decoded text (or, failing that, its raw text decoded). */
export function manageLinkOf(email) {
  const found =
    MANAGE_LINK.exec(email.text) ?? MANAGE_LINK.exec(email.html) ?? MANAGE_LINK.exec(decodeQuotedPrintable(email.raw));
  return found ? found[0] : undefined;
}

// ---------------------------------------------------------------------------
// Steps of one story

export const RESULTS_DIR = resolve(here, '..', 'test-results');

/**
 * Steps that tell one story in order: once a step fails, the later ones are
 * skipped rather than failing for the same reason. `onFailure(name)` runs
 * when a step fails (e.g. to keep a screenshot).
 */
export function storySteps(test, { onFailure } = {}) {
  let broken = null;
  return (name, fn, { timeout = 180_000 } = {}) =>
    test(name, { timeout }, async (t) => {
      if (broken) {
        t.skip(`skipped: the step "${broken}" failed`);
        return;
      }
      try {
        await fn(t);
      } catch (error) {
        broken = name;
        if (onFailure) {
          try {
            await onFailure(name);
          } catch {
            // the failure itself is what matters
          }
        }
        throw error;
      }
    });
}

/** Keeps a screenshot of `page` under end2end/test-results/ for a failed step. */
export async function keepScreenshot(page, label) {
  if (!page || page.isClosed()) return;
  const { mkdir } = await import('node:fs/promises');
  await mkdir(RESULTS_DIR, { recursive: true });
  const file = join(RESULTS_DIR, `${label.replace(/[^A-Za-z0-9_-]+/g, '_').slice(0, 80)}.png`);
  await page.screenshot({ path: file, fullPage: true, timeout: 10_000 });
  console.error(`screenshot: ${file} (${page.url()})`);
}

// ---------------------------------------------------------------------------
// Waiting assertions on what the page shows (playwright-core has no `expect`)

function matches(actual, expected) {
  return expected instanceof RegExp ? expected.test(actual) : actual.includes(expected);
}

/** Waits until `locator`'s visible text contains (or matches) `expected`. */
export async function expectText(locator, expected, { timeout = UI_TIMEOUT } = {}) {
  let last = '(not found)';
  await eventually(
    async () => {
      if ((await locator.count()) === 0) return false;
      last = ((await locator.first().innerText()) ?? '').replace(/\s+/g, ' ').trim();
      return matches(last, expected);
    },
    { timeout, message: `text ${expected} in ${locator}` },
  ).catch(() => {
    throw new Error(`expected ${locator} to show ${expected}, but it shows: "${last}"`);
  });
  return last;
}

/** Waits until `locator`'s attribute `name` equals `expected`. */
export async function expectAttribute(locator, name, expected, { timeout = UI_TIMEOUT } = {}) {
  let last = '(not found)';
  await eventually(
    async () => {
      if ((await locator.count()) === 0) return false;
      last = await locator.first().getAttribute(name);
      return last === expected;
    },
    { timeout, message: `${name}=${expected} on ${locator}` },
  ).catch(() => {
    throw new Error(`expected ${locator} to have ${name}="${expected}", but it has "${last}"`);
  });
}

/** Waits until the form control `locator` holds `expected`. */
export async function expectValue(locator, expected, { timeout = UI_TIMEOUT } = {}) {
  let last = '(not found)';
  await eventually(
    async () => {
      if ((await locator.count()) === 0) return false;
      last = await locator.first().inputValue();
      return last === expected;
    },
    { timeout, message: `value ${expected} of ${locator}` },
  ).catch(() => {
    throw new Error(`expected ${locator} to hold "${expected}", but it holds "${last}"`);
  });
}

/** Waits until `locator` matches no element (or only hidden ones). */
export async function expectHidden(locator, { timeout = UI_TIMEOUT } = {}) {
  await locator.first().waitFor({ state: 'hidden', timeout });
}

/**
 * The set-up every story file shares: its own server and browser, a first
 * page (JavaScript on unless `javaScriptEnabled: false`), torn down after the
 * file (`env` adds to the server's environment); and steps that keep a screenshot (of `screenshotPage()`, else the
 * first page) and the server's log when one fails. `ready` receives
 * { server, browser, context, page, pageErrors } once they are up.
 */
export function browserStory(label, ready, { javaScriptEnabled = true, screenshotPage, env = {} } = {}) {
  const story = {};
  before(async () => {
    story.server = await startServer({ env });
    story.browser = await launchBrowser();
    story.context = await newContext(story.browser, { javaScriptEnabled });
    story.page = await story.context.newPage();
    story.pageErrors = watchPageErrors(story.page);
    ready(story);
  }, { timeout: 120_000 });
  after(async () => {
    await story.browser?.close();
    await story.server?.stop();
  }, { timeout: 60_000 });
  return storySteps(test, {
    onFailure: async (name) => {
      await keepScreenshot(screenshotPage?.() ?? story.page, `${label}-${name}`);
      console.error(story.server?.output().slice(-4000));
    },
  });
}
