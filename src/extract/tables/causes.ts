/**
 * Causes of harm, by the words reports use for them. The first pattern that matches nearest the figure names the
 * cause; canonical names are short and stable so briefs and exports can group by them.
 */
export const CAUSES: ReadonlyArray<readonly [cause: string, pattern: RegExp]> = [
  ['air strike', /\b(?:air\s*strikes?|airstrikes?|air\s+raids?|air\s+attacks?|aerial\s+(?:bombardment|attacks?|strikes?)|warplanes?|bombing\s+raids?|jets?\s+(?:struck|bombed|hit))\b/i],
  ['drone', /\bdrones?\b|\bunmanned\s+aerial\b|\bUAVs?\b/i],
  ['shelling', /\b(?:shelling|shells?|artillery|mortars?|bombardment|shelled)\b/i],
  ['rocket', /\brockets?\b|\bmissiles?\b/i],
  ['IED', /\b(?:IEDs?|improvised\s+explosive|roadside\s+bombs?|landmines?|land\s+mines?|mines?\s+(?:blast|explosion)|explosive\s+device)\b/i],
  ['suicide bombing', /\bsuicide\s+(?:bomb\w*|attack\w*|blast)\b/i],
  ['car bomb', /\bcar\s+bombs?\b|\bvehicle[-\s]borne\b/i],
  ['bombing', /\b(?:bombings?|bomb\s+(?:blasts?|attacks?)|explosions?|blasts?|grenades?)\b/i],
  ['shooting', /\b(?:shootings?|gunfire|opened\s+fire|gunmen|shot\s+dead|shot|sniper)\b/i],
  ['stabbing', /\b(?:stabbings?|stabbed|knife\s+attack)\b/i],
  ['clashes', /\b(?:clashes|fighting|battles?|firefights?|gunbattles?|skirmishes|offensive|assault|combat)\b/i],
  ['massacre', /\bmassacres?\b|\bexecutions?\b/i],
  ['earthquake', /\b(?:earthquakes?|quakes?|tremors?|aftershocks?)\b/i],
  ['flood', /\b(?:floods?|flooding|flash\s+floods?|torrential\s+rain\w*|heavy\s+rain\w*)\b/i],
  ['landslide', /\b(?:landslides?|mudslides?|landslips?)\b/i],
  ['storm', /\b(?:storms?|cyclones?|hurricanes?|typhoons?|tornado(?:es)?)\b/i],
  ['tsunami', /\btsunamis?\b/i],
  ['wildfire', /\b(?:wildfires?|bushfires?|forest\s+fires?)\b/i],
  ['fire', /\b(?:fires?|blaze|inferno)\b/i],
  ['heatwave', /\bheat\s*waves?\b|\bextreme\s+heat\b/i],
  ['collapse', /\bcollapse[ds]?\b|\bcave-?in\b/i],
  ['shipwreck', /\b(?:capsized|shipwrecks?|sank|sinking|(?:boat|ferry|vessel|dinghy)\s+(?:overturned|capsized|sank|accident|disaster))\b/i],
  ['road crash', /\b(?:crash(?:ed|es)?|collisions?|collided|road\s+accidents?|traffic\s+accidents?|overturned|plunged)\b/i],
  ['plane crash', /\bplane\s+crash\b|\baircraft\s+crash\b/i],
  ['stampede', /\bstampedes?\b|\bcrush\b/i],
  ['disease', /\b(?:cholera|outbreak|epidemic|disease|virus|infections?)\b/i],
  ['famine', /\b(?:famine|starvation|malnutrition)\b/i],
];
