import { de, en } from './messages';

/** Every key path with its text, e.g. ["auth.signIn.title", "Anmelden"]. */
function entries(tree: object, prefix = ''): [string, unknown][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    value && typeof value === 'object' ? entries(value, `${prefix}${key}.`) : [[`${prefix}${key}`, value]],
  );
}

describe('translations', () => {
  it('have the same keys in German and English', () => {
    expect(
      entries(en)
        .map(([key]) => key)
        .sort(),
    ).toEqual(
      entries(de)
        .map(([key]) => key)
        .sort(),
    );
  });

  it('have no empty texts', () => {
    for (const [key, text] of [...entries(de), ...entries(en)]) {
      expect([key, typeof text === 'string' && text.trim().length > 0]).toEqual([key, true]);
    }
  });

  it('use the same placeholders in both languages', () => {
    const placeholders = (text: unknown) => [...String(text).matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    const english = new Map(entries(en));
    for (const [key, text] of entries(de))
      expect([key, placeholders(english.get(key))]).toEqual([key, placeholders(text)]);
  });
});
