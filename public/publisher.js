// Publishing a session's stream from the browser over WHIP: the camera or
// the screen, with the microphone. The organizer's staff session allows
// it; the WHIP address and token in OBS do the same from outside.

import { gatheringDone, iceServers, refusal } from './webrtc-common.js';

const box = document.getElementById('publisher');
const preview = document.getElementById('publisher-preview');
const statusLine = document.getElementById('publisher-status');
const start = document.getElementById('publisher-start');
const stop = document.getElementById('publisher-stop');
let connection = null;
let media = null;
let resource = null;

function say(state, text = box.dataset[state]) {
  box.dataset.state = state;
  statusLine.textContent = text;
}

/** The picture first, while the click still counts (browsers ask for one
 * before sharing the screen), then the microphone; nothing stays on when
 * either is refused. */
async function capture(source) {
  const picture =
    source === 'screen'
      ? await navigator.mediaDevices.getDisplayMedia({ video: true })
      : await navigator.mediaDevices.getUserMedia({ video: { width: 1280, height: 720 } });
  try {
    const sound = await navigator.mediaDevices.getUserMedia({ audio: true });
    return new MediaStream([...picture.getVideoTracks(), ...sound.getAudioTracks()]);
  } catch (refused) {
    picture.getTracks().forEach((track) => track.stop());
    throw refused;
  }
}

function release() {
  if (connection) {
    connection.onconnectionstatechange = null;
    connection.close();
    connection = null;
  }
  media?.getTracks().forEach((track) => track.stop());
  media = null;
  preview.srcObject = null;
  start.disabled = false;
  stop.disabled = true;
}

async function begin() {
  start.disabled = true;
  try {
    media = await capture(box.querySelector('input[name=source]:checked')?.value ?? 'camera');
    say('starting');
    preview.srcObject = media;
    connection = new RTCPeerConnection({ iceServers: iceServers(box) });
    for (const track of media.getTracks()) connection.addTransceiver(track, { direction: 'sendonly', streams: [media] });
    connection.onconnectionstatechange = () => {
      const state = connection?.connectionState;
      if (state === 'connected') say('live');
      if (state === 'failed' || state === 'closed') {
        release();
        say('failed');
      }
    };
    await connection.setLocalDescription(await connection.createOffer());
    await gatheringDone(connection);
    const response = await fetch(box.dataset.whip, {
      method: 'POST',
      headers: { 'Content-Type': 'application/sdp' },
      body: connection.localDescription.sdp,
    });
    if (!response.ok) {
      const message = await refusal(response, box.dataset.failed);
      release();
      say('failed', message);
      return;
    }
    resource = response.headers.get('Location');
    await connection.setRemoteDescription({ type: 'answer', sdp: await response.text() });
    stop.disabled = false;
  } catch {
    if (resource) fetch(resource, { method: 'DELETE' }).catch(() => {});
    resource = null;
    release();
    say('failed');
  }
}

async function end() {
  stop.disabled = true;
  if (resource) await fetch(resource, { method: 'DELETE' }).catch(() => {});
  resource = null;
  release();
  say('stopped');
}

start.addEventListener('click', begin);
stop.addEventListener('click', end);
window.addEventListener('pagehide', () => {
  if (resource) fetch(resource, { method: 'DELETE', keepalive: true }).catch(() => {});
});
