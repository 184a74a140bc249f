import { newStemmer } from 'snowball-stemmers';

/**
 * German text analysis for comparing recommendations: normalisation, tokenisation, stop words, Snowball stemming
 * and a dictionary-based compound split. Everything here is pure and deterministic.
 */

const snowball = newStemmer('german');

// General German function words. Compared after lowercasing and ß → ss, umlauts kept.
const STOP_WORDS = new Set(
  `
  aber alle allem allen aller alles als also am an ander andere anderem anderen anderer anderes anderm andern anderr
  anders auch auf aus bei beim bin bis bist bzw da dabei dadurch dafür dagegen daher damit dann dar darauf daraus
  darf darin darüber darum das dass dasselbe dazu dein deine deinem deinen deiner deines dem demselben den denen
  denn denselben der deren derer derselbe derselben des desselben dessen dich die dies diese dieselbe dieselben
  diesem diesen dieser dieses dir doch dort du durch ebenso ein eine einem einen einer eines einige einigen einiger
  einiges einmal er es etwa etwas euch euer eure eurem euren eurer eures für gegen gewesen hab habe haben hat hatte
  hatten hier hin hinter ich ihm ihn ihnen ihr ihre ihrem ihren ihrer ihres im in indem ins insbesondere ist jede
  jedem jeden jeder jedes jene jenem jenen jener jenes jetzt kann kein keine keinem keinen keiner keines können
  könnte könnten man manche manchem manchen mancher manches mehr mein meine meinem meinen meiner meines mich mir mit
  muss musste müssen nach nicht nichts noch nun nur ob oder ohne schon sehr sein seine seinem seinen seiner seines
  seit selbst sich sie sind so sodass solche solchem solchen solcher solches soll sollen sollte sollten sondern
  sowie sowohl statt über um und uns unser unsere unserem unseren unserer unseres unter usw viel viele vom von vor
  wann war waren warum was weil weiter welche welchem welchen welcher welches wenn wer werde werden wie wieder will
  wir wird wo wollen wollte wurde wurden während zu zum zur zwar zwischen
  z b bzw ggf evtl ca inkl u a d h
  `
    .trim()
    .split(/\s+/),
);

/*
 * Words that occur in nearly every recommendation of an integration concept: the target group, the county as actor,
 * generic verbs of improvement. Sharing them says nothing about two recommendations being the same measure, and
 * leaving them out of the fingerprint keeps the `terms && $1` prefilter selective.
 */
const DOMAIN_FILLER_WORDS = `
  zugewanderte zugewandert neuzugewanderte migranten migrant migrantisch geflüchtete geflüchtet flüchtlinge
  migrationsgeschichte migrationshintergrund einwanderungsgeschichte zuwanderungsgeschichte mensch menschen person
  personen kreis kreises kommunen kommune städte stadt gemeinden gemeinde angebot angebote anbieten
  maßnahme maßnahmen projekt schaffen stärken ausbauen verbessern unterstützen unterstützung erhalten bekommen neu
  gezielt regelmäßig besser zusätzlich künftig dauerhaft möglichst gibt geben gut kommen gehen finden machen
  lassen nutzen bieten brauchen viele häufig eigene direkt wichtig richtig
`
  .trim()
  .split(/\s+/);

/*
 * Words of this domain that name the same thing in recommendations. Kept deliberately short: each word's stem is
 * replaced by the stem of its target.
 */
const SYNONYMS: Record<string, string> = {
  kindertagesstätte: 'kita',
  kindertageseinrichtung: 'kita',
  kindergarten: 'kita',
  dolmetscher: 'sprachmittler',
  dolmetschen: 'sprachmittlung',
  deutsch: 'sprache',
  unternehmen: 'betrieb',
  firma: 'betrieb',
  arbeitgeber: 'betrieb',
  schulung: 'fortbildung',
  training: 'fortbildung',
  krankenhaus: 'klinik',
  wohnraum: 'wohnung',
  treffpunkt: 'treff',
  mitarbeitende: 'beschäftigte',
  mitarbeiter: 'beschäftigte',
};

