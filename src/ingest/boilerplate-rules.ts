/**
 * The table of page-junk lines: what readers leave in the text that is not part of the article. Each rule matches a
 * whole normalised line; a line is removed when every pattern in `all` matches and it has at most `maxWords` words.
 * Rules are tried in order and the first match names the reason. Tune here, not in the control flow.
 *
 * Teaser runs (related-story lines cut off with "…") need context and live in detect-teasers.ts; bylines and
 * datelines that become metadata live in extract-byline-dateline.ts.
 */
import type { RemovalReason } from '../model/document.js';

export interface BoilerplateRule {
  readonly name: string;
  readonly reason: RemovalReason;
  /** Every pattern must match the line. */
  readonly all: readonly RegExp[];
  /** Longer lines are article text even if they match (real sentences mention newsletters and cookies too). */
  readonly maxWords: number;
  readonly why: string;
}

const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?';

export const BOILERPLATE_RULES: readonly BoilerplateRule[] = [
  {
    name: 'also-read',
    reason: 'related-link',
    all: [/^(?:also read|read also|see also|also see|related|recommended|watch|listen|more on this)\s*[:|–—-]\s*\S/i],
    maxWords: 40,
    why: 'A label and the headline of another story ("ALSO READ: …", "Related: …") links away from the article.',
  },
  {
    name: 'read-more',
    reason: 'read-more',
    all: [/^(?:read more|read the full (?:story|article|report)|continue reading|click here|full story|more here)\b/i],
    maxWords: 30,
    why: '"Read more" / "Continue reading" are links, never reporting.',
  },
  {
    name: 'section-label',
    reason: 'related-link',
    all: [
      /^(?:related(?: stories| articles| news| coverage| content| topics)?|trending(?: now| stories)?|most (?:read|popular|viewed|shared)|popular(?: now| stories)?|top stories|latest(?: news| stories| headlines)?|recommended(?: for you| stories| reading)?|you (?:may|might) also (?:like|be interested in)|more (?:from|on|in) [\p{L} ]{1,30}|more stories|editor'?s picks|what to read next|in other news|advertisement|sponsored(?: content)?|story continues below(?: advertisement)?|tags?|topics)\s*:?$/iu,
    ],
    maxWords: 8,
    why: 'Block labels ("Trending now", "More from Africa", "Advertisement") head lists of other stories or ads.',
  },
  {
    name: 'newsletter-prompt',
    reason: 'prompt',
    all: [/\b(?:newsletter|inbox|briefing|bulletin|alerts?|podcast)\b/i, /\b(?:sign up|subscribe|delivered (?:free|to your|every)|get (?:our|the|it)|receive (?:our|the)|join (?:our|the)|register (?:for|now)|listen to (?:our|the)|tune in|follow (?:our|us))\b/i, /^(?!.*\b(?:said|says|told|according)\b)/i],
    maxWords: 30,
    why: 'Newsletter and bulletin prompts ("Sign up for our morning briefing…"); not lines that report what someone said.',
  },
  {
    name: 'subscribe-prompt',
    reason: 'prompt',
    all: [/(?:^(?:subscribe|sign up|sign in|log in|register|don'?t miss|never miss|already a (?:subscriber|member)|become a (?:member|subscriber|supporter)|support (?:our|independent|quality) journalism|unlock|get unlimited|try \d+ (?:days|weeks))\b|\bsubscribe (?:now|today|to (?:our|the))\b|\bunlimited access\b)/i],
    maxWords: 30,
    why: 'Paywall and subscription prompts.',
  },
  {
    name: 'share-prompt',
    reason: 'prompt',
    all: [
      /^(?:share(?: this)?(?: article| story| page| on)?|follow us(?: on)?|like us on|join us on|copy link)\b/i,
      /\b(?:facebook|twitter|x|whatsapp|telegram|linkedin|instagram|youtube|tiktok|e-?mail|link|article|story)\b/i,
      /^(?!.*\b(?:said|says)\b)/i,
    ],
    maxWords: 14,
    why: 'Share bars and social prompts ("Share on Facebook Share on X").',
  },
  {
    name: 'cookie-notice',
    reason: 'prompt',
    all: [/\bcookies?\b/i, /\b(?:we use|this (?:site|website) uses|accept|consent|privacy policy|preferences|your experience)\b/i],
    maxWords: 40,
    why: 'Cookie banners.',
  },
  {
    name: 'photo-credit-label',
    reason: 'photo-credit',
    all: [/(?:^\(?\s*|[.!?]\s+\(?|\s[|/]\s*)(?:photos?|photograph|image|picture|pic|video|credit|photo credit|file photo)s?(?: by)?\s*[:©]\s*[^.!?]{1,80}\)?\.?$/i],
    maxWords: 45,
    why: 'Photo credits, alone ("(Photo: X/Y)") or closing a caption ("Families at a camp. Photo: X/Y").',
  },
  {
    name: 'photo-agency-credit',
    reason: 'photo-credit',
    all: [/\b(?:Getty Images|via Getty|Shutterstock|AP Photo|EPA-EFE|Alamy|Anadolu Agency via|Reuters\/[A-Z])\b/],
    maxWords: 30,
    why: 'Captions credited to picture agencies ("… (AFP via Getty Images)").',
  },
  {
    name: 'wire-credit',
    reason: 'byline',
    all: [/^\(?\s*(?:reporting|writing|additional reporting|editing|compiled|edited) by\b[^)]*\)?\.?$/i],
    maxWords: 30,
    why: 'Wire credit lines ("(Reporting by X; Editing by Y)") name staff, not events.',
  },
  {
    name: 'timestamp-line',
    reason: 'dateline',
    all: [new RegExp(`^(?:published|updated|posted|last updated|first published|date)\\b\\s*(?:on|at|:)?\\s*(?:\\d|${MONTH}|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\b)`, 'i')],
    maxWords: 12,
    why: 'Publication stamps ("Published March 13, 2025"); the date goes to metadata when none is known.',
  },
  {
    name: 'bare-date',
    reason: 'dateline',
    all: [new RegExp(`^(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\\s+)?(?:\\d{1,2}\\s+${MONTH},?\\s+\\d{4}|${MONTH}\\s+\\d{1,2},?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2})(?:[ ,T]+\\d{1,2}[:.]\\d{2}.*)?$`, 'i')],
    maxWords: 8,
    why: 'A line holding only a date or time stamp is page furniture.',
  },
  {
    name: 'breadcrumbs',
    reason: 'navigation',
    all: [/^[\p{L}&' ]{1,25}(?:(?:\s*[>›»]\s*|\s+\/\s+)[\p{L}&' ]{1,25}){1,6}$/u],
    maxWords: 14,
    why: 'Navigation crumbs ("Home > World > Africa").',
  },
  {
    name: 'menu-bar',
    reason: 'navigation',
    all: [/^[^.!?|]{1,25}(?:\s\|\s[^.!?|]{1,25}){2,}$/],
    maxWords: 24,
    why: 'Menus rendered as "News | Opinion | Sport".',
  },
  {
    name: 'copyright',
    reason: 'other',
    all: [/(?:^(?:©|\(c\)\s|copyright\b)|all rights reserved)/i],
    maxWords: 25,
    why: 'Copyright footers.',
  },
  {
    name: 'no-words',
    reason: 'empty',
    all: [/^[^\p{L}\p{N}]*$/u],
    maxWords: 1000,
    why: 'Separators ("***", "—") carry no text.',
  },
];

const WORDS = /\S+/g;

export function wordCount(text: string): number {
  return text.match(WORDS)?.length ?? 0;
}

/** The first rule matching the whole line, or null. */
export function matchBoilerplate(text: string): BoilerplateRule | null {
  const words = wordCount(text);
  for (const rule of BOILERPLATE_RULES) {
    if (words > rule.maxWords) continue;
    if (rule.all.every((re) => re.test(text))) return rule;
  }
  return null;
}
