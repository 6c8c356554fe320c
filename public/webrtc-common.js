// What the player and the publisher share: the STUN and TURN servers the
// page names, and waiting until the offer carries its candidates (WHIP and
// WHEP send one offer, without trickle ICE).

export function iceServers(box) {
  try {
    return JSON.parse(box.dataset.ice || '[]').map((server) => ({
      urls: server.urls,
      username: server.username || undefined,
      credential: server.credential || undefined,
    }));
  } catch {
    return [];
  }
}

export function gatheringDone(connection, limitMs = 2000) {
  if (connection.iceGatheringState === 'complete') return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      if (connection.iceGatheringState !== 'complete') return;
      connection.removeEventListener('icegatheringstatechange', done);
      resolve();
    };
    connection.addEventListener('icegatheringstatechange', done);
    setTimeout(resolve, limitMs);
  });
}

/** The message of a refused request, in the page's language. */
export async function refusal(response, fallback) {
  const body = await response.json().catch(() => null);
  return body?.error || fallback;
}

