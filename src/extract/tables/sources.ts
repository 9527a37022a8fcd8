/**
 * Attribution phrasing: the verbs and phrases that credit a figure to a source, and the words that refer back to a
 * source named earlier. Source *names* (canonical names and aliases) live in the one actor table, ./actors.ts.
 */
import { wordTable } from '../../nlp/word-table.js';

/** Verbs that credit what follows (or precedes) to their subject: "SOHR said", "…, the Observatory stated". */
export const ATTRIBUTION_VERBS: ReadonlySet<string> = new Set([
  'said', 'says', 'say', 'saying', 'reported', 'reports', 'report', 'reporting', 'stated', 'states', 'state', 'told',
  'tells', 'added', 'adds', 'announced', 'announces', 'confirmed', 'confirms', 'revealed', 'reveals', 'estimated',
  'estimates', 'counted', 'documented', 'documents', 'recorded', 'noted', 'notes', 'claimed', 'claims', 'tallied',
  'wrote', 'posted', 'tweeted', 'cited', 'indicated', 'indicates', 'showed', 'shows', 'put', 'puts', 'quoted',
  'warned', 'explained', 'declared', 'listed', 'registered', 'verified', 'published', 'counts', 'updates', 'updated',
]);

/**
 * Verbs that are attribution only in one construction: "claimed that" (not "claimed 182 lives"), "put the toll at"
 * (not "put out a statement"), "estimated that" / "X estimated" (not "an estimated 200").
 */
export const CONDITIONAL_VERBS: Readonly<Record<string, RegExp>> = wordTable({
  // "claimed that", "claimed to have killed", "claims it killed" — not "claimed 182 lives"
  claimed: /^\s*(?:that\b|to\s+have\b|(?:it|they|he|she)\s+(?:had\s+|has\s+|have\s+)?\w+ed\b|responsibility\b|,|\.|$)/i,
  claims: /^\s*(?:that\b|to\s+have\b|(?:it|they|he|she)\s+(?:had\s+|has\s+|have\s+)?\w+ed\b|responsibility\b|,|\.|$)/i,
  put: /^\s*(?:the\s+)?(?:\w+\s+)?(?:toll|number|figure|count)\b/i,
  puts: /^\s*(?:the\s+)?(?:\w+\s+)?(?:toll|number|figure|count)\b/i,
  estimated: /^\s*(?:that\b|the\b|,|\.|$)/i,
  state: /^\s*(?:that\b|,|\.|$)/i,
  report: /^\s*(?:that\b|,|\.|$)/i,
  recorded: /^\s*(?:that\b|the\s+(?:deaths?|killing)|,|\.|$)/i,
  showed: /^\s*(?:that\b|,|\.|$)/i,
  // "Kiper updates: the death toll has risen to three", "the ministry updated the toll to 40"
  updates: /^\s*(?::|that\b|the\s+(?:\w+\s+)?(?:toll|figure|count|number)\b)/i,
  updated: /^\s*(?::|that\b|the\s+(?:\w+\s+)?(?:toll|figure|count|number)\b)/i,
  shows: /^\s*(?:that\b|,|\.|$)/i,
});

/** "according to X", "citing X", "X's figures show": the source follows the phrase. */
export const SOURCE_BEFORE = /\b(?:according\s+to|citing|quoting|as\s+reported\s+by|reported\s+by|figures\s+from|data\s+from|per)\s+/gi;

/** Words that refer back to the last source named ("it added", "the monitoring group said", "which said"). */
export const ANAPHORS: ReadonlySet<string> = new Set([
  'it', 'they', 'he', 'she', 'which', 'who', 'the group', 'group', 'monitor', 'monitoring group', 'the monitor',
  'the monitoring group', 'agency', 'the agency', 'ministry', 'the ministry', 'organisation', 'organization',
  'charity', 'watchdog', 'office', 'body', 'service', 'department', 'statement', 'report', 'spokesman',
  'spokeswoman', 'spokesperson', 'the statement', 'the report', 'the spokesman',
  'the organisation', 'the organization', 'the charity', 'the watchdog', 'the office', 'the body', 'the service',
  'the department', 'the observatory', 'the rights group', 'rights group', 'the aid group', 'aid group',
  'the war monitor', 'the same source', 'the source', 'the monitor group', 'authority', 'the authority',
  'commission', 'the commission',
]);

/**
 * Anaphors whose noun says what kind of source they mean, with the actor types that fit: "the ministry" refers back
 * to the last ministry named, not to the hospital quoted in between.
 */
export const ANAPHOR_TYPES: Readonly<Record<string, readonly string[]>> = wordTable({
  ministry: ['government'], observatory: ['monitor'], monitor: ['monitor'], agency: ['un-agency', 'media', 'government'],
  office: ['un-agency', 'government'], charity: ['ngo'], watchdog: ['monitor', 'ngo'], department: ['government'],
  service: ['government', 'ngo'], organisation: ['ngo', 'un-agency'], organization: ['ngo', 'un-agency'],
  authority: ['government'], commission: ['government', 'ngo', 'monitor'],
});

/**
 * Head nouns of lower-case descriptions that may name an actor given later in the report ("a conflict monitor
 * said" … "the Sahel Conflict Observatory said"), with the actor types they fit. Used only when the report names
 * exactly one such actor, after the description and never before it.
 */
export const CATAPHOR_TYPES: Readonly<Record<string, readonly string[]>> = wordTable({
  monitor: ['monitor'], observatory: ['monitor'], watchdog: ['monitor'], charity: ['ngo'],
  agency: ['un-agency'], militia: ['militia'],
});

