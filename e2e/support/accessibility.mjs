// What the accessibility suite measures in the page (WCAG 2.1 AA): contrast from computed
// styles, the focus ring, reflow and clipping, and what live regions read out. Every function
// here except `setTextSize` runs inside the page (passed to `evaluate`).

/** Sets the browser's default text size (its "text size" setting; 16 px is 100%). */
export async function setTextSize(page, px) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Page.enable');
  await cdp.send('Page.setFontSizes', { fontSizes: { standard: px, fixed: Math.round(px * 0.8125) } });
  await cdp.detach();
}

/** In the page: the colour helpers, installed once as `window.__contrast`. */
export function installContrast() {
  if (window.__contrast) return;
  const parse = (text) => {
    const m = text.match(/rgba?\(([^)]+)\)/);
    if (!m) return null;
    const [r, g, b, a = 1] = m[1].split(/[\s,/]+/).filter(Boolean).map(Number);
    return { r, g, b, a };
  };
  const over = (top, bottom) => ({
    r: top.r * top.a + bottom.r * (1 - top.a),
    g: top.g * top.a + bottom.g * (1 - top.a),
    b: top.b * top.a + bottom.b * (1 - top.a),
    a: 1,
  });
  const luminance = ({ r, g, b }) => {
    const f = (v) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
    return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
  };
  const ratio = (x, y) => {
    const [hi, lo] = [luminance(x), luminance(y)].sort((p, q) => q - p);
    return (hi + 0.05) / (lo + 0.05);
  };
  // The colour behind an element's content: its own background over its ancestors'.
  const background = (el) => {
    const layers = [];
    for (let e = el; e; e = e.parentElement) {
      const c = parse(getComputedStyle(e).backgroundColor);
      if (c && c.a > 0) {
        layers.push(c);
        if (c.a >= 1) break;
      }
    }
    return layers.reverse().reduce((bg, layer) => over(layer, bg), { r: 255, g: 255, b: 255, a: 1 });
  };
  const opacity = (el) => {
    let o = 1;
    for (let e = el; e; e = e.parentElement) o *= Number(getComputedStyle(e).opacity);
    return o;
  };
  /** What the eye sees of `el`: its text, its background, its border and the page around it. */
  const seen = (el) => {
    const style = getComputedStyle(el);
    const around = background(el.parentElement ?? el);
    const o = opacity(el);
    const faded = (c) => over({ ...c, a: c.a * o }, around);
    const own = faded(background(el));
    const text = faded(over(parse(style.color), own));
    const borderWidth = parseFloat(style.borderTopWidth) || 0;
    const border = borderWidth > 0 && style.borderTopStyle !== 'none' ? faded(over(parse(style.borderTopColor), own)) : null;
    const size = parseFloat(style.fontSize);
    const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
    return { text, own, border, around, large };
  };
  const hex = ({ r, g, b }) => '#' + [r, g, b].map((v) => Math.round(v).toString(16).padStart(2, '0')).join('');
  window.__contrast = { parse, ratio, background, seen, hex };
}

/**
 * In the page: the coloured parts of the charts that stand out less than 3:1 (WCAG 1.4.11)
 * from the page and from the bar's grey track they are drawn on.
 */
export function chartShortfalls() {
  const { parse, ratio, background, hex } = window.__contrast;
  const found = [];
  for (const chart of document.querySelectorAll('.chart svg')) {
    const page = background(chart);
    const track = chart.querySelector('.chart__whole');
    const behind = [page, ...(track ? [parse(getComputedStyle(track).fill)] : [])];
    for (const part of chart.querySelectorAll('rect:not(.chart__whole)')) {
      const fill = parse(getComputedStyle(part).fill);
      for (const under of behind) {
        const r = ratio(fill, under);
        if (r < 3) found.push(`${part.getAttribute('class')} ${hex(fill)} on ${hex(under)}: ${r.toFixed(2)}:1`);
      }
    }
  }
  return [...new Set(found)];
}

/** What the contrast check looks at: status badges and everything pressed like a button. */
export const CONTROLS = [
  '.badge', 'button', '.button', '.status-option', '.year-tab', '.tabs a', '.main-nav a', 'summary',
  '.save-indicator', '.reminder', '.import-done', '.just-added a', '.skip-link',
].join(', ');

/** In the page: marks every visible control of a kind not seen before (`seen`: the
 *  signatures of earlier pages) with `data-probe`, and returns their signatures. */
