/**
 * Countries: ISO 3166-1 alpha-2 code, name, other names and demonyms (which also set a report's country context:
 * "Syrian forces" points at Syria), and an approximate centre for country-precision places.
 * One line per country, fields separated by "|": code|name|aliases;comma-separated|demonyms,comma-separated|lat|lon.
 * Data, not code: add a line to add a country.
 */
import { wordTable } from '../../nlp/word-table.js';
const DATA = `
AF|Afghanistan||Afghan|33.9|67.7
AL|Albania||Albanian|41.2|20.2
DZ|Algeria||Algerian|28.0|1.7
AO|Angola||Angolan|-11.2|17.9
AR|Argentina||Argentine,Argentinian|-38.4|-63.6
AM|Armenia||Armenian|40.1|45.0
AU|Australia||Australian|-25.3|133.8
AT|Austria||Austrian|47.5|14.6
AZ|Azerbaijan||Azerbaijani|40.1|47.6
BH|Bahrain||Bahraini|26.0|50.6
BD|Bangladesh||Bangladeshi|23.7|90.4
BY|Belarus||Belarusian|53.7|28.0
BE|Belgium||Belgian|50.5|4.5
BJ|Benin||Beninese|9.3|2.3
BO|Bolivia||Bolivian|-16.3|-63.6
BA|Bosnia and Herzegovina|Bosnia|Bosnian|43.9|17.7
BR|Brazil||Brazilian|-14.2|-51.9
BG|Bulgaria||Bulgarian|42.7|25.5
BF|Burkina Faso||Burkinabe|12.2|-1.6
BI|Burundi||Burundian|-3.4|29.9
KH|Cambodia||Cambodian|12.6|105.0
CM|Cameroon||Cameroonian|7.4|12.4
CA|Canada||Canadian|56.1|-106.3
CF|Central African Republic|CAR|Central African|6.6|20.9
TD|Chad||Chadian|15.5|18.7
CL|Chile||Chilean|-35.7|-71.5
CN|China|People's Republic of China|Chinese|35.9|104.2
CO|Colombia||Colombian|4.6|-74.3
CD|Democratic Republic of the Congo|DR Congo,DRC,Congo-Kinshasa|Congolese|-4.0|21.8
CG|Republic of the Congo|Congo-Brazzaville||-0.2|15.8
HR|Croatia||Croatian|45.1|15.2
CU|Cuba||Cuban|21.5|-77.8
CY|Cyprus||Cypriot|35.1|33.4
CZ|Czech Republic|Czechia|Czech|49.8|15.5
DK|Denmark||Danish|56.3|9.5
DJ|Djibouti||Djiboutian|11.8|42.6
EC|Ecuador||Ecuadorian|-1.8|-78.2
EG|Egypt||Egyptian|26.8|30.8
SV|El Salvador||Salvadoran|13.8|-88.9
ER|Eritrea||Eritrean|15.2|39.8
ET|Ethiopia||Ethiopian|9.1|40.5
FR|France||French|46.2|2.2
GE|Georgia||Georgian|42.3|43.4
DE|Germany||German|51.2|10.5
GH|Ghana||Ghanaian|7.9|-1.0
GR|Greece||Greek|39.1|21.8
GT|Guatemala||Guatemalan|15.8|-90.2
GN|Guinea||Guinean|9.9|-9.7
HT|Haiti||Haitian|19.0|-72.3
HN|Honduras||Honduran|15.2|-86.2
HU|Hungary||Hungarian|47.2|19.5
IN|India||Indian|20.6|79.0
ID|Indonesia||Indonesian|-0.8|113.9
IR|Iran|Islamic Republic of Iran|Iranian|32.4|53.7
IQ|Iraq||Iraqi|33.2|43.7
IE|Ireland||Irish|53.1|-8.2
IL|Israel||Israeli|31.0|34.9
IT|Italy||Italian|41.9|12.6
CI|Ivory Coast|Côte d'Ivoire,Cote d'Ivoire|Ivorian|7.5|-5.5
JP|Japan||Japanese|36.2|138.3
JO|Jordan||Jordanian|30.6|36.2
KZ|Kazakhstan||Kazakh|48.0|66.9
KE|Kenya||Kenyan|-0.02|37.9
XK|Kosovo||Kosovar|42.6|20.9
KW|Kuwait||Kuwaiti|29.3|47.5
KG|Kyrgyzstan||Kyrgyz|41.2|74.8
LB|Lebanon||Lebanese|33.9|35.9
LY|Libya||Libyan|26.3|17.2
LR|Liberia||Liberian|6.4|-9.4
MG|Madagascar||Malagasy|-18.8|46.9
MW|Malawi||Malawian|-13.3|34.3
MY|Malaysia||Malaysian|4.2|102.0
ML|Mali||Malian|17.6|-4.0
MR|Mauritania||Mauritanian|21.0|-10.9
MX|Mexico||Mexican|23.6|-102.6
MD|Moldova||Moldovan|47.4|28.4
MA|Morocco||Moroccan|31.8|-7.1
MZ|Mozambique||Mozambican|-18.7|35.5
MM|Myanmar|Burma|Burmese|21.9|95.9
NP|Nepal||Nepalese,Nepali|28.4|84.1
NL|Netherlands|Holland|Dutch|52.1|5.3
NZ|New Zealand||New Zealander|-40.9|174.9
NI|Nicaragua||Nicaraguan|12.9|-85.2
NE|Niger||Nigerien|17.6|8.1
NG|Nigeria||Nigerian|9.1|8.7
KP|North Korea|DPRK|North Korean|40.3|127.5
NO|Norway||Norwegian|60.5|8.5
OM|Oman||Omani|21.5|55.9
PK|Pakistan||Pakistani|30.4|69.3
PS|Palestine|Palestinian territories,Gaza Strip,West Bank|Palestinian|31.9|35.2
PA|Panama||Panamanian|8.5|-80.8
PE|Peru||Peruvian|-9.2|-75.0
PH|Philippines||Filipino,Philippine|12.9|121.8
PL|Poland||Polish|51.9|19.1
PT|Portugal||Portuguese|39.4|-8.2
QA|Qatar||Qatari|25.4|51.2
RO|Romania||Romanian|45.9|25.0
RU|Russia|Russian Federation|Russian|61.5|105.3
RW|Rwanda||Rwandan|-1.9|29.9
SA|Saudi Arabia||Saudi|23.9|45.1
SN|Senegal||Senegalese|14.5|-14.5
RS|Serbia||Serbian|44.0|21.0
SL|Sierra Leone||Sierra Leonean|8.5|-11.8
SO|Somalia||Somali|5.2|46.2
ZA|South Africa||South African|-30.6|22.9
KR|South Korea|Republic of Korea|South Korean|35.9|127.8
SS|South Sudan||South Sudanese|6.9|31.3
ES|Spain||Spanish|40.5|-3.7
LK|Sri Lanka||Sri Lankan|7.9|80.8
SD|Sudan||Sudanese|12.9|30.2
SE|Sweden||Swedish|60.1|18.6
CH|Switzerland||Swiss|46.8|8.2
SY|Syria|Syrian Arab Republic|Syrian|34.8|39.0
TW|Taiwan||Taiwanese|23.7|121.0
TJ|Tajikistan||Tajik|38.9|71.3
TZ|Tanzania||Tanzanian|-6.4|34.9
TH|Thailand||Thai|15.9|100.99
TG|Togo||Togolese|8.6|0.8
TN|Tunisia||Tunisian|33.9|9.5
TR|Turkey|Türkiye,Turkiye|Turkish|38.96|35.2
TM|Turkmenistan||Turkmen|38.97|59.6
UG|Uganda||Ugandan|1.4|32.3
UA|Ukraine||Ukrainian|48.4|31.2
AE|United Arab Emirates|UAE,Emirates|Emirati|23.4|53.8
GB|United Kingdom|UK,Britain,Great Britain,England|British|55.4|-3.4
US|United States|United States of America,USA,U.S.,US,America|American|37.1|-95.7
UZ|Uzbekistan||Uzbek|41.4|64.6
VE|Venezuela||Venezuelan|6.4|-66.6
VN|Vietnam|Viet Nam|Vietnamese|14.1|108.3
YE|Yemen||Yemeni|15.6|48.5
ZM|Zambia||Zambian|-13.1|27.8
ZW|Zimbabwe||Zimbabwean|-19.0|29.2
`;

