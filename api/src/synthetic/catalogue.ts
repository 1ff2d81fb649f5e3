/**
 * The fixed vocabulary of the synthetic map: Sweden's 21 counties (real names and real numbers
 * of municipalities, 290 in all), the topics and programmes of the Jämtland demo map, and the
 * word lists generated names are made of.
 */
import { slugify } from '../domain/link-columns.js';
import type { Rng } from './prng.js';

export interface CountySpec {
  readonly name: string;
  /** Short name for regional bodies: "Centrum mot våld Sörmland". */
  readonly short: string;
  readonly region: string;
  readonly municipalities: number;
}

export const COUNTIES: readonly CountySpec[] = [
  { name: 'Stockholms län', short: 'Stockholm', region: 'Region Stockholm', municipalities: 26 },
  { name: 'Uppsala län', short: 'Uppsala', region: 'Region Uppsala', municipalities: 8 },
  { name: 'Södermanlands län', short: 'Sörmland', region: 'Region Sörmland', municipalities: 9 },
  { name: 'Östergötlands län', short: 'Östergötland', region: 'Region Östergötland', municipalities: 13 },
  { name: 'Jönköpings län', short: 'Jönköping', region: 'Region Jönköpings län', municipalities: 13 },
  { name: 'Kronobergs län', short: 'Kronoberg', region: 'Region Kronoberg', municipalities: 8 },
  { name: 'Kalmar län', short: 'Kalmar', region: 'Region Kalmar län', municipalities: 12 },
  { name: 'Gotlands län', short: 'Gotland', region: 'Region Gotland', municipalities: 1 },
  { name: 'Blekinge län', short: 'Blekinge', region: 'Region Blekinge', municipalities: 5 },
  { name: 'Skåne län', short: 'Skåne', region: 'Region Skåne', municipalities: 33 },
  { name: 'Hallands län', short: 'Halland', region: 'Region Halland', municipalities: 6 },
  { name: 'Västra Götalands län', short: 'Västra Götaland', region: 'Västra Götalandsregionen', municipalities: 49 },
  { name: 'Värmlands län', short: 'Värmland', region: 'Region Värmland', municipalities: 16 },
  { name: 'Örebro län', short: 'Örebro', region: 'Region Örebro län', municipalities: 12 },
  { name: 'Västmanlands län', short: 'Västmanland', region: 'Region Västmanland', municipalities: 10 },
  { name: 'Dalarnas län', short: 'Dalarna', region: 'Region Dalarna', municipalities: 15 },
  { name: 'Gävleborgs län', short: 'Gävleborg', region: 'Region Gävleborg', municipalities: 10 },
  { name: 'Västernorrlands län', short: 'Västernorrland', region: 'Region Västernorrland', municipalities: 7 },
  { name: 'Jämtlands län', short: 'Jämtland', region: 'Region Jämtland Härjedalen', municipalities: 8 },
  { name: 'Västerbottens län', short: 'Västerbotten', region: 'Region Västerbotten', municipalities: 15 },
  { name: 'Norrbottens län', short: 'Norrbotten', region: 'Region Norrbotten', municipalities: 14 },
];

export const TOPICS = [
  ['topic-hrv', 'Hedersrelaterat våld och förtryck', null],
  ['topic-vinr', 'Våld i nära relation', 'ViNR'],
  ['topic-parental-support', 'Föräldraskapsstöd', 'Insatser, aktiviteter och verksamheter riktade till föräldrar som stärker föräldraförmågan och relationen mellan förälder och barn'],
  ['topic-child-marriage', 'Barnäktenskap', null],
  ['topic-fgm', 'Könsstympning', null],
  ['topic-child-health', 'Barn och ungas hälsa', null],
  ['topic-violence-prevention', 'Våldsförebyggande arbete', 'Universell, selektiv och indikerad prevention enligt MFoF'],
  ['topic-child-crime-victims', 'Barn som utsatts för brott', null],
  ['topic-norm-breaking-youth', 'Unga med normbrytande beteende', null],
  ['topic-school-absence', 'Problematisk skolfrånvaro', null],
  ['topic-radicalisation', 'Radikalisering', null],
  ['topic-andts', 'ANDTS', 'Alkohol, narkotika, dopning, tobak och spel'],
  ['topic-sexual-health', 'Sexuell och reproduktiv hälsa och rättigheter', null],
  ['topic-gender-equality', 'Jämställdhet och normkritik', 'Föräldraskapsstöd som innefattar jämställdhet och/eller normkritik'],
  ['topic-newcomers', 'Etablering och integration', 'Stöd och information till nyanlända föräldrar under etableringstiden'],
] as const satisfies readonly (readonly [string, string, string | null])[];
export type TopicId = (typeof TOPICS)[number][0];

