// The spacing between Han text and each Western run set apart from it (span.qs-before,
// span.qs-after), in em per side: the distance between the characters on either side of the run
// as laid out ragged, less the same distance with the spacing turned off (the generated spaces,
// and any text-autospace, which puts its space inside the characters' boxes). Also every place where
// the text of a block itself has white space between Han and Western characters.
window.addEventListener('load', () => {
  const han = /[\u3400-\u9fff\uf900-\ufaff]/;
  const western = /[0-9A-Za-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff]/;
  const texts = root => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const found = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (n.textContent.length) found.push(n);
    }
    return found;
  };
  const box = (node, i) => {
    const r = document.createRange();
    r.setStart(node, i);
    r.setEnd(node, i + 1);
    return r.getBoundingClientRect();
  };
  const all = texts(document.body);
  const runs = [];
  document.querySelectorAll('span.qs-before, span.qs-after').forEach(span => {
    const inner = texts(span);
    const before = all[all.indexOf(inner[0]) - 1];
    const after = all[all.indexOf(inner[inner.length - 1]) + 1];
    if (!inner.length || !before || !after) return;
    const sides = (span.classList.contains('qs-before') ? 1 : 0) + (span.classList.contains('qs-after') ? 1 : 0);
    runs.push({ span, before, after, sides, em: parseFloat(getComputedStyle(span).fontSize) });
  });
  const distances = () => runs.map(run => {
    const a = box(run.before, run.before.textContent.length - 1);
    const b = box(run.after, 0);
    return Math.abs(a.top - b.top) > 2 ? null : b.left - a.right;
  });
  // Both layouts ragged: justification would spread each line differently.
  const ragged = document.createElement('style');
  ragged.textContent = '* { text-align: start !important; }';
  document.head.appendChild(ragged);
  const spaced = distances();
  const off = document.createElement('style');
  off.textContent = '* { text-autospace: no-autospace !important; } '
      + 'span.qs-before::before, span.qs-after::after { content: none !important; }';
  document.head.appendChild(off);
  const unspaced = distances();
  off.remove();
  ragged.remove();
  const gaps = [];
  runs.forEach((run, i) => {
    if (spaced[i] === null || unspaced[i] === null) return;
    const label = run.before.textContent.slice(-1) + run.span.textContent + run.after.textContent[0];
    gaps.push(label.replace(/\s+/g, '_') + ':' + ((spaced[i] - unspaced[i]) / run.em / run.sides).toFixed(3));
  });
  // Within each block of text: between blocks the source's line breaks are no text.
  const pair = new RegExp('(' + han.source + ')\\s+(' + western.source + ')|('
      + western.source + ')\\s+(' + han.source + ')', 'g');
  const blocks = 'p, div, h1, h2, h3, h4, h5, h6, li, dt, dd, td, th, figcaption, blockquote';
  const whiteSpace = [];
  document.querySelectorAll(blocks).forEach(block => {
    if (block.querySelector(blocks)) return;
    for (const m of block.textContent.matchAll(pair)) whiteSpace.push(m[0].replace(/\s+/g, '_'));
  });
  document.body.setAttribute('data-autospace', gaps.join(' '));
  document.body.setAttribute('data-spaced-text', whiteSpace.join(' '));
});
