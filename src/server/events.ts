/**
 * Live updates: a hub that announces new documents and changed stories to every open `/api/events` stream
 * (Server-Sent Events). Each event has a increasing id; a client that reconnects with `Last-Event-ID` gets the
 * events it missed from a short ring buffer.
 */
export interface LiveEvent {
  id: number;
  type: 'documents' | 'stories';
  data: { documents?: string[]; stories?: string[]; at: string };
}

export interface EventHub {
  publish(type: LiveEvent['type'], data: Omit<LiveEvent['data'], 'at'>): LiveEvent;
  subscribe(listener: (e: LiveEvent) => void): () => void;
  since(id: number): LiveEvent[];
  readonly listeners: number;
}

/** WHY 200: enough to cover a brief disconnect during a large batch, small enough to never matter for memory. */
export const EVENT_BACKLOG = 200;

export function createEventHub(): EventHub {
  const listeners = new Set<(e: LiveEvent) => void>();
  const backlog: LiveEvent[] = [];
  let next = 1;
  return {
    publish(type, data) {
      const e: LiveEvent = { id: next++, type, data: { ...data, at: new Date().toISOString() } };
      backlog.push(e);
      if (backlog.length > EVENT_BACKLOG) backlog.shift();
      for (const l of listeners) l(e);
      return e;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    since(id) {
      return backlog.filter((e) => e.id > id);
    },
    get listeners() {
      return listeners.size;
    },
  };
}

export function formatEvent(e: LiveEvent): string {
  return `id: ${e.id}\nevent: ${e.type}\ndata: ${JSON.stringify(e.data)}\n\n`;
}
