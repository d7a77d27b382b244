/**
 * Runs in the page before printing (a string, so the DOM's types stay out of this Node project).
 * Chromium has no hyphenation dictionaries here and would print every soft hyphen into the PDF's text; a
 * typesetter prints a hyphen only where the line breaks (where Chromium draws the soft hyphen). So each soft hyphen at a line or column break
 * becomes "-" and a line break, and the others are removed.
 */
export const SETTLE_SOFT_HYPHENS = `(() => {
  const SHY = '\\u00AD';
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const nodes = [];
  while (walker.nextNode()) nodes.push(walker.currentNode);
  const rect = (node, i) => { const r = document.createRange(); r.setStart(node, i); r.setEnd(node, i + 1); return r.getBoundingClientRect(); };
  for (const node of nodes) {
    const text = node.data;
    if (!text.includes(SHY)) continue;
    const breaks = new Set();
    // an unbroken soft hyphen has no width; one at a break is drawn as a hyphen
    for (let i = 1; i < text.length - 1; i++) if (text[i] === SHY && rect(node, i).width > 0) breaks.add(i);
    const frag = document.createDocumentFragment();
    let piece = '';
    for (let i = 0; i < text.length; i++) {
      if (text[i] !== SHY) { piece += text[i]; continue; }
      if (!breaks.has(i)) continue;
      frag.append(document.createTextNode(piece + '-'), document.createElement('br'));
      piece = '';
    }
    frag.append(document.createTextNode(piece));
    node.replaceWith(frag);
  }
})()`;
