/**
 * Response compression (node:zlib): the web app's files are compressed at build time (vite.config.ts writes .br and
 * .gz next to each) or once at start-up, a story's view once per story version, and any other JSON, Markdown or HTML
 * answer over COMPRESS_MIN_BYTES on the fly. Streams (the live events) are never compressed.
 */
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

export type Encoding = 'br' | 'gzip';

/** WHY: below this, the headers outweigh the saving. */
export const COMPRESS_MIN_BYTES = 1024;

/** WHY quality 4: a 1 MB answer compresses in a few milliseconds at nearly the ratio of the slow levels. */
const DYNAMIC_BROTLI = { params: { [constants.BROTLI_PARAM_QUALITY]: 4 } };

/** The encoding the client takes, best first: brotli, then gzip; null for neither (or `q=0`). */
export function acceptedEncoding(req: FastifyRequest): Encoding | null {
  const header = String(req.headers['accept-encoding'] ?? '').toLowerCase();
  const takes = (name: string) => header.split(',').some((part) => {
    const [token, ...params] = part.trim().split(';');
    return token.trim() === name && !params.some((p) => /^\s*q=0(\.0*)?\s*$/.test(p));
  });
  return takes('br') ? 'br' : takes('gzip') ? 'gzip' : null;
}

export function compress(body: Buffer | string, encoding: Encoding, dynamic = true): Buffer {
  return encoding === 'br' ? brotliCompressSync(body, dynamic ? DYNAMIC_BROTLI : undefined) : gzipSync(body, { level: dynamic ? 6 : 9 });
}

/** A body kept with its compressed forms, each made on first demand. */
export class CompressedBody {
  readonly raw: Buffer;
  private readonly encoded = new Map<Encoding, Buffer>();

  constructor(body: Buffer | string, encoded: Partial<Record<Encoding, Buffer>> = {}) {
    this.raw = typeof body === 'string' ? Buffer.from(body) : body;
    for (const [k, v] of Object.entries(encoded)) if (v) this.encoded.set(k as Encoding, v);
  }

  /** Sends the best form the request accepts; sets Content-Encoding and Vary. */
  send(req: FastifyRequest, reply: FastifyReply): FastifyReply {
    reply.header('vary', 'accept-encoding');
    const encoding = this.raw.length >= COMPRESS_MIN_BYTES ? acceptedEncoding(req) : null;
    if (!encoding) return reply.send(this.raw);
    let body = this.encoded.get(encoding);
    if (!body) this.encoded.set(encoding, (body = compress(this.raw, encoding)));
    return reply.header('content-encoding', encoding).send(body);
  }
}

const COMPRESSIBLE = /^(application\/json|text\/markdown|text\/html|text\/plain|text\/csv|application\/geo\+json)/;

/** Compresses other large text answers as they are sent. */
export function installCompression(app: FastifyInstance): void {
  app.addHook('onSend', async (req, reply, payload) => {
    if (reply.hasHeader('content-encoding') || reply.statusCode === 204 || req.method === 'HEAD') return payload;
    if (typeof payload !== 'string' && !Buffer.isBuffer(payload)) return payload; // streams: live events
    const type = String(reply.getHeader('content-type') ?? '');
    if (!COMPRESSIBLE.test(type) || Buffer.byteLength(payload) < COMPRESS_MIN_BYTES) return payload;
    reply.header('vary', 'accept-encoding');
    const encoding = acceptedEncoding(req);
    if (!encoding) return payload;
    reply.header('content-encoding', encoding);
    reply.removeHeader('content-length');
    return compress(payload, encoding);
  });
}
