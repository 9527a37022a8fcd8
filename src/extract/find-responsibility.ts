/**
 * Stage `find-responsibility`: sentences that say who carried an event out — "X claimed responsibility", "officials
 * blamed the attack on X", "X denied involvement", "attributed the bombing to X", "was carried out by X" — become
 * `responsibility` statements on the event of the sentence (else the nearest earlier event, else the first).
 *
 * Each cue in RESPONSIBILITY_CUES (tables/events.ts) says where the accused is: the subject before the cue, or the name after it.
 * The accused is an actor the actor finder found in that slot, else a capitalised name in the slot, else (for "the
 * group", "it") the last armed group named earlier in the report.
 */
import type { SitrepDocument, Span } from '../model/document.js';
import type { Actor, ResponsibilityStatement, SitrepEvent } from '../model/entities.js';
import { defineStage } from '../pipeline/stage.js';
import { sortByStart } from '../model/document.js';
import { cuesIn, FIRST_RESPONSIBILITY, type CueList } from './classify-events.js';
import { RESPONSIBILITY_CUES } from './tables/events.js';
import type { ResponsibilityCue } from './tables/events.js';

/** Actor types that report or suffer events: never the accused. */
const NOT_PERPETRATOR: ReadonlySet<string> = new Set(['monitor', 'ngo', 'un-agency', 'media', 'civilians']);
/** Words meaning "the group already named", in the accused slot after a cue or as the subject before one. */
const REFERENCE = '(?:the (?:group|militants|militia|movement|organisation|organization|insurgents|rebels|jihadists)|it|they)';
const ANAPHORA = new RegExp(`^\\s*${REFERENCE}\\b`, 'i');
const ANAPHORA_SUBJECT = new RegExp(`\\b${REFERENCE}\\s+(?:has\\s+|had\\s+|later\\s+|quickly\\s+)?$`, 'i');
const SLOT_CHARS = 90;
/** A capitalised name: "Red Ridge Brigades", "the Front for the Liberation of X", "al-Shabaab". */
const NAME = "(?:al-)?[A-Z][\\w'’-]*(?:\\s+(?:(?:of|for|the|and|al|al-)\\s+)*(?:al-)?[A-Z][\\w'’-]*)*";
const NAME_AFTER = new RegExp(`^\\s*(?:the\\s+)?(${NAME})`);
const NAME_BEFORE = new RegExp(`(${NAME})\\s*(?:,[^,]{0,60},\\s*)?(?:has\\s+|had\\s+|quickly\\s+|later\\s+|swiftly\\s+)?$`);
const LEADING_THE = /^The\s+/;

export const findResponsibility = defineStage({
  name: 'find-responsibility',
  requires: ['text', 'sentences', 'actors', 'events'],
  assigns: ['events'],
  run(doc) {
    findResponsibilityIn(doc);
  },
});

interface Mention {
  actor: Actor;
  span: Span;
}

/** Adds `responsibility` to the events of `doc` (only to events that have statements). */
export function findResponsibilityIn(doc: SitrepDocument): void {
  const events = doc.events ?? [];
  if (!events.length) return;
  let ctx: Context | null = null;
  for (const s of doc.sentences ?? []) {
    if (s.heading) continue;
    const candidates = cuesIn(doc.text, s.span[0], s.span[1]);
    if (!candidates.count || candidates.numbers[candidates.count - 1] < FIRST_RESPONSIBILITY) continue;
    const text = doc.text.slice(s.span[0], s.span[1]);
    const found = matchingCues(text, candidates);
    if (!found) continue;
    ctx ??= { doc, ms: actorMentions(doc.actors ?? []), lastAccused: null };
    for (const { cue, m } of found) {
      const at: Span = [s.span[0] + m.index, s.span[0] + m.index + m[0].length];
      const actor = cue.slot === 'before' ? subjectBefore(ctx, s.span, at[0]) : nameAfter(ctx, s.span, at[1]);
      if (!actor) continue;
      ctx.lastAccused = actor;
      const by = cue.stance === 'claim' || cue.stance === 'denial' ? actor : speakerBefore(ctx, s.span, at[0], actor) ?? speakerAfter(doc, s.span);
      addStatement(eventOf(events, s.span), { actor, stance: cue.stance, by, span: s.span });
    }
  }
}

interface CueMatch {
  cue: ResponsibilityCue;
  m: RegExpExecArray;
}

/**
 * The responsibility cues among `candidates` (cue numbers from cuesIn, ascending) that match the sentence, in the
 * order they appear, so "blamed X, but the group denied" resolves "the group" to X; null when none does.
 */
function matchingCues(text: string, candidates: CueList): CueMatch[] | null {
  let found: CueMatch[] | null = null;
  for (let i = 0; i < candidates.count; i++) {
    const k = candidates.numbers[i];
    if (k < FIRST_RESPONSIBILITY) continue;
    const cue = RESPONSIBILITY_CUES[k - FIRST_RESPONSIBILITY];
    const m = cue.pattern.exec(text);
    if (!m || (cue.context && !cue.context.test(text))) continue;
    (found ??= []).push({ cue, m });
  }
  if (found && found.length > 1) found.sort((a, b) => a.m.index - b.m.index);
  return found;
}

interface Context {
  doc: SitrepDocument;
  ms: readonly Mention[];
  /** The last actor a statement of this report named: what "the group" refers to when no group was found. */
  lastAccused: string | null;
}

