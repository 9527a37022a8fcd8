/**
 * Synthetic news articles for clustering tests: invented events (strikes, clashes, floods, quakes, crashes, fires,
 * protests) in invented towns, several reports per event, written from templates with a seeded generator so runs
 * are repeatable. Events are spread over a date range so some fall in the same week as any real sample.
 */
import { inventedName, pick, rng } from '../../bench/synthetic-articles.js';

export interface SyntheticArticle {
  id: string;
  event: string;
  published: string;
  outlet: string;
  title: string;
  text: string;
}

const SYLLABLES = ['ka', 'ro', 'mi', 'tel', 'van', 'su', 'dor', 'ash', 'bel', 'nik', 'ur', 'zan', 'to', 'lek', 'mar', 'os', 'qui', 'ren', 'sa', 'bu'];
const OUTLETS = ['Amber Wire', 'Lowland Times', 'Coastal Bulletin', 'Summit Radio', 'The Daily Lantern', 'Orbit News', 'Valley Sentinel', 'Prairie Voice'];

const name = (r: () => number): string => inventedName(r, SYLLABLES);

interface Slots {
  town: string;
  region: string;
  country: string;
  actor: string;
  other: string;
  n: number;
  m: number;
}

type Template = { title: string[]; body: string[] };

/** Sentence templates per event kind; {town} etc. are filled from the event's slots. */
const KINDS: Record<string, Template> = {
  strike: {
    title: ['Air strike hits {town}', 'Strike on {town} kills {n}', 'Warplanes bomb {town} in {region}'],
    body: [
      'An air strike hit a residential area of {town} in {region} province, killing {n} people, residents said.',
      'The {actor} denied targeting civilians and said it struck positions of the {other}.',
      'Rescuers searched collapsed buildings in {town} for survivors.',
      'At least {m} people were wounded and taken to hospitals in the provincial capital.',
      'The {other} accused the {actor} of a massacre in {town}.',
      'Humanitarian groups in {country} called for an investigation into the bombing.',
    ],
  },
  clash: {
    title: ['Fighting erupts near {town}', 'Clashes in {region} leave {n} dead', '{other} attack {actor} positions'],
    body: [
      'Heavy fighting broke out between the {actor} and the {other} near {town} in {region}.',
      'A monitoring group said {n} fighters were killed on both sides.',
      'The {other} claimed to have captured two villages outside {town}.',
      'Thousands of families fled towards {region} city as shelling intensified.',
      'The {actor} said it had repelled the assault and inflicted heavy losses.',
      'The government of {country} sent reinforcements to the front.',
    ],
  },
  flood: {
    title: ['Floods submerge {town}', 'Rivers burst banks in {region}', 'Flood toll rises to {n} in {country}'],
    body: [
      'Floods caused by days of torrential rain submerged much of {town} in {region}.',
      'Officials said {n} people had drowned and {m} were missing.',
      'The river rose above the danger level and washed away a bridge near {town}.',
      'Thousands of people were moved to shelters in schools.',
      'The disaster agency of {country} sent boats and food to stranded villages.',
      'Farmers said the water had destroyed crops across {region}.',
    ],
  },
  quake: {
    title: ['Earthquake strikes {region}', 'Quake kills {n} in {town}', 'Strong tremor shakes {country}'],
    body: [
      'An earthquake of magnitude {mag} struck {region} province, collapsing buildings in {town}.',
      'At least {n} people were killed and {m} injured, the disaster authority said.',
      'Rescuers pulled survivors from the rubble through the night.',
      'Aftershocks rattled {town} and nearby villages.',
      'The government of {country} declared three days of mourning.',
      'Residents slept outdoors fearing more tremors.',
    ],
  },
  crash: {
    title: ['Bus crash near {town} kills {n}', 'Highway collision in {region}', 'Train derails outside {town}'],
    body: [
      'A bus collided with a truck on the highway near {town}, killing {n} passengers, police said.',
      'More than {m} people were injured and taken to hospital in {region}.',
      'Witnesses said the driver lost control on a sharp bend.',
      'The transport ministry of {country} opened an investigation.',
      'Rescue workers cut through the wreckage to free trapped passengers.',
      'The road has a long record of deadly accidents.',
    ],
  },
  fire: {
    title: ['Factory fire in {town} kills {n}', 'Blaze guts warehouse in {region}', 'Workers trapped in {town} fire'],
    body: [
      'A fire swept through a factory in {town} in {region}, killing {n} workers.',
      'Firefighters battled the blaze for hours before bringing it under control.',
      'Survivors said the emergency exits were locked.',
      'Police detained the owner of the factory in {town}.',
      'Labour groups in {country} demanded stricter safety inspections.',
      'At least {m} people were treated for burns and smoke inhalation.',
    ],
  },
  protest: {
    title: ['Protesters march in {town}', 'Police clash with demonstrators in {region}', 'Protests over prices spread in {country}'],
    body: [
      'Thousands of protesters marched through {town} against rising food prices.',
      'Police fired tear gas and arrested {n} demonstrators, officials said.',
      'The protest was called by the {other} union and student groups.',
      'Shops in central {town} closed as crowds gathered.',
      'The government of {country} said it would review the price increases.',
      'Organisers promised more demonstrations across {region}.',
    ],
  },
};

function fill(s: string, slots: Slots, r: () => number): string {
  return s
    .replace(/\{town\}/g, slots.town)
    .replace(/\{region\}/g, slots.region)
    .replace(/\{country\}/g, slots.country)
    .replace(/\{actor\}/g, slots.actor)
    .replace(/\{other\}/g, slots.other)
    .replace(/\{n\}/g, String(slots.n + Math.floor(r() * 3)))
    .replace(/\{m\}/g, String(slots.m))
    .replace(/\{mag\}/g, (5 + r() * 2).toFixed(1));
}

const ACTORS = ['National Army', 'Federal Guard', 'Liberation Front', 'People\u2019s Militia', 'Border Brigade', 'Unity Movement'];

/**
 * `events` events, `perEvent` reports each (3–4 sentences, shuffled), dated between `from` and `from + spanDays`.
 */
export function syntheticArticles(opts: { events: number; perEvent: number; from: string; spanDays: number; seed?: number }): SyntheticArticle[] {
  const r = rng(opts.seed ?? 7);
  const start = Date.parse(`${opts.from}T00:00:00Z`);
  const kinds = Object.keys(KINDS);
  const out: SyntheticArticle[] = [];
  for (let e = 0; e < opts.events; e++) {
    const kind = kinds[e % kinds.length];
    const slots: Slots = {
      town: name(r),
      region: name(r),
      country: name(r) + 'ia',
      actor: pick(r, ACTORS),
      other: pick(r, ACTORS),
      n: 3 + Math.floor(r() * 40),
      m: 5 + Math.floor(r() * 80),
    };
    const day = Math.floor(r() * opts.spanDays);
    const t = KINDS[kind];
    for (let k = 0; k < opts.perEvent; k++) {
      const published = new Date(start + (day + Math.floor(r() * 2)) * 86_400_000).toISOString().slice(0, 10);
      const body = [...t.body].sort(() => r() - 0.5).slice(0, 3 + Math.floor(r() * 2));
      out.push({
        id: `syn-${e}-${k}`,
        event: `syn-${e}`,
        published,
        outlet: pick(r, OUTLETS),
        title: fill(pick(r, t.title), slots, r),
        text: body.map((s) => fill(s, slots, r)).join(' '),
      });
    }
  }
  return out;
}
