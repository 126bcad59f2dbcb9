// Which embedded face Chromium draws an element's Han text in. For each probe, the element's text
// is drawn on a canvas in the element's computed font (its whole family list, weight and style),
// and again in each candidate family alone; the result names the loaded candidates whose pixels
// are identical: "h1=Noto_Sans_SC" (spaces in names as underscores, "none" if no candidate).
window.addEventListener('load', async () => {
  const probes = ['h1', 'h2', '.abstract p', '.keywords'];
  const candidates = ['Noto Sans SC', 'Noto Serif SC', 'LXGW WenKai'];
  const han = /[\u4e00-\u9fff]/;
  const out = [];
  const draw = (font, text) => {
    const canvas = document.createElement('canvas');
    canvas.width = 40 * text.length + 20;
    canvas.height = 60;
    const ctx = canvas.getContext('2d');
    ctx.font = font;
    ctx.fillText(text, 10, 45);
    return ctx.getImageData(0, 0, canvas.width, canvas.height).data.join(',');
  };
  const loaded = family => [...document.fonts].some(f => f.family.replace(/"/g, '') === family && f.status === 'loaded');
  for (const selector of probes) {
    const element = document.querySelector(selector);
    if (!element) continue;
    // The element's own Han text, not a child's: the longest text node directly inside it.
    const texts = [...element.childNodes].filter(n => n.nodeType === 3 && han.test(n.textContent))
        .map(n => n.textContent.replace(/[^\u4e00-\u9fff]/g, ''));
    if (texts.length === 0) continue;
    const text = texts.sort((a, b) => b.length - a.length)[0].slice(0, 8);
    const style = getComputedStyle(element);
    const own = `${style.fontStyle} ${style.fontWeight} 40px ${style.fontFamily}`;
    await document.fonts.load(own, text);
    for (const family of candidates) {
      await document.fonts.load(`${style.fontStyle} ${style.fontWeight} 40px "${family}"`, text);
    }
    const drawn = draw(own, text);
    const same = candidates.filter(family => loaded(family)
        && draw(`${style.fontStyle} ${style.fontWeight} 40px "${family}"`, text) === drawn);
    out.push(selector.replace(/ /g, '_') + '=' + (same.length ? same.join('+') : 'none').replace(/ /g, '_')
        + '@' + style.fontWeight);
  }
  document.body.setAttribute('data-faces', out.join(' '));
});