export interface CountryEntry {
  code: string;
  name: string;
  aliases: string[];
  demonyms: string[];
  lat: number;
  lon: number;
}

const list = (s: string): string[] => (s ? s.split(',').map((x) => x.trim()).filter(Boolean) : []);

export const COUNTRIES: readonly CountryEntry[] = DATA.trim()
  .split('\n')
  .map((line) => {
    const [code, name, aliases, demonyms, lat, lon] = line.split('|');
    return { code, name, aliases: list(aliases), demonyms: list(demonyms), lat: Number(lat), lon: Number(lon) };
  });

/** Neighbouring countries whose towns a report about the first country commonly names (border crossings, camps). */
export const NEIGHBOURS: Readonly<Record<string, readonly string[]>> = wordTable({
  SY: ['TR', 'LB', 'IQ', 'JO', 'IL'],
  LB: ['SY', 'IL'],
  IL: ['PS', 'LB', 'SY', 'EG', 'JO'],
  PS: ['IL', 'EG'],
  IQ: ['SY', 'IR', 'TR'],
  UA: ['RU', 'BY', 'PL', 'MD'],
  RU: ['UA'],
  SD: ['SS', 'TD', 'EG'],
  ML: ['BF', 'NE', 'MR'],
  BF: ['ML', 'NE'],
  NE: ['NG', 'ML', 'BF', 'TD'],
  NG: ['NE', 'CM', 'TD'],
  SO: ['KE', 'ET'],
  AF: ['PK', 'IR'],
  PK: ['AF', 'IN'],
  IN: ['PK'],
  YE: ['SA'],
  CD: ['RW', 'UG'],
  LY: ['TN', 'EG'],
});
