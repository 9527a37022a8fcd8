/**
 * Figures across documents, flattened, with filters: kind, side, place (name, province or country, case-insensitive
 * substring), source (credited originator, substring), from/to (the date the figure holds for, else the report's
 * publication day), and story. Each row keeps the document id and figure index, the address of its sentence.
 */
import type { FastifyInstance } from 'fastify';
import type { SitrepDocument } from '../model/document.js';
import { FIGURE_KINDS, type Figure } from '../model/figure.js';
import { requireStory, type ServerContext } from './context.js';
import { date, int, oneOf, str, type Query } from './query.js';
import { dayOf } from './story-view.js';

export const SIDES = ['civilians', 'state', 'nonstate', 'combatants', 'all', 'unknown'] as const;

/** WHY: scanning the whole store is linear; pages of this size keep memory flat however large the store is. */
export const SCAN_PAGE = 200;

export interface FigureFilter {
  kind: string | null;
  side: string | null;
  place: string | null;
  source: string | null;
  from: string | null;
  to: string | null;
}

export function matchesFilter(f: Figure, doc: SitrepDocument, filter: FigureFilter): boolean {
  if (filter.kind && f.kind !== filter.kind) return false;
  if (filter.side && f.victims.side !== filter.side) return false;
  if (filter.source && !(f.source ?? '').toLowerCase().includes(filter.source)) return false;
  if (filter.place) {
    const p = f.place;
    const names = p ? [p.name, p.admin1, p.country] : [];
    if (!names.some((n) => n && n.toLowerCase().includes(filter.place as string))) return false;
  }
  const day = f.asOf?.slice(0, 10) ?? dayOf(doc.meta.published);
  if (filter.from && (!day || day < filter.from)) return false;
  if (filter.to && (!day || day > filter.to)) return false;
  return true;
}

function readFilter(q: Query): FigureFilter {
  return {
    kind: oneOf(q, 'kind', FIGURE_KINDS, null),
    side: oneOf(q, 'side', SIDES, null),
    place: str(q, 'place')?.toLowerCase() ?? null,
    source: str(q, 'source')?.toLowerCase() ?? null,
    from: date(q, 'from'),
    to: date(q, 'to'),
  };
}

async function* scanDocuments(ctx: ServerContext, storyId: string | null): AsyncGenerator<SitrepDocument> {
  if (storyId) {
    await requireStory(ctx, storyId);
    yield* await ctx.backend.storyDocuments(ctx.store, storyId);
    return;
  }
  for (let offset = 0; ; offset += SCAN_PAGE) {
    const page = await ctx.store.listDocuments({ limit: SCAN_PAGE, offset });
    yield* await ctx.store.getDocuments(page.map((d) => d.id));
    if (page.length < SCAN_PAGE) return;
  }
}

export function figuresRoutes(app: FastifyInstance, ctx: ServerContext): void {
  app.get('/api/figures', async (req) => {
    const q = req.query as Query;
    const filter = readFilter(q);
    const limit = int(q, 'limit', 100, 1, 1000);
    const offset = int(q, 'offset', 0, 0, 1e9);
    const figures: (Figure & { doc: string; index: number; outlet: string | null; published: string | null })[] = [];
    let total = 0;
    for await (const doc of scanDocuments(ctx, str(q, 'story'))) {
      (doc.figures ?? []).forEach((f, index) => {
        if (!matchesFilter(f, doc, filter)) return;
        if (total >= offset && figures.length < limit) {
          figures.push({ doc: doc.id, index, outlet: doc.meta.outlet, published: doc.meta.published, ...f });
        }
        total++;
      });
    }
    return { total, limit, offset, figures };
  });
}
