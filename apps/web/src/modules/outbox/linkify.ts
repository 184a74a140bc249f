export type TextPart = { text: string } | { href: string; path: string | null };

/** A URL, without punctuation that ends the sentence around it. */
const URL_PATTERN = /https?:\/\/[^\s<>"]*[^\s<>".,;:!?)]/g;

/**
 * Splits a plain-text mail into text and links. A link into this app (same
 * origin) also gets its path, so it opens in place without a reload.
 */
export function linkify(body: string, origin: string): TextPart[] {
  const parts: TextPart[] = [];
  let done = 0;
  for (const match of body.matchAll(URL_PATTERN)) {
    if (match.index > done) parts.push({ text: body.slice(done, match.index) });
    const href = match[0];
    const url = URL.canParse(href) ? new URL(href) : null;
    parts.push({ href, path: url && url.origin === origin ? url.pathname + url.search : null });
    done = match.index + href.length;
  }
  if (done < body.length) parts.push({ text: body.slice(done) });
  return parts;
}