export function markNewControls([selector, seenBefore]) {
  const known = new Set(seenBefore);
  const found = [];
  let n = 0;
  for (const el of document.querySelectorAll(selector)) {
    if (el.getClientRects().length === 0 || el.closest('.visually-hidden')) continue;
    const style = getComputedStyle(el);
    if (style.visibility === 'hidden') continue;
    const state = [el.disabled && 'disabled', el.getAttribute('aria-current'), el.querySelector('input:checked') && 'checked',
      el.getAttribute('aria-pressed'), el.getAttribute('aria-disabled') === 'true' && 'aria-disabled'].filter(Boolean).join(',');
    const signature = `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}[${state}] ${style.color}/${style.backgroundColor} in ${getComputedStyle(el.parentElement).backgroundColor}`;
    if (known.has(signature)) continue;
    known.add(signature);
    el.setAttribute('data-probe', String(n));
    found.push({ probe: n, signature, name: (el.innerText || el.getAttribute('aria-label') || '').trim().slice(0, 40) });
    n += 1;
  }
  return found;
}

/** In the page: where the element marked `probe` falls short in its present state, as text
 *  (text 4.5:1, or 3:1 when large; a border that alone outlines the control 3:1). */
export function contrastShortfalls([probe, state]) {
  const { ratio, seen, hex } = window.__contrast;
  const el = document.querySelector(`[data-probe="${probe}"]`);
  if (!el) return [];
  const { text, own, border, around, large } = seen(el);
  const problems = [];
  const need = large ? 3 : 4.5;
  const textRatio = ratio(text, own);
  if ((el.innerText ?? '').trim() && textRatio < need) {
    problems.push(`${state}: text ${hex(text)} on ${hex(own)} is ${textRatio.toFixed(2)}:1, needs ${need}:1`);
  }
  if (border && ratio(own, around) < 3 && ratio(border, around) < 3) {
    problems.push(`${state}: its outline ${hex(border)} against ${hex(around)} is ${ratio(border, around).toFixed(2)}:1, needs 3:1`);
  }
  return problems;
}

/** In the page: why the focused element's focus cannot be seen ("" when it can): a ring of at
 *  least 2 px, 3:1 against what surrounds it, on screen and not under something that sticks. */
export function focusProblem() {
  if (!window.__contrast) throw new Error('installContrast first');
  const el = document.activeElement;
  if (!el || el === document.body || el === document.documentElement) return 'the focus is lost (on the page itself)';
  const name = `${el.tagName.toLowerCase()}${el.type ? `[${el.type}]` : ''} “${(el.innerText || el.getAttribute('aria-label') || el.name || '').trim().slice(0, 40)}”`;
  // A visually hidden input shows its focus on the label around it.
  const ring = [el, el.closest('label')].find((e) => e && getComputedStyle(e).outlineStyle !== 'none');
  if (!ring) return `${name} shows no focus ring (${el.matches(":focus")}, ${el.matches(":focus-visible")}, ${getComputedStyle(el).outlineStyle})`;
  const style = getComputedStyle(ring);
  const width = parseFloat(style.outlineWidth);
  if (width < 2) return `${name}: its focus ring is ${width}px`;
  const { parse, ratio, background, hex } = window.__contrast;
  const colour = parse(style.outlineColor);
  const box = ring.getBoundingClientRect();
  // What the ring is drawn on: the element itself for a ring inside it, else what is painted
  // just outside it, which may be another element than the parent (a skip link over the header).
  const offset = parseFloat(style.outlineOffset) || 0;
  const reach = offset + width + 1;
  const x = box.left - reach >= 0 ? box.left - reach : Math.min(box.right + reach, innerWidth - 1);
  const behind = offset + width <= 0 ? ring : document.elementsFromPoint(x, Math.min(Math.max(box.top + box.height / 2, 0), innerHeight - 1))
    .find((e) => !ring.contains(e));
  const around = background(behind ?? ring.parentElement ?? ring);
  if (ratio(colour, around) < 3) return `${name}: focus ring ${hex(colour)} on ${hex(around)} is ${ratio(colour, around).toFixed(2)}:1`;
  if (box.bottom < 0 || box.top > innerHeight || box.right < 0 || box.left > innerWidth) return `${name} is out of view`;
  const top = document.elementFromPoint(
    Math.min(Math.max(box.left + box.width / 2, 0), innerWidth - 1),
    Math.min(Math.max(box.top + Math.min(box.height / 2, 20), 0), innerHeight - 1),
  );
  if (top && !ring.contains(top) && !top.contains(ring)) return `${name} is covered by ${top.tagName.toLowerCase()}.${top.className}`;
  return '';
}

/** In the page: what is cut off, overlaps or scrolls sideways. A data table may scroll
 *  sideways in its own box (WCAG 1.4.10's exception); nothing else may. */
