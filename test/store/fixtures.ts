/**
 * Invented wire stories for the store and duplicate tests. Every place, outlet and person is fictional.
 * - FLOOD_WIRE and FLOOD_REPRINT: one wire story and another outlet's lightly edited copy (new lede sentence, a
 *   changed figure, a dropped closing paragraph, a house style tweak) — must be linked.
 * - FLOOD_OTHER: a different report on the same flood (same places, same toll) written independently — must not be.
 * - BUS_CRASH and MARKET_BLAST: unrelated stories.
 */
import type { SitrepDocument } from '../../src/model/document.js';
import { emptyMeta } from '../../src/model/document.js';
import { createHash } from 'node:crypto';

export const FLOOD_WIRE = `Floods kill 17 in Varennia river valley
ORSK, Varennia (Meridian Wire) - Flash floods swept through villages along the Tavel river on Sunday night, killing at least 17 people and forcing more than 4,000 from their homes, the regional civil protection office said on Monday.
Rescue teams using inflatable boats pulled dozens of residents from rooftops in the hamlets of Kresno and Volda, where water rose nearly two metres within an hour after a week of heavy rain.
"The river broke through the old embankment at three points," said Ilka Marrow, a spokeswoman for the civil protection office. "Many families were asleep when the water came in."
Twelve of the dead were found in Kresno, she said. At least 40 people were injured and nine remain missing, according to the office, which warned that the toll could rise as teams reach cut-off farms upstream.
The regional governor declared a state of emergency across three districts and asked the national government for army helicopters to deliver drinking water and medicine.
Forecasters expect more rain in the hills above the valley through Wednesday, and the office urged residents near the river to move to higher ground or to the shelters opened in schools in Orsk.
The Tavel valley was last hit by serious flooding eleven years ago, when six people died and the embankment that failed on Sunday was built.`;

export const FLOOD_REPRINT = `Seventeen dead as flash floods hit Tavel valley
ORSK (Meridian Wire) - Flash floods swept through villages along the Tavel river late on Sunday, killing at least 17 people and forcing more than 4,000 from their homes, the regional civil protection office said on Monday.
Rescue teams using inflatable boats pulled dozens of residents from rooftops in the hamlets of Kresno and Volda, where water rose nearly two metres within an hour after a week of heavy rain.
"The river broke through the old embankment at three points," said Ilka Marrow, a spokeswoman for the civil protection office. "Many families were asleep when the water came in."
Twelve of the dead were found in Kresno, she said. At least 43 people were injured and nine remain missing, according to the office, which warned that the toll could rise as teams reach cut-off farms upstream.
The regional governor declared a state of emergency across three districts and asked the national government for army helicopters to deliver drinking water and medicine.
Forecasters expect more rain in the hills above the valley through Wednesday, and the office urged residents near the river to move to higher ground or to shelters in Orsk schools.`;

export const FLOOD_OTHER = `Tavel valley counts its dead after night of floods
By our correspondent in Orsk
Villagers in Kresno spent Monday digging mud out of their houses and searching for neighbours after the Tavel river burst its banks overnight. The civil protection office put the death toll at 17, most of them in Kresno itself, with nine people still unaccounted for.
"We heard a roar and then the water was at the windows," said Dario Venn, a farmer who carried his two children to the roof of a barn. His mother-in-law has not been found.
Officials said more than 4,000 people had left their homes and that some 40 had been treated in hospital in Orsk for injuries and hypothermia. Army helicopters requested by the governor had not arrived by nightfall.
Residents blamed an embankment that they say engineers warned about years ago. The regional water authority declined to comment. More rain is forecast for the hills this week.`;

export const BUS_CRASH = `Bus plunges into ravine on Kelmar mountain road
A passenger bus carrying 52 people left the road and fell about 80 metres into a ravine near the Kelmar pass early on Friday, killing 23 and injuring 29, the provincial police said.
The driver lost control on a sharp bend in fog, according to a police statement, which said the bus had been travelling overnight from the port city of Sallow to the capital.
Survivors were taken to hospitals in Dunmere, where doctors said eight were in a critical condition. The transport ministry ordered an inspection of the operator's fleet.`;

export const MARKET_BLAST = `Car bomb hits market in Qarvan, killing nine
A car bomb exploded outside a crowded vegetable market in the town of Qarvan on Thursday, killing nine civilians and wounding at least 31, the town's health director said.
No group has claimed the attack. Security forces sealed off the area and arrested two men seen leaving a parked car shortly before the blast, a police source said.
The Qarvan market was hit by a similar attack two years ago in which fourteen people died.`;

/** A cleaned document as the reader and cleaner would produce it, with a title from the first line. */
export function makeDoc(text: string, over: Partial<{ id: string; outlet: string; url: string; published: string }> = {}): SitrepDocument {
  const firstBreak = text.indexOf('\n');
  const title = firstBreak > 0 ? text.slice(0, firstBreak) : null;
  const id = over.id ?? createHash('sha256').update((over.url ?? '') + '\n' + text).digest('hex').slice(0, 16);
  return {
    id,
    origin: { location: over.url ?? `memory:${id}`, format: 'text' },
    source: text,
    text,
    offsets: { segments: [[0, 0, text.length]] },
    meta: { ...emptyMeta(), title, outlet: over.outlet ?? null, url: over.url ?? null, published: over.published ?? null },
    headings: [],
    removed: [],
    messages: [],
  };
}
