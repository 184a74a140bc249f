import { analyse, type AnalysedText } from './german-text';

export interface SimilarityInput {
  title: string;
  /** Sanitized rich-text HTML or plain text. */
  body: string;
}

/*
 * Weights and threshold were chosen on the labelled pairs in labelled-pairs.ts (see similarity.spec.ts), by ranking
 * quality (AUC: the chance that a duplicate pair outscores a non-duplicate one):
 * - stems alone: 0.75. Compound parts counting like whole words: 0.89 (at half weight the threshold region got worse).
 * - character trigrams of the stems at half weight catch derivations the stemmer leaves apart (traumatisiert /
 *   Traumatherapie, vermitteln / Vermittlung): 0.90 together with the parts.
 * - title weight: 3 → 0.87, 2 → 0.89, 1.5 → 0.90, 1 → 0.91. The title is meant to count more than the body, so the
 *   mildest boost tried is used.
 */
const TITLE_WEIGHT = 1.5;
const BODY_WEIGHT = 1;
const TRIGRAM_WEIGHT = 0.5;

/**
 * Score at or above which a recommendation is suggested as a possible duplicate. On the 70 labelled pairs it gives
 * precision 0.88 and recall 0.83; scores between 0.40 and 0.47 mix duplicates and hard negatives.
 */
export const SIMILARITY_THRESHOLD = 0.45;

const IN_TITLE = 1;
const IN_BODY = 2;
// Weight of a feature by [trigram?][sections it occurs in]: within title or body a feature counts once (stems and
// compound parts 1, trigrams 0.5); the title's features are weighted 1.5, the body's 1, one in both gets the sum.
const WEIGHTS = [false, true].map((trigram) =>
  [0, IN_TITLE, IN_BODY, IN_TITLE | IN_BODY].map(
    (sections) =>
      (trigram ? TRIGRAM_WEIGHT : 1) *
      ((sections & IN_TITLE ? TITLE_WEIGHT : 0) + (sections & IN_BODY ? BODY_WEIGHT : 0)),
  ),
);

interface Profile {
  /** Stems and compound parts: the fingerprint. A pair scores above zero only if it shares one of them. */
  terms: Set<string>;
  /** Feature ids, ascending, and the sections (IN_TITLE | IN_BODY) each occurs in. */
  ids: Int32Array;
  sections: Uint8Array;
  norm: number;
}

/*
 * Terms and their trigrams are interned to integer ids, so a profile is a sorted integer array and the dot product a
 * merge: fast for a thousand candidates, and summed in id order, so score(a, b) === score(b, a) to the last bit.
 * The tables are bounded by clearing them, together with the cached profiles, at the start of a call.
 */
const ID_LIMIT = 500_000;
const PROFILE_CACHE_LIMIT = 5000;
let featureIds = new Map<string, number>();
let isTrigram = new Uint8Array(1024);
const termFeatures = new Map<string, Int32Array>();
const profileCache = new Map<string, Profile>();
let scratch = new Uint8Array(1024);

function beginCall(): void {
  if (featureIds.size < ID_LIMIT) return;
  featureIds = new Map();
  isTrigram = new Uint8Array(1024);
  scratch = new Uint8Array(1024);
  termFeatures.clear();
  profileCache.clear();
}

function idOf(feature: string, trigram: boolean): number {
  let id = featureIds.get(feature);
  if (id === undefined) {
    id = featureIds.size;
    featureIds.set(feature, id);
    if (id >= isTrigram.length) {
      const grown = new Uint8Array(isTrigram.length * 2);
      grown.set(isTrigram);
      isTrigram = grown;
    }
    isTrigram[id] = trigram ? 1 : 0;
  }
  return id;
}

/** The term's own id followed by the ids of its character trigrams ("_kur_" → _ku, kur, ur_). */
function featuresOf(term: string): Int32Array {
  let features = termFeatures.get(term);
  if (!features) {
    const padded = `_${term}_`;
    features = new Int32Array(padded.length - 1);
    features[0] = idOf(term, false);
    // A space cannot occur in a term, so trigram keys never collide with terms.
    for (let i = 0; i + 3 <= padded.length; i++) features[i + 1] = idOf(` ${padded.slice(i, i + 3)}`, true);
    termFeatures.set(term, features);
  }
  return features;
}

