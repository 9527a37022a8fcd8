/**
 * Live updates from `/api/events` (Server-Sent Events). Read with fetch rather than EventSource so the bearer
 * header can be sent when the server needs one. Reconnects after a pause when the stream drops.
 */
import { authHeaders } from './api.js';

export interface LiveMessage {
  type: string;
  data: { documents?: string[]; stories?: string[] };
}

type Listener = (m: LiveMessage) => void;
const listeners = new Set<Listener>();
let started = false;

/** WHY 3 s: quick enough to look live, slow enough not to hammer a restarting server. */
const RECONNECT_MS = 3000;

export function onLive(listener: Listener): () => void {
  listeners.add(listener);
  if (!started) {
    started = true;
    void connect();
  }
  return () => listeners.delete(listener);
}

function dispatch(block: string): void {
  let type = 'message';
  let data = '';
  for (const line of block.split('\n')) {
    if (line.startsWith('event:')) type = line.slice(6).trim();
    else if (line.startsWith('data:')) data += line.slice(5).trim();
  }
  if (!data) return;
  try {
    const msg = { type, data: JSON.parse(data) } as LiveMessage;
    for (const l of listeners) l(msg);
  } catch {
    /* a malformed event is skipped */
  }
}

async function connect(): Promise<void> {
  const badge = document.getElementById('live');
  try {
    const res = await fetch('/api/events', { headers: { accept: 'text/event-stream', ...authHeaders() } });
    if (!res.ok || !res.body) throw new Error(String(res.status));
    badge?.classList.add('on');
    const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
    let buf = '';
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      buf += value;
      let at: number;
      while ((at = buf.indexOf('\n\n')) >= 0) {
        dispatch(buf.slice(0, at));
        buf = buf.slice(at + 2);
      }
    }
  } catch {
    /* fall through to reconnect */
  }
  badge?.classList.remove('on');
  setTimeout(() => void connect(), RECONNECT_MS);
}
