// The API's own definition, to check the browser's reading against it.
import { plainTextOf } from '../../../../../libs/concept/src/text/blocks';
import { parseDocument } from 'htmlparser2';
import { passageOf, sectionText, type NodeLike } from './passage';

/** A parsed HTML fragment in the shape of the DOM (what the browser hands to passageOf). */
interface TestNode extends NodeLike {
  childNodes: TestNode[];
}

type Parsed = { type: string; name?: string; data?: string; children?: Parsed[] };

function toNode(n: Parsed): TestNode {
  if (n.type === 'text') return { nodeType: 3, nodeName: '#text', nodeValue: n.data ?? '', childNodes: [] };
  const isElement = n.type === 'tag' || n.type === 'script' || n.type === 'style';
  return {
    nodeType: isElement ? 1 : 8,
    nodeName: isElement ? (n.name ?? '').toUpperCase() : '#comment',
    nodeValue: null,
    childNodes: (n.children ?? []).map(toNode),
  };
}

const render = (html: string): TestNode => ({
  nodeType: 1,
  nodeName: 'DIV',
  nodeValue: null,
  childNodes: (parseDocument(html, { decodeEntities: true }).children as unknown as Parsed[]).map(toNode),
});

/** The text nodes in document order. */
function textNodes(node: TestNode): TestNode[] {
  return node.nodeType === 3 ? [node] : node.childNodes.flatMap(textNodes);
}

const SAMPLES = [
  '<p>Der Kreis Gütersloh schreibt sein Integrationskonzept fort.</p><p>Alle Kommunen des Kreises haben an der Fortschreibung mitgewirkt.</p>',
  '<h2>Titel</h2>\n<p>  Viel   Raum\n  zwischen <strong>den</strong>  Wörtern </p>',
  '<ul><li>eins</li><li><p>zwei</p></li><li>drei<ul><li>drei a</li></ul></li></ul>',
  '<p>Zeile eins<br />Zeile zwei<br /></p><blockquote>Zitat &amp; mehr&nbsp;Text</blockquote>',
  '<table><thead><tr><th>Kopf</th><th>Spalte</th></tr></thead><tbody><tr><td>a</td><td> b </td></tr></tbody></table>',
  '<pre>  vorformatiert\n    bleibt</pre><p></p><p>   </p><p>Ende</p>',
  'lose Text <em>inline</em><p>Block</p>und danach',
];

describe('sectionText', () => {
  test.each(SAMPLES)('gives the same plain text as the API for %s', (html) => {
    expect(sectionText(render(html)).text).toBe(plainTextOf(html));
  });
});

describe('passageOf', () => {
  test('a sentence selected inside one paragraph', () => {
    const root = render(SAMPLES[0]);
    const second = textNodes(root)[1];
    const passage = passageOf(root, { node: second, offset: 0 }, { node: second, offset: second.nodeValue!.length });
    const text = plainTextOf(SAMPLES[0]);
    expect(passage).toEqual({
      start: text.indexOf('Alle'),
      end: text.length,
      quote: 'Alle Kommunen des Kreises haben an der Fortschreibung mitgewirkt.',
    });
  });

  test('a selection by element boundaries (as a triple click makes) covers the whole paragraph', () => {
    const root = render(SAMPLES[0]);
    const passage = passageOf(root, { node: root.childNodes[1], offset: 0 }, { node: root, offset: 2 });
    expect(passage?.quote).toBe('Alle Kommunen des Kreises haben an der Fortschreibung mitgewirkt.');
  });

  test('collapsed whitespace at the edges is left out and inner whitespace counts once', () => {
    const html = SAMPLES[1];
    const root = render(html);
    const nodes = textNodes(root);
    const body = nodes.find((n) => n.nodeValue!.includes('Viel'))!;
    const after = nodes.find((n) => n.nodeValue!.includes('Wörtern'))!;
    const passage = passageOf(
      root,
      { node: body, offset: 0 },
      { node: after, offset: after.nodeValue!.indexOf('Wörtern') + 'Wörtern'.length },
    )!;
    expect(passage.quote).toBe('Viel Raum zwischen den Wörtern');
    expect(plainTextOf(html).slice(passage.start, passage.end)).toBe(passage.quote);
  });

  test('across blocks the separator is part of the passage', () => {
    const root = render(SAMPLES[0]);
    const [first, second] = textNodes(root);
    const passage = passageOf(
      root,
      { node: first, offset: first.nodeValue!.indexOf('Integrationskonzept') },
      { node: second, offset: 4 },
    )!;
    expect(passage.quote).toBe('Integrationskonzept fort.\n\nAlle');
  });

  test('nothing but whitespace, or a node outside the section, is no passage', () => {
    const root = render(SAMPLES[1]);
    const body = textNodes(root).find((n) => n.nodeValue!.includes('Viel'))!;
    expect(passageOf(root, { node: body, offset: 0 }, { node: body, offset: 2 })).toBeNull();
    const outside = render('<p>anderswo</p>');
    const foreign = textNodes(outside)[0];
    expect(passageOf(root, { node: foreign, offset: 0 }, { node: foreign, offset: 3 })).toBeNull();
  });

  test.each(SAMPLES)('boundaries of a passage select that passage again in %s', (html) => {
    const root = render(html);
    const { text, boundariesOf } = sectionText(root);
    for (let start = 0; start < text.length; start += 3) {
      for (const end of [start + 1, start + 7, text.length]) {
        if (end > text.length || !text.slice(start, end).trim()) continue;
        // Passages as the API stores them: without whitespace at their edges.
        const s = start + (text.slice(start, end).length - text.slice(start, end).trimStart().length);
        const e = end - (text.slice(s, end).length - text.slice(s, end).trimEnd().length);
        const found = boundariesOf(s, e)!;
        expect(passageOf(root, found.from, found.to)).toEqual({ start: s, end: e, quote: text.slice(s, e) });
      }
    }
  });
});