export const PROGRAMMES = [
  ['prog-abc', 'ABC', 'Alla barn i centrum: föräldraskapsstödsprogram i grupp.'],
  ['prog-komet', 'Komet', null],
  ['prog-komet-tonar', 'Komet tonår', null],
  ['prog-icdp', 'ICDP', 'Vägledande samspel enligt International Child Development Programme.'],
  ['prog-vagledande-samspel', 'Vägledande samspel', null],
  ['prog-fjarilen', 'Fjärilen', null],
  ['prog-repulse', 'Repulse', null],
  ['prog-bubblan', 'Bubblan', null],
  ['prog-foraldrastegen', 'Föräldrastegen', 'För tonårsföräldrar.'],
  ['prog-familjebehandling', 'Familjebehandling', 'Traditionell familjebehandling, individuellt stöd.'],
  ['prog-omsesidig-respekt', 'Ömsesidig respekt', 'Modell för föräldraskapsstöd från ett privat företag.'],
  ['prog-foraldraskap-i-sverige', 'Föräldraskap i Sverige', 'Ges på andra språk eller lätt svenska.'],
  ['prog-livsviktigt-snack', 'Livsviktigt snack', null],
  ['prog-tobaksfri-duo', 'Tobaksfri Duo', null],
  ['prog-foraldrahandboken-droger', 'Föräldrahandboken om droger', null],
  ['prog-barnsakert', 'Barnsäkert', 'Modell för att tidigt identifiera barn och föräldrar i behov av stöd.'],
  ['prog-kyrkis', 'Kyrkis', 'Svenska kyrkans verksamhet.'],
  ['prog-enastaende-foraldrar', 'Enastående föräldrar', null],
  ['prog-tacotorsdag', 'Tacotorsdag', 'Lättillgänglig mötesplats i kyrkan.'],
  ['prog-stopp-min-kropp', 'Stopp min kropp', null],
  ['prog-samhallsorientering', 'Samhällsorientering', 'Samhällsorientering för nyanlända, med språkstöd.'],
  ['prog-connect', 'Connect', 'Föräldraskapsstöd för föräldrar till tonåringar.'],
] as const satisfies readonly (readonly [string, string, string | null])[];
export type ProgrammeId = (typeof PROGRAMMES)[number][0];

export const TG = {
  teens: 'föräldrar med tonåringar',
  newcomers: 'nyanlända föräldrar',
  small: 'föräldrar till små barn',
  expecting: 'blivande föräldrar',
  school: 'föräldrar med skolbarn',
  youth: 'unga',
  single: 'ensamstående föräldrar',
  disability: 'föräldrar till barn med funktionsnedsättning',
  violence: 'våldsutsatta föräldrar',
} as const;

export const LANGUAGES = [
  'arabiska', 'somaliska', 'dari', 'tigrinja', 'persiska', 'kurdiska', 'engelska', 'turkiska', 'polska',
  'ukrainska', 'bosniska', 'pashto', 'finska', 'meänkieli', 'samiska', 'amhariska',
] as const;

export function languagesFor(rng: Rng, min: number, max: number): string[] {
  return rng.sample(LANGUAGES, rng.int(min, max));
}

const PREFIXES = [
  'Norr', 'Söder', 'Väster', 'Öster', 'Berg', 'Sand', 'Lund', 'Ås', 'Mal', 'Hed', 'Sjö', 'Strand', 'Ek', 'Björk',
  'Gran', 'Lin', 'Kungs', 'Älv', 'Hög', 'Ljus', 'Mark', 'Vall', 'Fors', 'Tran', 'Fal', 'Sval', 'Hamn', 'Kil',
  'Mora', 'Tors', 'Vik', 'Ulf', 'Skog', 'Bro', 'Sten', 'Hjort', 'Ram', 'Rams', 'Karl', 'Kristin', 'Mjöl', 'Tall',
  'Al', 'Ask', 'Rön', 'Lov', 'Ny', 'Gull', 'Silver', 'Järn', 'Koppar', 'Ång', 'Häll', 'Ljung', 'Hass', 'Ör',
  'Sol', 'Mos', 'Vret', 'Ånge',
] as const;
const SUFFIXES = [
  'by', 'köping', 'sund', 'å', 'berg', 'ås', 'vik', 'holm', 'näs', 'dal', 'fors', 'hamn', 'stad', 'torp', 'ryd',
  'hult', 'bo', 'rum', 'inge', 'sjö', 'hed', 'strand', 'mark', 'vara', 'lösa', 'tuna', 'vid', 'sala', 'bro', 'lid',
] as const;

