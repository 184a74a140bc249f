// Reads a PDF from stdin with pdf.js and prints what a reader gets out of it as JSON:
// the text per page, the bookmarks, the title, the language, whether it is tagged, the images
// drawn per page and the text alternatives of the figures in the structure tree.
// Run in a process of its own: pdf.js is an ES module, the tests run as CommonJS.
import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** The alt texts of the Figure elements below a node of the structure tree, in reading order. */
const figuresIn = (node) =>
  !node || !('children' in node)
    ? []
    : [...(node.role === 'Figure' ? [node.alt ?? ''] : []), ...node.children.flatMap((child) => figuresIn(child))];

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const pdf = await getDocument({ data: new Uint8Array(Buffer.concat(chunks)), verbosity: 0 }).promise;
/** How often each role (Table, TH, TD, H2…) occurs below a node of the structure tree. */
const countRoles = (node, counts) => {
  if (!node || !('children' in node)) return counts;
  if (node.role) counts[node.role] = (counts[node.role] ?? 0) + 1;
  for (const child of node.children) countRoles(child, counts);
  return counts;
};

const pages = [];
const images = [];
const figures = [];
const roles = {};
for (let i = 1; i <= pdf.numPages; i++) {
  const page = await pdf.getPage(i);
  const content = await page.getTextContent();
  const operators = await page.getOperatorList();
  images.push(operators.fnArray.filter((op) => op === OPS.paintImageXObject || op === OPS.paintJpegXObject).length);
  const tree = await page.getStructTree();
  figures.push(...figuresIn(tree));
  countRoles(tree, roles);
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
    images,
    figures,
    roles,
  }),
);
