// The check-in page, improved where the browser allows: the camera reads QR
// codes (where the browser has a barcode detector), and scans made while
// the connection is lost (or the server cannot answer) are kept on this
// phone and sent, with the time they were made, when it is back. Without
// this script the page still works with plain forms.

const QUEUE_KEY = 'ikp-check-in-queue';
const RETRY_MS = 5000;
const SAME_CODE_PAUSE_MS = 4000;

const scanner = document.getElementById('scanner');
const result = document.getElementById('check-in-result');
const queueNote = document.getElementById('check-in-queue');
const people = (() => {
  try {
    return JSON.parse(document.getElementById('arrivals')?.dataset.list ?? '[]');
  } catch {
    return [];
  }
})();

function readQueue() {
  try {
    return JSON.parse(localStorage.getItem(QUEUE_KEY) ?? '[]');
  } catch {
    return [];
  }
}

function writeQueue(queue) {
  localStorage.setItem(QUEUE_KEY, JSON.stringify(queue));
  showQueue();
}

function showQueue() {
  const waiting = readQueue().length;
  queueNote.textContent = waiting ? scanner.dataset.waiting.replace('{count}', String(waiting)) : '';
}

function enqueue(scan) {
  const queue = readQueue();
  if (!queue.some((queued) => queued.code === scan.code)) queue.push(scan);
  writeQueue(queue);
}

/** Takes one scan out of the queue, as it is in storage now. */
function dequeue(scan) {
  writeQueue(readQueue().filter((queued) => queued.code !== scan.code));
}

function say(text, tone) {
  result.className = `notice${tone ? ` notice-${tone}` : ''}`;
  result.textContent = text;
}

const tones = { checked_in: 'success', already_checked_in: 'warning', not_expected: 'error', other_event: 'error' };

/** Sends one scan; a network failure throws, any answer from the server is returned. */
async function send(scan) {
  const response = await fetch('/staff/check-in', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify(scan),
    credentials: 'same-origin',
  });
  const body = await response.json().catch(() => ({}));
  return { ok: response.ok, status: response.status, body };
}

/** Whether the server settled the scan (checked in, or answered about the code). */
function settled(status) {
  return status < 500 && status !== 401 && status !== 403;
}

function show({ ok, body }) {
  say(ok ? body.message : body.error ?? scanner.dataset.unknown, ok ? tones[body.outcome] : 'error');
  if (ok && body.outcome === 'checked_in') markDone(body.person?.code);
}

function keep(scan) {
  enqueue(scan);
  const person = people.find((p) => p.code === scan.code);
  say(scanner.dataset.queued.replace('{name}', person ? person.name : scan.code), 'warning');
}

async function checkIn(code) {
  const scan = { code: code.trim(), event: scanner.dataset.event, at: new Date().toISOString() };
  if (!scan.code) return;
  let answer;
  try {
    answer = await send(scan);
  } catch {
    keep(scan);
    return;
  }
  if (settled(answer.status)) show(answer);
  else keep(scan);
}

let flushing = false;

/** Sends the kept scans, oldest first, one flush at a time; stops while the server cannot answer. */
async function flush() {
  if (flushing) return;
  flushing = true;
  try {
    for (let next = readQueue()[0]; next; next = readQueue()[0]) {
      let answer;
      try {
        answer = await send(next);
      } catch {
        return;
      }
      if (!settled(answer.status)) return;
      dequeue(next);
      show(answer);
    }
  } finally {
    flushing = false;
  }
}

function markDone(code) {
  if (!code) return;
  document.querySelector(`[data-code="${CSS.escape(code)}"] form[data-check-in]`)?.remove();
}

/** The check-in code in what a QR code holds: its link, or the bare code. */
function codeOf(text) {
  const match = /\/staff\/check-in\/([A-Za-z0-9_-]+)/.exec(text);
  return match ? match[1] : text.trim();
}

document.addEventListener(
  'submit',
  (event) => {
    const form = event.target.closest('form[data-check-in]');
    if (!form) return;
    event.preventDefault();
    checkIn(codeOf(String(new FormData(form).get('code') ?? '')));
    const field = form.querySelector('input[name=code]:not([type=hidden])');
    if (field) field.value = '';
  },
  true,
);

async function startCamera(button) {
  const video = document.getElementById('scan-video');
  const detector = new window.BarcodeDetector({ formats: ['qr_code'] });
  const stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' } });
  video.srcObject = stream;
  video.hidden = false;
  button.hidden = true;
  await video.play();
  let last = { code: '', at: 0 };
  const look = async () => {
    try {
      const [found] = await detector.detect(video);
      if (found) {
        const code = codeOf(found.rawValue);
        const now = Date.now();
        if (code !== last.code || now - last.at > SAME_CODE_PAUSE_MS) {
          last = { code, at: now };
          await checkIn(code);
        }
      }
    } catch {
      // A frame that cannot be read is skipped.
    }
    setTimeout(look, 250);
  };
  look();
}

if (scanner) {
  const button = document.getElementById('scan-start');
  if ('BarcodeDetector' in window && navigator.mediaDevices?.getUserMedia) {
    button.hidden = false;
    button.addEventListener('click', () => startCamera(button).catch(() => say(scanner.dataset.noCamera, 'error')));
  }
  showQueue();
  window.addEventListener('online', flush);
  setInterval(flush, RETRY_MS);
  flush();
}