export function layoutProblems() {
  const problems = [];
  const describe = (el) => `${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}${el.classList.length ? '.' + [...el.classList].join('.') : ''} “${(el.innerText || '').trim().slice(0, 30)}”`;
  const overflow = document.documentElement.scrollWidth - innerWidth;
  if (overflow > 1) problems.push(`the page scrolls sideways by ${overflow}px`);
  const visible = (el) => el.getClientRects().length > 0 && !el.closest('.visually-hidden, [hidden], .skip-link');
  for (const el of document.querySelectorAll('main *, header *')) {
    if (!visible(el)) continue;
    const style = getComputedStyle(el);
    const sideways = el.scrollWidth > el.clientWidth + 1;
    if (sideways && /auto|scroll/.test(style.overflowX) && !el.querySelector('table')) {
      problems.push(`${describe(el)} scrolls sideways inside (${el.scrollWidth} in ${el.clientWidth}px)`);
    }
    const clips = (axis) => /hidden|clip/.test(style[axis]);
    if ((clips('overflowX') && sideways) || (clips('overflowY') && el.scrollHeight > el.clientHeight + 1)) {
      problems.push(`${describe(el)} cuts off its content`);
    }
  }
  // Controls that cover one another (a label may hold its own field).
  const controls = [...document.querySelectorAll('main a[href], main button, main input:not([type=file]), main select, main textarea, main summary, header a, header button')]
    .filter((el) => visible(el) && getComputedStyle(el).opacity !== '0')
    .map((el) => ({ el, box: el.getBoundingClientRect() }));
  for (let i = 0; i < controls.length; i += 1) {
    for (let j = i + 1; j < controls.length; j += 1) {
      const [a, b] = [controls[i], controls[j]];
      if (a.el.contains(b.el) || b.el.contains(a.el) || (a.el.closest('label') && a.el.closest('label') === b.el.closest('label'))) continue;
      const w = Math.min(a.box.right, b.box.right) - Math.max(a.box.left, b.box.left);
      const h = Math.min(a.box.bottom, b.box.bottom) - Math.max(a.box.top, b.box.top);
      if (w > 2 && h > 2) problems.push(`${describe(a.el)} overlaps ${describe(b.el)}`);
    }
  }
  // What stays in view while scrolling (across most of the width) may cover at most half of
  // the window; a bar taller than the window would hide its own end.
  const covered = [...document.querySelectorAll('body *')]
    .filter((el) => visible(el) && /sticky|fixed/.test(getComputedStyle(el).position))
    .map((el) => ({ style: getComputedStyle(el), box: el.getBoundingClientRect() }))
    .filter(({ style, box }) => box.width > innerWidth / 2 || (style.overflowY === 'visible' && box.height > innerHeight))
    .reduce((most, { style, box }) => Math.max(most, (parseFloat(style.top) || 0) + box.height), 0);
  if (covered > innerHeight / 2) problems.push(`what sticks while scrolling covers ${Math.round(covered)} of ${innerHeight}px`);
  return [...new Set(problems)];
}

/** In the page: starts recording every text that appears, and whether a screen reader hears
 *  it: inside a live region that was already there (`role=status`, `aria-live`), or in an
 *  alert (announced as it appears). */
export function listenForAnnouncements() {
  const REGION = '[aria-live]:not([aria-live="off"]), [role="status"], [role="alert"], [role="log"]';
  const before = new WeakSet(document.querySelectorAll(REGION));
  window.__heard = [];
  const note = (node) => {
    const el = node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement;
    const text = (node.textContent ?? '').trim();
    if (!el || !text) return;
    const region = el.closest(REGION);
    const heard = !!region && (before.has(region) || region.getAttribute('role') === 'alert');
    window.__heard.push({ text, heard });
  };
  new MutationObserver((records) => {
    for (const r of records) {
      if (r.type === 'characterData') note(r.target);
      for (const node of r.addedNodes) note(node);
    }
  }).observe(document.body, { subtree: true, childList: true, characterData: true });
}

/** In the page: every field marked invalid names its message, and every message shown is
 *  tied to a field, as "what: why". */
export function untiedErrors() {
  const problems = [];
  const described = new Set();
  for (const field of document.querySelectorAll('input, select, textarea')) {
    for (const id of (field.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean)) described.add(id);
    if (field.getAttribute('aria-invalid') === 'true') {
      const said = (field.getAttribute('aria-describedby') ?? '').split(/\s+/).map((id) => document.getElementById(id)?.innerText.trim()).join(' ');
      if (!said.trim()) problems.push(`${field.name || field.type}: invalid without a message`);
    }
  }
  for (const message of document.querySelectorAll('.field-error')) {
    const field = message.closest('label')?.querySelector('input, select, textarea');
    if (message.innerText.trim() && field && !(message.id && described.has(message.id) && field.getAttribute('aria-invalid') === 'true')) {
      problems.push(`“${message.innerText.trim()}” is not tied to its field`);
    }
  }
  return problems;
}