function addStatement(e: SitrepEvent, st: ResponsibilityStatement): void {
  e.responsibility ??= [];
  if (!e.responsibility.some((x) => x.actor === st.actor && x.stance === st.stance && x.by === st.by)) e.responsibility.push(st);
}

/** The event whose first sentence holds the statement, else the nearest earlier event, else the first. */
function eventOf(events: readonly SitrepEvent[], span: Span): SitrepEvent {
  let best = events[0];
  for (const e of events) if (e.span[0] <= span[0] && e.span[0] >= best.span[0]) best = e;
  return best;
}

function actorMentions(actors: readonly Actor[]): Mention[] {
  const out: Mention[] = [];
  for (const a of actors) if (!NOT_PERPETRATOR.has(a.type)) for (const span of a.mentions) out.push({ actor: a, span });
  return sortByStart(out);
}

/**
 * The subject of "… claimed responsibility": the nearest named actor before the cue, else a capitalised name there
 * ("the Northern Liberation Army", which the actor finder may know only as "army"), else the group "the group" or
 * "it" refers to, else the nearest generic actor ("militants").
 */
function subjectBefore(ctx: Context, sentence: Span, cue: number): string | null {
  const { doc, ms } = ctx;
  const before = doc.text.slice(sentence[0], cue);
  if (ANAPHORA_SUBJECT.test(before)) return lastGroupBefore(ms, cue) ?? ctx.lastAccused;
  const m = lastMention(ms, sentence[0], cue, (x) => x.actor.type !== 'person');
  const near = m && cue - m.span[1] < 60 ? m : null;
  if (near && named(near.actor)) return near.actor.name;
  const n = NAME_BEFORE.exec(before);
  if (n && !NOT_A_NAME.test(n[1])) return canonical(doc, n[1].replace(LEADING_THE, ''));
  return near ? lastGroupBefore(ms, cue) ?? near.actor.name : null;
}

/** Capitalised words that start a sentence without naming anyone. */
const NOT_A_NAME = /^(?:The|It|They|He|She|On|In|But|And|Officials?|Police|Authorities)$/;

/** The accused after "blamed … on", "carried out by": the first actor in the slot, else a name, else the group named before. */
function nameAfter(ctx: Context, sentence: Span, cueEnd: number): string | null {
  const { doc, ms } = ctx;
  const slotEnd = Math.min(sentence[1], cueEnd + SLOT_CHARS);
  const slot = doc.text.slice(cueEnd, slotEnd);
  if (ANAPHORA.test(slot)) return lastGroupBefore(ms, cueEnd) ?? ctx.lastAccused;
  const n = NAME_AFTER.exec(slot);
  const first = ms.find((x) => x.span[0] >= cueEnd && x.span[1] <= slotEnd && x.span[0] - cueEnd < 12);
  // a capitalised name that contains the actor's mention is the fuller name ("Northern Liberation Army" over "army")
  if (first && (named(first.actor) || !n)) return first.actor.name;
  return n ? canonical(doc, n[1]) : null;
}

/** Who blamed: the nearest actor or person before the cue, in the sentence. */
function speakerBefore(ctx: Context, sentence: Span, cue: number, accused: string): string | null {
  const { doc, ms } = ctx;
  const m = lastMention(ms, sentence[0], cue, (x) => x.actor.name !== accused);
  if (m) return m.actor.name;
  const people = (doc.actors ?? []).filter((a) => NOT_PERPETRATOR.has(a.type) && a.type !== 'civilians');
  for (const a of people) if (a.mentions.some((sp) => sp[0] >= sentence[0] && sp[1] <= cue)) return a.name;
  const who = /\b((?:[A-Z]\w+ )*(?:officials?|authorities|police|governor|ministry|government|army|military|spokes(?:man|woman|person)))\b/i.exec(doc.text.slice(sentence[0], cue));
  return who ? who[1] : null;
}

/** Who said it, when the sentence ends with the speaker: "…, the army said." */
function speakerAfter(doc: SitrepDocument, sentence: Span): string | null {
  const m = /,\s*(?:the\s+)?([A-Za-z][\w' -]{1,40}?)\s+(?:said|says|told \w+|reported|announced)\b[^,]*$/i.exec(doc.text.slice(sentence[0], sentence[1]));
  return m ? canonical(doc, m[1]) : null;
}

function lastMention(ms: readonly Mention[], from: number, to: number, ok: (m: Mention) => boolean): Mention | null {
  let found: Mention | null = null;
  for (const m of ms) {
    if (m.span[0] >= to) break;
    if (m.span[0] >= from && m.span[1] <= to && ok(m)) found = m;
  }
  return found;
}

/** "The group claimed …": the last armed group named before, anywhere earlier in the report. */
function lastGroupBefore(ms: readonly Mention[], at: number): string | null {
  return lastMention(ms, 0, at, (m) => named(m.actor) && (m.actor.type === 'nonstate-armed-group' || m.actor.type === 'militia'))?.actor.name ?? null;
}

/** A named actor ("Red Ridge Brigades"), not a generic word the actor finder also keeps ("rebels", "militants"). */
const named = (a: Actor): boolean => /^[A-Z]/.test(a.name);

/** A name as the actor finder spells it, when it knows it ("HTS" → "Hayat Tahrir al-Sham"). */
function canonical(doc: SitrepDocument, surface: string): string {
  const s = surface.trim();
  const a = (doc.actors ?? []).find((x) => x.name === s || x.aliases.includes(s));
  return a?.name ?? s;
}