/** Words that end a subject phrase read backwards from its verb. */
export const SUBJECT_BOUNDARIES: ReadonlySet<string> = new Set([
  ';', ':', '"', '“', '”', '–', '—', 'that', 'but', 'while', 'whereas', 'as', 'after', 'when', 'because', 'and', 'though',
  'although', 'if',
]);

/** Fixed pairs joined by "and" inside a body's name: the "and" does not end the subject ("search and rescue agency"). */
export const AND_COMPOUNDS: ReadonlySet<string> = new Set([
  'search and rescue', 'fire and rescue', 'health and safety', 'law and order', 'relief and works', 'peace and security',
  'disaster and emergency', 'emergency and disaster', 'relief and rehabilitation', 'prevention and control',
  'preparedness and response', 'red cross and red', 'crescent and red',
]);

/**
 * Titles that speak for the body named before them: "Regional police commander Peter Mwangi" credits the police,
 * while "regional governor Oleh Kiper" and "Energy Minister Alparslan Bayraktar" credit the person (docs/figures.md).
 */
export const BODY_ROLES: ReadonlySet<string> = new Set([
  'commander', 'chief', 'head', 'director', 'spokesman', 'spokeswoman', 'spokesperson',
  // ranks: "Police captain Abdi Nur", "Army Colonel Ali Musa" speak for their force
  'captain', 'capt', 'colonel', 'col', 'major', 'maj', 'lt', 'sgt', 'general', 'gen', 'brig',
]);

/**
 * A press release's author named in its first line: "Communiqué No. 27 of the Chief of Defence Staff", "Press
 * release from the Ministry of Interior", "The Ministry of Interior announces…" (present-tense release style, not a
 * news report's "said"). Group 1 or 2 is the author; it credits every uncredited figure of the release.
 */
export const RELEASE_HEADER =
  /^(?:(?:[Pp]ress|[Nn]ews|[Mm]edia)\s+(?:[Rr]elease|[Ss]tatement)|[Cc]ommuniqu[eé]|[Oo]fficial\s+[Ss]tatement|[Bb]ulletin|[Ff]lash\s+[Uu]pdate|[Ss]ituation\s+[Rr]eport)(?![A-Za-z])[^:\n]{0,30}?\b(?:of|from|by)\s+([A-Z][^.:\n]{2,80}|the\s+[A-Z][^.:\n]{2,80})|^((?:The\s+)?[A-Z][^,.:\n]{2,80}?)\s+(?:announces|informs|wishes\s+to\s+inform|regrets\s+to\s+announce)\b/;

/** Leading words of a subject part that say nothing about who ("Meanwhile, the Observatory said"). */
export const SUBJECT_FILLERS = /^(?:meanwhile|however|also|separately|earlier|later|additionally|in addition|on \w+|on \w+ \w+|in a statement|in its latest update)$/i;

/** A source named in a sentence credits uncredited figures in up to this many following sentences. */
export const SOURCE_CARRY_SENTENCES = 3;
/** A lead sentence's uncredited figure takes the source named in the next sentences, up to this many. */
export const SOURCE_LOOKAHEAD_SENTENCES = 1;

/** Head nouns that make a lower-case-ending phrase a source as written ("Iranian news agencies", "Kenyan police"). */
export const SOURCE_HEADS: ReadonlySet<string> = new Set([
  'agencies', 'agency', 'officials', 'official', 'ministry', 'sources', 'media', 'outlets', 'television', 'radio',
  'group', 'monitor', 'office', 'authorities', 'police', 'army', 'military', 'spokesman', 'spokeswoman',
  'spokesperson', 'statement', 'council', 'committee', 'department', 'service', 'services', 'commission',
  'organisation', 'organization', 'hospital', 'hospitals', 'doctors', 'medics', 'rescuers', 'governor', 'mayor',
  'minister', 'president', 'residents', 'witnesses', 'activists', 'coroner', 'chief', 'commander', 'prosecutors',
  'coastguard', 'navy', 'company', 'firm', 'operator', 'airline', 'family', 'relatives', 'union', 'rescuers',
  'brigade', 'coordinator', 'administrator', 'prosecutor', 'investigators', 'sheriff', 'director', 'headteacher',
  'principal', 'survivors', 'lawyer', 'lawyers', 'source', 'correspondent', 'reporter', 'journalist',
  'authority', 'institute', 'network', 'groups', 'observatory', 'administration',
]);

/**
 * Count nouns after a possessive that credit the number they give to the possessor: "the observatory's count of
 * 11", "the ministry's toll of 43", "OCHA's estimate of 12,500".
 */
export const POSSESSIVE_COUNT_NOUNS: ReadonlySet<string> = new Set([
  'count', 'counts', 'tally', 'tallies', 'toll', 'figure', 'figures', 'estimate', 'estimates', 'numbers', 'data',
  'records', 'record', 'report', 'assessment', 'update', 'list', 'statistics', 'total',
]);
/** Words a possessor's name may not reach back over ("far above the observatory's count"). */
export const POSSESSOR_STOPS: ReadonlySet<string> = new Set([
  'above', 'below', 'than', 'with', 'to', 'of', 'by', 'and', 'or', 'but', 'under', 'over', 'is', 'was', 'are', 'were',
  'in', 'on', 'at', 'from', 'for', 'while', 'as', 'that', 'which', 'exceeds', 'exceeded', 'matches', 'matched',
  'contradicts', 'contradicted', 'said', 'says', 'cited', 'per', 'despite', 'unlike', 'like', 'against', 'into',
]);

/** Capitalised words that are dates, not names: a credit never resolves to them ("…, 12 March", "Monday"). */
export const DATE_NAMES: ReadonlySet<string> = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'monday',
  'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tonight', 'tomorrow',
]);
