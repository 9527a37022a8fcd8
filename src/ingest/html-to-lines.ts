/**
 * Renders a DOM subtree to text, one block per line: paragraphs, headings, list items, captions and table rows each
 * get a line; inline markup is flattened; scripts, styles, forms and media are dropped. Headings (h2–h6, and a
 * paragraph that is nothing but bold text) are returned as hints for the cleaner.
 */

/** Elements that start and end a line of their own. */
export const BLOCK_TAGS = new Set([
  'p', 'div', 'section', 'article', 'main', 'header', 'footer', 'aside', 'nav', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'blockquote', 'pre', 'figure', 'figcaption', 'table', 'tr', 'thead', 'tbody',
  'tfoot', 'caption', 'address', 'details', 'summary', 'hr', 'form', 'fieldset', 'center', 'body', 'html',
]);

/** Elements whose content is never article text. */
export const SKIP_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'canvas', 'iframe', 'object', 'embed', 'button', 'select',
  'input', 'textarea', 'head', 'title', 'meta', 'link', 'img', 'picture', 'video', 'audio', 'source', 'map',
]);

/** Section headings; h1 is the page title and is matched against `meta.title` instead. */
export const HEADING_TAGS = new Set(['h2', 'h3', 'h4', 'h5', 'h6']);
const BOLD_TAGS = new Set(['strong', 'b']);

/** The slice of the DOM API we use (linkedom and browsers both provide it). */
export interface DomNode {
  nodeType: number;
  nodeValue?: string | null;
  localName?: string;
  childNodes: ArrayLike<DomNode>;
  textContent: string | null;
}

export interface Rendered {
  text: string;
  headingHints: string[];
}

export function htmlToLines(root: DomNode): Rendered {
  const lines: string[] = [];
  const headingHints: string[] = [];
  let current = '';
  const flush = (): void => {
    const line = current.replace(/\s+/g, ' ').trim();
    if (line) lines.push(line);
    current = '';
  };
  const walk = (node: DomNode): void => {
    if (node.nodeType === 3) {
      current += node.nodeValue ?? '';
      return;
    }
    if (node.nodeType !== 1) return;
    const tag = (node.localName ?? '').toLowerCase();
    if (SKIP_TAGS.has(tag)) return;
    if (tag === 'br') {
      flush();
      return;
    }
    const block = BLOCK_TAGS.has(tag) || tag === 'td' || tag === 'th';
    if (block && tag !== 'td' && tag !== 'th') flush();
    if (tag === 'td' || tag === 'th') current += ' ';
    const hint = HEADING_TAGS.has(tag) || (tag === 'p' && isBoldOnly(node));
    if (hint) {
      const text = (node.textContent ?? '').replace(/\s+/g, ' ').trim();
      if (text) headingHints.push(text);
    }
    const kids = node.childNodes;
    for (let i = 0; i < kids.length; i++) walk(kids[i]);
    if (block && tag !== 'td' && tag !== 'th') flush();
  };
  walk(root);
  flush();
  return { text: lines.join('\n'), headingHints };
}

/** `<p><strong>Section</strong></p>`: a heading written as a bold paragraph. */
function isBoldOnly(p: DomNode): boolean {
  let bold: DomNode | null = null;
  const kids = p.childNodes;
  for (let i = 0; i < kids.length; i++) {
    const k = kids[i];
    if (k.nodeType === 3 && !(k.nodeValue ?? '').trim()) continue;
    if (k.nodeType !== 1 || bold || !BOLD_TAGS.has((k.localName ?? '').toLowerCase())) return false;
    bold = k;
  }
  return bold !== null;
}
