// Measures, for each span.squeeze-end, the advance from its start to the start of the character after it, in em.
window.addEventListener('load', () => {
  const out = [];
  document.querySelectorAll('span.squeeze-end').forEach(span => {
    const fs = parseFloat(getComputedStyle(span).fontSize);
    const a = span.getBoundingClientRect();
    // The next text character after the span.
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    walker.currentNode = span.lastChild || span;
    let node = walker.nextNode();
    while (node && node.textContent.length === 0) node = walker.nextNode();
    if (!node) return;
    const r = document.createRange(); r.setStart(node, 0); r.setEnd(node, 1);
    const b = r.getBoundingClientRect();
    if (Math.abs(b.top - a.top) > 2) return;
    out.push(span.textContent + node.textContent[0] + ':' + ((b.left - a.left) / fs).toFixed(2));
  });
  document.body.setAttribute('data-squeeze', out.join(' '));
});
