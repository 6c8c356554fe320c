// The live player: watches a session's stream over WHEP (the offer goes
// out, the answer comes back), says in words what is happening, and
// reconnects by itself while the stream has not started or after it drops.

import { gatheringDone, hydrated, iceServers, refusal } from './webrtc-common.js';

const RETRY_MS = 3000;
const box = document.getElementById('player');
const video = document.getElementById('player-video');
const statusLine = document.getElementById('player-status');
let connection = null;
let resource = null;
let retryTimer = null;

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

function retry(state) {
  leave();
  say(state);
  clearTimeout(retryTimer);
  retryTimer = setTimeout(connect, RETRY_MS);
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
  connection = new RTCPeerConnection({ iceServers: iceServers(box) });
  connection.addTransceiver('audio', { direction: 'recvonly' });
  connection.addTransceiver('video', { direction: 'recvonly' });
  const stream = new MediaStream();
  connection.ontrack = (event) => {
    stream.addTrack(event.track);
    video.srcObject = stream;
  };
  connection.onconnectionstatechange = () => {
    const state = connection?.connectionState;
    if (state === 'connected') {
      say('live');
      play();
    } else if (state === 'failed' || state === 'closed' || state === 'disconnected') {
      retry('dropped');
    }
  };
  await connection.setLocalDescription(await connection.createOffer());
  await gatheringDone(connection);
  const headers = { 'Content-Type': 'application/sdp' };
  if (box.dataset.token) headers.Authorization = `Bearer ${box.dataset.token}`;
  let response;
  try {
    response = await fetch(box.dataset.whep, { method: 'POST', headers, body: connection.localDescription.sdp });
  } catch {
    retry('dropped');
    return;
  }
  if (response.status === 409) {
    retry('waiting');
    return;
  }
  if (!response.ok) {
    // No permission to watch: trying again would not help.
    const message = await refusal(response, box.dataset.dropped);
    leave();
    say('refused', message);
    return;
  }
  resource = response.headers.get('Location');
  await connection.setRemoteDescription({ type: 'answer', sdp: await response.text() });
}

window.addEventListener('pagehide', leave);
hydrated()
  .then(connect)
  .catch(() => retry('dropped'));