/*
 * Known parts of compounds in this domain, umlauts folded (ä → a), without inflection. A compound is split into these
 * parts and linking elements, with at most one unknown part at the start or the end; a word without any known part
 * stays whole. This joins "Sprachkursangebote" with "Kurse für Sprache" without guessing at unknown words.
 */
const COMPOUND_PARTS = `
  sprach deutsch kurs angebot kita kinder kind eltern mutter vater familie jugend schul schule schuler klasse
  unterricht lehr lehrer bildung ausbildung fortbildung weiterbildung beruf arbeit markt stelle platz betrieb
  unternehmen praktikum praktika job messe borse beratung berater zentrum dienst pool lotse lotsin pate patin
  patenschaft mentor ehrenamt engagement verein sport schwimm bewegung treff punkt cafe begegnung fest nachbar
  nachbarschaft quartier stadtteil stadt wohn wohnung wohnraum raum miet miete mieter vermieter vermietung unterkunft
  heim haus bau gesundheit arzt praxis klinik kranken pflege therapie trauma impf impfung sucht hebamme vorsorge
  versicherung karte schein mittler mittlung dolmetscher arbeitgeber kreis system patient krankenhaus verwaltung
  behorde amt burger buro termin vergabe formular antrag bescheid schulung training kompetenz personal integration
  migration migranten flucht fluchtling willkommen service wegweiser information broschure beschwerde diskriminierung
  rassismus anerkennung abschluss prufung qualifizierung einstieg sozial frau frauen mann manner senior alltag
  forderung forder gruppe netzwerk koordination konzept bericht rat wahl recht hilfe helfer begleitung betreuung
  erziehung studium hochschule universitat grund haupt real gesamt abend woche wochenende ferien sommer lern
  hausaufgabe nachhilfe alphabetisierung lese medien digital online video zeitung heft material gesprach tag fach
  kraft krafte team leitung leiter orientierung vorbereitung anpassung grundung selbstandigkeit vermittlung aktion
  arbeitsmarkt zugang erlaubnis aufenthalt einburgerung sicherheit schutz gewalt kampagne veranstaltung preis kosten
  geld mittel fonds
`
  .trim()
  .split(/\s+/);

const LINKING = ['', 's', 'es', 'n', 'en', 'e', 'er', 'ns'];
// Inflection of the last part, and adjective suffixes (mehrsprachig, herkunftssprachlich).
const ENDINGS = new Set(
  ['', 'e', 'en', 'n', 's', 'es', 'er', 'ern', 'nen', 'innen', 'in'].flatMap((e) => [
    e,
    ...['ig', 'lich', 'isch'].flatMap((a) => ['', 'e', 'en', 'er', 'es'].map((i) => a + i)),
  ]),
);
const MIN_PART = 3;
const MIN_UNKNOWN_PART = 4;

const HTML_ENTITIES: Record<string, string> = {
  amp: '&',
  nbsp: ' ',
  quot: '"',
  apos: "'",
  lt: '<',
  gt: '>',
  shy: '',
  ndash: '–',
  mdash: '—',
  bdquo: '„',
  ldquo: '“',
  rdquo: '”',
};

// Words ending in -innen that are not feminine plurals.
const NOT_FEMININE = /^(?:innen|binnen|(?:zurück|hinzu)?gewinnen|beginnen|besinnen|spinnen|sinnen|rinnen)$/;

// Letters outside this set may carry accents to drop; checking first skips two Unicode normalisations for most texts.
const PLAIN_GERMAN = /^[\s\u0020-\u007e\u00a0-\u00bfäöüß\u2000-\u206f€]*$/;