function buildProfile(input: SimilarityInput): Profile {
  const terms = new Set<string>();
  const touched: number[] = [];
  const mark = (analysed: AnalysedText, section: number) => {
    for (const list of [analysed.stems, analysed.parts]) {
      for (const term of list) {
        terms.add(term);
        const features = featuresOf(term);
        if (featureIds.size > scratch.length) {
          const grown = new Uint8Array(Math.max(scratch.length * 2, featureIds.size));
          grown.set(scratch);
          scratch = grown;
        }
        for (const id of features) {
          if (scratch[id] === 0) touched.push(id);
          scratch[id] |= section;
        }
      }
    }
  };
  mark(analyse(input.title), IN_TITLE);
  mark(analyse(input.body), IN_BODY);

  const ids = Int32Array.from(touched).sort();
  const sections = new Uint8Array(ids.length);
  let sum = 0;
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i];
    sections[i] = scratch[id];
    scratch[id] = 0;
    const weight = WEIGHTS[isTrigram[id]][sections[i]];
    sum += weight * weight;
  }
  return { terms, ids, sections, norm: Math.sqrt(sum) };
}

// Candidates are mostly the same recommendations again and again while someone types; keep their profiles.
function profileOf(input: SimilarityInput): Profile {
  const key = `${input.title}\u0000${input.body}`;
  const cached = profileCache.get(key);
  if (cached) {
    // Move to the end, so the least recently used profile is the first to go.
    profileCache.delete(key);
    profileCache.set(key, cached);
    return cached;
  }
  const profile = buildProfile(input);
  if (profileCache.size >= PROFILE_CACHE_LIMIT) {
    // A Map iterates in insertion order: the first key is the least recently used.
    const oldest = profileCache.keys().next().value;
    if (oldest !== undefined) profileCache.delete(oldest);
  }
  profileCache.set(key, profile);
  return profile;
}

function scoreProfiles(a: Profile, b: Profile): number {
  if (a.norm === 0 || b.norm === 0) return 0;
  let dot = 0;
  let sharesTerm = false;
  for (let i = 0, j = 0; i < a.ids.length && j < b.ids.length;) {
    const x = a.ids[i];
    const y = b.ids[j];
    if (x < y) i++;
    else if (x > y) j++;
    else {
      const trigram = isTrigram[x];
      if (!trigram) sharesTerm = true;
      dot += WEIGHTS[trigram][a.sections[i]] * WEIGHTS[trigram][b.sections[j]];
      i++;
      j++;
    }
  }
  // Trigrams alone never make a match: this keeps the `terms && $1` prefilter exact.
  if (!sharesTerm) return 0;
  // Rounding absorbs the last-bit error of sqrt, so identical texts score exactly 1.
  return Math.min(1, Math.round((dot / (a.norm * b.norm)) * 1e9) / 1e9);
}

/**
 * The distinct stems and compound parts of title and body, sorted. Stored per recommendation for the prefilter
 * `terms && $1`: every pair with a score above zero shares at least one of these terms.
 */
export function fingerprintTerms(input: SimilarityInput): string[] {
  beginCall();
  return [...profileOf(input).terms].sort();
}

/**
 * Similarity of two recommendations in [0, 1]: the cosine of their term, compound-part and stem-trigram vectors, the
 * title weighted above the body. Symmetric and deterministic; two texts without any content words score 0.
 */
export function similarityScore(a: SimilarityInput, b: SimilarityInput): number {
  beginCall();
  return scoreProfiles(profileOf(a), profileOf(b));
}

/** The candidates scoring at or above SIMILARITY_THRESHOLD, best first (ties keep the candidates' order). */
export function rankSimilar<T extends SimilarityInput>(
  query: SimilarityInput,
  candidates: T[],
  limit = 5,
): { item: T; score: number }[] {
  if (limit <= 0) return [];
  beginCall();
  const queryProfile = profileOf(query);
  const hits: { item: T; score: number; index: number }[] = [];
  candidates.forEach((item, index) => {
    const score = scoreProfiles(queryProfile, profileOf(item));
    if (score >= SIMILARITY_THRESHOLD) hits.push({ item, score, index });
  });
  hits.sort((x, y) => y.score - x.score || x.index - y.index);
  return hits.slice(0, limit).map(({ item, score }) => ({ item, score }));
}
