/**
 * Groups a stream of items into batches for `analyzeBatch`: a batch is handed on when it is full, or when the stream
 * has had nothing new for a moment, so results keep coming while a slow input (a URL, a feed) is fetched instead of
 * waiting for the next few inputs. Local files fill whole batches.
 */

/** How long (ms) a partly filled batch waits for the stream's next item before it is handed on. */
export const BATCH_WAIT_MS = 20;

const WAITED = Symbol('waited');

export async function* batchesOf<T>(source: AsyncIterable<T>, size: number, waitMs = BATCH_WAIT_MS): AsyncGenerator<T[]> {
  if (!(size >= 1)) throw new Error(`sitrep: batchesOf needs a batch size of 1 or more, not ${size}.`);
  const it = source[Symbol.asyncIterator]();
  let batch: T[] = [];
  let next = it.next();
  for (;;) {
    const got = batch.length ? await raceTimeout(next, waitMs) : await next;
    if (got === WAITED) {
      yield batch;
      batch = [];
      continue; // `next` is still pending: wait for it without a deadline
    }
    if (got.done) break;
    batch.push(got.value);
    next = it.next();
    if (batch.length >= size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length) yield batch;
}

/** `p`'s result, or WAITED when it has not settled within `ms`. */
async function raceTimeout<R>(p: Promise<R>, ms: number): Promise<R | typeof WAITED> {
  let timer: NodeJS.Timeout | undefined;
  const waited = new Promise<typeof WAITED>((resolve) => {
    timer = setTimeout(() => resolve(WAITED), ms);
  });
  try {
    return await Promise.race([p, waited]);
  } finally {
    clearTimeout(timer);
  }
}