/** Removes markup, decodes entities and folds case and spelling variants; umlauts stay for the stemmer. */
export function normaliseText(text: string): string {
  const folded = text
    // Tags become spaces so "<p>a</p><p>b</p>" does not glue "ab" together.
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (entity, code: string) => {
      if (code[0] === '#') {
        const n = code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
        return Number.isFinite(n) ? String.fromCodePoint(n) : ' ';
      }
      return HTML_ENTITIES[code.toLowerCase()] ?? entity;
    })
    // Gender forms: Lehrer*innen, Lehrer:innen, Lehrer_innen, Lehrer/-innen and LehrerInnen count as Lehrer.
    .replace(/([a-zäöüß])(?:[*:_/]-?in(?:nen)?|In(?:nen)?)(?![a-zäöüß])/g, '$1')
    .toLowerCase()
    .replace(/ß/g, 'ss');
  if (PLAIN_GERMAN.test(folded)) return folded;
  // Accents other than the umlaut are dropped (Café → cafe, Şahin → sahin); precomposed umlauts survive NFD → NFC.
  return folded
    .normalize('NFD')
    .replace(/(?!\u0308)\p{M}/gu, '')
    .normalize('NFC');
}

/** Splits normalised text into words; hyphenated words ("Kita-Fachkräfte") yield their parts. */
export function tokenise(normalised: string): string[] {
  return normalised.match(/\p{L}{2,}/gu) ?? [];
}

export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word);
}

// Feminine forms count as the masculine one: Migrantinnen → Migrant, Lehrerin → Lehrer.
function defeminise(word: string): string {
  if (word.length > 7 && word.endsWith('innen') && !NOT_FEMININE.test(word)) {
    return word.slice(0, -5);
  }
  if (/(?:er|ant|ent|ist|or|arzt|ärzt|pat|eg|og)in$/.test(word) && word.length >= 5) return word.slice(0, -2);
  return word;
}

// Words recur across recommendations; the caches are cleared when full, since texts are user input.
const WORD_CACHE_LIMIT = 50_000;
const stemCache = new Map<string, string>();

function snowballStem(word: string): string {
  let stem = snowball.stem(defeminise(word));
  // Snowball removes only one suffix in step 1, so "kurse" → "kurs" but "kurs" → "kur"; finish the job.
  if (stem.length >= 4 && /[bdfghklmnrt]s$/.test(stem)) stem = stem.slice(0, -1);
  // Plural -s after a vowel (Kitas, Videos) is not a Snowball suffix.
  else if (stem.length >= 5 && /[aoy]s$/.test(stem)) stem = stem.slice(0, -1);
  return stem;
}

// Mapped at stem level, so inflected forms (Dolmetschern, Unternehmens) map as well.
const SYNONYM_STEMS = new Map(
  Object.entries(SYNONYMS).map(([word, target]) => [snowballStem(word), snowballStem(target)] as const),
);

/** The Snowball stem of a lowercase word, with the corrections and synonyms this comparison needs. */
export function stemWord(word: string): string {
  const cached = stemCache.get(word);
  if (cached !== undefined) return cached;
  const stem = snowballStem(word);
  const result = SYNONYM_STEMS.get(stem) ?? stem;
  if (stemCache.size >= WORD_CACHE_LIMIT) stemCache.clear();
  stemCache.set(word, result);
  return result;
}

const FILLER_STEMS = new Set(DOMAIN_FILLER_WORDS.map((w) => stemWord(normaliseText(w))));

/** Whether a stem carries no information about which measure a recommendation describes. */
export function isFillerStem(stem: string): boolean {
  return FILLER_STEMS.has(stem);
}

// "Schule" joins as "Schul-", "Lotse" as "Lots-": accept parts without their final e as well.
const PART_SET = new Set(
  COMPOUND_PARTS.flatMap((p) => (p.endsWith('e') && p.length > MIN_PART ? [p, p.slice(0, -1)] : [p])),
);
const MAX_PART = Math.max(...COMPOUND_PARTS.map((p) => p.length));

const fold = (word: string): string => word.replace(/ä/g, 'a').replace(/ö/g, 'o').replace(/ü/g, 'u');

