// The live player: watches a session's stream over WHEP (the offer goes
// out, the answer comes back), says in words what is happening, and
// reconnects by itself while the stream has not started or after it drops,
// waiting a little longer each time (with some randomness, so that a whole
// audience does not come back at the same moment). Live captions arrive as
// server-sent events and show as the video's captions track.

import { gatheringDone, iceServers, refusal } from './webrtc-common.js';

const FIRST_WAIT_MS = 3000;
/** How long a caption line stays when no next line replaces it. */
const CAPTION_SECONDS = 7;
const LONGEST_WAIT_MS = 30000;
const box = document.getElementById('player');
const video = document.getElementById('player-video');
const statusLine = document.getElementById('player-status');
let connection = null;
let resource = null;
let retryTimer = null;
let wait = FIRST_WAIT_MS;
let captions = null;
let captionsTrack = null;
let lastCue = null;
let waitingCaption = null;

function say(state, text = box.dataset[state]) {
  box.dataset.state = state;
  statusLine.textContent = text;
}

function leave() {
  if (connection) {
    connection.onconnectionstatechange = null;
    connection.close();
    connection = null;
  }
  if (resource) {
    fetch(resource, { method: 'DELETE', keepalive: true }).catch(() => {});
    resource = null;
  }
}

function retry(state, afterMs, text) {
  leave();
  say(state, text);
  clearTimeout(retryTimer);
  const jitter = 0.7 + Math.random() * 0.6;
  retryTimer = setTimeout(attempt, (afterMs ?? wait) * jitter);
  wait = Math.min(wait * 2, LONGEST_WAIT_MS);
}

/** Browsers may refuse to start sound without a click: then a button asks. */
async function play() {
  try {
    await video.play();
  } catch {
    if (document.getElementById('player-start')) return;
    const button = document.createElement('button');
    button.type = 'button';
    button.id = 'player-start';
    button.className = 'button';
    button.textContent = box.dataset.play;
    button.addEventListener('click', () => {
      button.remove();
      video.play().catch(() => {});
    });
    video.after(button);
  }
}

async function connect() {
  say('connecting');
  const peer = new RTCPeerConnection({ iceServers: iceServers(box) });
  connection = peer;
  peer.addTransceiver('audio', { direction: 'recvonly' });
  peer.addTransceiver('video', { direction: 'recvonly' });
  const stream = new MediaStream();
  peer.ontrack = (event) => {
    stream.addTrack(event.track);
    video.srcObject = stream;
  };
  peer.onconnectionstatechange = () => {
    if (connection !== peer) return;
    const state = peer.connectionState;
    if (state === 'connected') {
      wait = FIRST_WAIT_MS;
      say('live');
      play();
    } else if (state === 'failed' || state === 'closed' || state === 'disconnected') {
      retry('dropped');
    }
  };
  await peer.setLocalDescription(await peer.createOffer());
  await gatheringDone(peer);
  if (connection !== peer) return;
  const headers = { 'Content-Type': 'application/sdp' };
  if (box.dataset.token) headers.Authorization = `Bearer ${box.dataset.token}`;
  const response = await fetch(box.dataset.whep, { method: 'POST', headers, body: peer.localDescription.sdp });
  if (connection !== peer) return;
  if (response.status === 409) {
    retry('waiting');
    return;
  }
  if ([401, 403, 404].includes(response.status)) {
    // No permission to watch, or no such stream: trying again would not help.
    const message = await refusal(response, box.dataset.dropped);
    leave();
    captions?.close();
    say('refused', message);
    return;
  }
  if (!response.ok) {
    // A full server, or too many screens: say so, and try again when told.
    const later = Number(response.headers.get('Retry-After')) * 1000;
    const busy = [429, 503].includes(response.status);
    const message = busy ? await refusal(response, box.dataset.dropped) : undefined;
    retry('dropped', later > 0 ? later : undefined, message);
    return;
  }
  resource = response.headers.get('Location');
  await peer.setRemoteDescription({ type: 'answer', sdp: await response.text() });
}

function attempt() {
  connect().catch(() => retry('dropped'));
}

/**
 * Shows a caption line until the next one (or for a few seconds), timed on
 * the video's clock; a line that comes before the picture waits for it.
 */
function showCaption(text) {
  if (video.paused || video.readyState < HTMLMediaElement.HAVE_CURRENT_DATA) {
    waitingCaption = text;
    return;
  }
  if (!captionsTrack) {
    captionsTrack = video.addTextTrack('captions', box.dataset.captionsLabel, document.documentElement.lang);
    captionsTrack.mode = 'showing';
  }
  const now = video.currentTime;
  if (lastCue && lastCue.endTime > now) lastCue.endTime = now;
  lastCue = new VTTCue(now, now + CAPTION_SECONDS, text);
  captionsTrack.addCue(lastCue);
}

video.addEventListener('playing', () => {
  if (waitingCaption === null) return;
  const text = waitingCaption;
  waitingCaption = null;
  showCaption(text);
});

// A new connection starts the video's clock again: old lines would show again.
video.addEventListener('emptied', () => {
  for (const cue of [...(captionsTrack?.cues ?? [])]) captionsTrack.removeCue(cue);
  lastCue = null;
});

/** Follows the live captions; the browser reconnects by itself. */
function followCaptions() {
  const url = new URL(box.dataset.captions, window.location.href);
  if (box.dataset.token) url.searchParams.set('token', box.dataset.token);
  captions = new EventSource(url);
  captions.addEventListener('caption', (event) => showCaption(event.data));
}

window.addEventListener('pagehide', leave);
window.addEventListener('pageshow', (event) => {
  if (event.persisted) attempt();
});
followCaptions();
attempt();