/** Unique, real-sounding municipality names ("Norrby", "Sandvik"), n of them. */
export function municipalityNames(rng: Rng, n: number, reserved: ReadonlySet<string> = new Set()): string[] {
  // "Bergberg" and "Hedhed" read badly: no suffix that repeats its prefix.
  const combos = PREFIXES.flatMap((p) => SUFFIXES.filter((s) => s !== p.toLowerCase()).map((s) => p + s));
  const names: string[] = [];
  const seen = new Set<string>(reserved);
  for (const name of rng.shuffle(combos)) {
    const slug = slugify(name);
    // The last letter of a prefix meeting the first of a suffix ("Sjösjö", "Ållå") reads badly.
    if (seen.has(slug) || /(.)\1\1/.test(name.toLowerCase()) || name.length > 12) continue;
    seen.add(slug);
    names.push(name);
    if (names.length === n) return names;
  }
  throw new Error(`cannot name ${n} municipalities`);
}

export const PRESCHOOL_NAMES = [
  'Solrosen', 'Blåklockan', 'Ekorren', 'Myran', 'Trollet', 'Lärkan', 'Vitsippan', 'Näckrosen', 'Humlan',
  'Tallkotten', 'Regnbågen', 'Kastanjen', 'Nyckelpigan', 'Snäckan', 'Ugglan', 'Tussilagon', 'Mården', 'Skogsbrynet',
  'Pärlan', 'Fjärilen', 'Lingonet', 'Björnen', 'Igelkotten', 'Rönnbäret',
] as const;
export const SCHOOL_NAMES = [
  'Centrumskolan', 'Björkskolan', 'Ekbackeskolan', 'Lindskolan', 'Norrskolan', 'Söderskolan', 'Västerskolan',
  'Österskolan', 'Tallbackaskolan', 'Högalidsskolan', 'Vallaskolan', 'Sjöviksskolan', 'Ängsskolan',
  'Kyrkskolan', 'Backaskolan', 'Hagaskolan', 'Solbergaskolan', 'Furuskolan', 'Granskolan', 'Åkerskolan',
] as const;
export const PLACE_NAMES = [
  'Centrum', 'Norra', 'Södra', 'Östra', 'Västra', 'Hagen', 'Backen', 'Dalen', 'Strand', 'Bruket', 'Kyrkbyn',
  'Stationsområdet', 'Hamnen', 'Ängen',
] as const;
export const SPORTS_CLUBS = ['IF', 'BK', 'IK', 'Ridklubb', 'Simsällskap', 'Skidklubb', 'Innebandyklubb', 'Brottarklubb'] as const;
export const CULTURE_ASSOCIATIONS = [
  ['Somaliska föreningen', 'somaliska'], ['Afghanska kulturföreningen', 'dari'], ['Eritreanska föreningen', 'tigrinja'],
  ['Kurdiska föreningen', 'kurdiska'], ['Syriska kulturföreningen', 'arabiska'], ['Ukrainska föreningen', 'ukrainska'],
  ['Irakiska föreningen', 'arabiska'], ['Bosniska föreningen', 'bosniska'],
] as const;
export const STUDY_ASSOCIATIONS = [
  ['org-abf', 'ABF'], ['org-studieframjandet', 'Studiefrämjandet'], ['org-nbv', 'NBV'], ['org-sensus', 'Sensus'],
  ['org-sv', 'Studieförbundet Vuxenskolan'], ['org-ibn-rushd', 'Ibn Rushd'], ['org-folkuniversitetet', 'Folkuniversitetet'],
] as const;
export const PRIVATE_NAMES = ['Lyra', 'Humana', 'Kompassen', 'Vägvisaren', 'Nordic Care', 'Ankaret', 'Pilen', 'Fyrbåken'] as const;

export const MEETING_RHYTHMS = ['varje månad', 'två gånger per termin', 'fyra gånger per år', 'vid behov', 'varannan vecka', 'en gång per år'] as const;
