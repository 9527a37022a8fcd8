/**
 * http(s) URL → bytes, with a time limit for the whole exchange, a size limit (checked on Content-Length and while
 * streaming) and a limit on redirects, which are followed by hand so each hop is counted and checked.
 */

export interface Fetched {
  bytes: Uint8Array;
  contentType: string | null;
  finalUrl: string;
}

export type FetchResult = { ok: true; value: Fetched } | { ok: false; reason: string };

export interface FetchLimits {
  timeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
}

const REDIRECT = new Set([301, 302, 303, 307, 308]);

export async function fetchUrl(url: string, limits: FetchLimits): Promise<FetchResult> {
  const signal = AbortSignal.timeout(limits.timeoutMs);
  let current = url;
  try {
    for (let hop = 0; ; hop++) {
      const res = await fetch(current, { redirect: 'manual', signal, headers: { 'user-agent': 'sitrep (news reader)' } });
      if (REDIRECT.has(res.status)) {
        const location = res.headers.get('location');
        await res.body?.cancel();
        if (!location) return { ok: false, reason: `HTTP ${res.status} redirect without a Location header` };
        if (hop >= limits.maxRedirects) return { ok: false, reason: `too many redirects (more than ${limits.maxRedirects})` };
        current = new URL(location, current).href;
        continue;
      }
      if (!res.ok) {
        await res.body?.cancel();
        return { ok: false, reason: `HTTP ${res.status} ${res.statusText}`.trim() };
      }
      const body = await readLimited(res, limits.maxBytes);
      if (!body.ok) return body;
      return { ok: true, value: { bytes: body.value, contentType: res.headers.get('content-type'), finalUrl: current } };
    }
  } catch (err) {
    const e = err as Error;
    if (e.name === 'TimeoutError' || e.name === 'AbortError') return { ok: false, reason: `timed out after ${limits.timeoutMs} ms` };
    return { ok: false, reason: `fetch failed: ${(e.cause as Error | undefined)?.message ?? e.message}` };
  }
}

async function readLimited(res: Response, maxBytes: number): Promise<{ ok: true; value: Uint8Array } | { ok: false; reason: string }> {
  const declared = Number(res.headers.get('content-length'));
  if (declared > maxBytes) {
    await res.body?.cancel();
    return { ok: false, reason: tooLarge(declared, maxBytes) };
  }
  const chunks: Uint8Array[] = [];
  let total = 0;
  if (res.body) {
    for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
      total += chunk.length;
      if (total > maxBytes) return { ok: false, reason: tooLarge(total, maxBytes, true) };
      chunks.push(chunk);
    }
  }
  return { ok: true, value: Buffer.concat(chunks, total) };
}

export function tooLarge(size: number, max: number, atLeast = false): string {
  return `${atLeast ? 'more than ' : ''}${mb(size)} MB, over the size limit of ${mb(max)} MB`;
}

function mb(n: number): string {
  return (n / (1024 * 1024)).toFixed(n < 1024 * 1024 ? 3 : 1);
}
