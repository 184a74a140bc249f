// The package ships no types. It is a CommonJS module that marks itself `__esModule`, so a default import would be
// undefined at runtime: import it by name (`import { newStemmer } from './…'` style), never as a default.
declare module 'snowball-stemmers' {
  export interface Stemmer {
    /** Expects a lowercase word; returns its stem (German: ß → ss, umlauts folded to a/o/u). */
    stem(word: string): string;
  }

  export type Algorithm =
    | 'arabic'
    | 'armenian'
    | 'basque'
    | 'catalan'
    | 'czech'
    | 'danish'
    | 'dutch'
    | 'english'
    | 'finnish'
    | 'french'
    | 'german'
    | 'hungarian'
    | 'italian'
    | 'irish'
    | 'norwegian'
    | 'porter'
    | 'portuguese'
    | 'romanian'
    | 'russian'
    | 'spanish'
    | 'slovene'
    | 'swedish'
    | 'tamil'
    | 'turkish';

  export function newStemmer(algorithm: Algorithm): Stemmer;
  export function algorithms(): Algorithm[];
}