interface Split {
  parts: string[];
  unknown: number;
}

/**
 * Splits a compound into parts, e.g. "sprachkursangebote" → ["sprach", "kurs", "angebot"]; null if it is not a
 * compound. At least one part must be known; one unknown part is allowed in front ("integrationskurse" →
 * ["integration", "kurs"]) or at the end ("gesundheitsmediatoren" → ["gesundheit", "mediatoren"]).
 */
export function splitCompound(word: string): string[] | null {
  const w = fold(word);
  const memo = new Map<number, Split | null>();

  // Best cover of w[from..] that starts with a known part and ends with an inflection ending or an unknown head.
  const cover = (from: number): Split | null => {
    if (memo.has(from)) return memo.get(from) ?? null;
    let best: Split | null = null;
    for (let end = Math.min(w.length, from + MAX_PART); end >= from + MIN_PART; end--) {
      const part = w.slice(from, end);
      if (!PART_SET.has(part)) continue;
      const rest = w.slice(end);
      if (ENDINGS.has(rest)) best = pick(best, { parts: [part], unknown: 0 });
      for (const link of LINKING) {
        if (!rest.startsWith(link) || rest.length === link.length) continue;
        const next = end + link.length;
        const tail = cover(next);
        if (tail) best = pick(best, { parts: [part, ...tail.parts], unknown: tail.unknown });
        // An unknown head needs a modifier long enough not to be a chance prefix ("pat" in "Patienten").
        if (part.length >= MIN_UNKNOWN_PART && w.length - next >= MIN_UNKNOWN_PART) {
          best = pick(best, { parts: [part, w.slice(next)], unknown: w.length - next });
        }
      }
    }
    memo.set(from, best);
    return best;
  };

  let best = cover(0);
  for (let start = MIN_UNKNOWN_PART; start <= w.length - MIN_PART; start++) {
    const tail = cover(start);
    // Only one unknown part: the tail must be fully known.
    if (!tail || tail.unknown > 0) continue;
    // A linking s or en stays on the modifier: the stemmer removes it where it is one (Integrations-, not Kreis-).
    best = pick(best, { parts: [w.slice(0, start), ...tail.parts], unknown: start });
  }
  return best && best.parts.length > 1 ? best.parts : null;
}

// Fewer unknown letters first, then fewer parts (prefer "kursangebot" split as kurs|angebot, not kur|s|angebot).
function pick(a: Split | null, b: Split): Split {
  if (!a) return b;
  if (b.unknown !== a.unknown) return b.unknown < a.unknown ? b : a;
  return b.parts.length < a.parts.length ? b : a;
}

export interface AnalysedText {
  /** Stems of the content words, in order of appearance, with repetitions. */
  stems: string[];
  /** Stems of the parts of compounds among the words, without repetitions and without the stems above. */
  parts: string[];
}

/** Normalises, tokenises, drops stop and filler words, stems, and splits compounds. */
export function analyse(text: string): AnalysedText {
  const stems: string[] = [];
  const partSet = new Set<string>();
  for (const word of tokenise(normaliseText(text))) {
    if (isStopWord(word)) continue;
    const stem = stemWord(word);
    if (stem.length < 2 || isFillerStem(stem)) continue;
    stems.push(stem);
    for (const part of compoundPartsOf(word)) partSet.add(part);
  }
  for (const stem of stems) partSet.delete(stem);
  return { stems, parts: [...partSet] };
}

const partsCache = new Map<string, string[]>();

function compoundPartsOf(word: string): string[] {
  const cached = partsCache.get(word);
  if (cached) return cached;
  const split = splitCompound(defeminise(word));
  const result = split
    ? [...new Set(split.map((p) => stemWord(p)))].filter((s) => s.length >= 3 && !isFillerStem(s))
    : [];
  if (partsCache.size >= WORD_CACHE_LIMIT) partsCache.clear();
  partsCache.set(word, result);
  return result;
}
