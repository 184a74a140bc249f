// Reads a PDF from stdin with pdf.js and prints what a reader gets out of it as JSON:
// the text per page, the bookmarks, the title, the language and whether it is tagged.
// Run in a process of its own: pdf.js is an ES module, the tests run as CommonJS.
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const pdf = await getDocument({ data: new Uint8Array(Buffer.concat(chunks)), verbosity: 0 }).promise;
const pages = [];
for (let i = 1; i <= pdf.numPages; i++) {
  const content = await (await pdf.getPage(i)).getTextContent();
  pages.push(
    content.items
      .map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : ''))
      .join('')
      .replace(/[ \t]+\n/g, '\n'),
  );
}
const outline = ((await pdf.getOutline()) ?? []).map((item) => item.title);
const { info } = await pdf.getMetadata();
const markInfo = await pdf.getMarkInfo();
process.stdout.write(
  JSON.stringify({
    pages,
    outline,
    title: info.Title ?? null,
    language: info.Language ?? null,
    tagged: Boolean(markInfo?.Marked),
  }),
);
