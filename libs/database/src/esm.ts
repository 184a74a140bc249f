// TypeScript compiles import() to require() under CommonJS; ESM-only packages need the real thing.
export const importEsm = new Function('specifier', 'return import(specifier)') as <T = unknown>(
  specifier: string,
) => Promise<T>;
