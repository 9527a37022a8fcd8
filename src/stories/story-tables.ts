/**
 * Word tables the story representation uses. Kept apart from the code so they can be tuned without reading it.
 */

/**
 * Words that carry no topic: English function words plus the reporting vocabulary every news article shares
 * ("said", "according", "reported", weekdays, months). Left in, they would make every report look a little like
 * every other one; inverse document frequency would shrink them, but only after many documents have been seen,
 * and a fresh store (or a five-document batch) has no such statistics yet.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a about above according across after afterwards again against ago all almost along already also although always am ' +
    'among an and another any anyone anything are around as at away back be became because become been before began ' +
    'being below beside besides between beyond both but by can cannot could did do does doing done down during each ' +
    'early earlier either else elsewhere enough even ever every few first for former from further get gets given go ' +
    'going had has have having he her here hers herself him himself his how however i if in including inside into is it ' +
    'its itself just last late later latest least less like made make many may me meanwhile might more most mostly much ' +
    'must my near nearly neither never new news next no none nor not nothing now of off often on once one only onto or ' +
    'other others otherwise our ours out over own part per perhaps put rather same second several she should since so ' +
    'some someone something still such than that the their theirs them themselves then there these they third this ' +
    'those though three through throughout thus to together too toward towards two under until up upon us very via was ' +
    'we well were what whatever when where whether which while who whole whom whose why will with within without would ' +
    'yet you your yours ' +
    // reporting vocabulary shared by all news
    'said say says saying told tell tells added adds reported reports report reporting reporter reporters statement ' +
    'statements announced according confirmed confirm spokesperson spokesman spokeswoman official officials source ' +
    'sources agency press media news newspaper update updated live breaking read also click share comment comments ' +
    'photo photos video image file copyright rights reserved subscribe newsletter advertisement ' +
    // calendar words: time is a feature of its own
    'monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow tonight morning afternoon evening ' +
    'night day days week weeks month months year years hour hours minute minutes time times ' +
    'january february march april june july august september october november december'
  ).split(/\s+/),
);

/**
 * Suffixes folded away so "floods", "flooded" and "flooding" meet ("-es" is left alone: it would split "strike" from "strikes"), longest first. A crude stemmer is enough here:
 * the same rule is applied to every document, so a stem only has to be consistent, not a dictionary word.
 * `min` is the shortest stem the rule may leave, which keeps "bus" or "news" from being cut.
 */
export const SUFFIX_RULES: ReadonlyArray<{ suffix: string; replace: string; min: number }> = [
  { suffix: 'ies', replace: 'y', min: 3 },
  { suffix: 'ing', replace: '', min: 4 },
  { suffix: 'ed', replace: '', min: 4 },
  { suffix: 's', replace: '', min: 4 },
];
