// The embeddable calculator's page script (embed.html; docs/EMBED.md). Every rule and text
// comes from ita-calc (ita_core::calculator::embed): `embedStart(search)` reads the address,
// `embedView(state)` gives what to show and the `result` message for a state. This script only
// draws that and talks to the host page: `ready` once, `height` when the height changes,
// `result` whenever the result changes. It reads and writes no storage and never touches the
// host page other than calling postMessage on it.

import init, { embedStart, embedView } from './ita-calc.js';

const SOURCE = 'ita-calculator';

/** An element with attributes and children (text or nodes). */
function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v !== undefined && v !== null && v !== false) e.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children) e.append(c);
  return e;
}

/** Post a message to the host page, if there is one. */
function post(message, origin) {
  if (window.parent === window) return;
  window.parent.postMessage(message, origin);
}

async function main() {
  await init();
  const start = embedStart(window.location.search);
  const state = start.state;
  const t = start.texts;
  const origin = start.target_origin;
  document.documentElement.lang = t.html_lang;
  document.title = t.title;

  const year = el('select', { 'data-testid': 'embed-year' });
  for (const y of start.years) {
    year.append(el('option', { value: String(y.year), selected: y.year === state.year }, y.label));
  }
  year.addEventListener('change', () => {
    state.year = Number(year.value);
    render();
  });
  const radio = (entry, testid, label) => {
    const input = el('input', {
      type: 'radio',
      name: 'entry',
      value: entry,
      'data-testid': testid,
      checked: state.entry === entry,
    });
    input.addEventListener('change', () => {
      if (input.checked) {
        state.entry = entry;
        render();
      }
    });
    return el('label', {}, input, ' ', label);
  };
  const fields = el('div', { class: 'embed-fields' });
  const overall = el('dd', { class: 'score', 'data-testid': 'embed-overall' });
  const level = el('dd', { class: 'level', 'data-testid': 'embed-level' });
  const verdict = el('dd', { class: 'verdict', 'data-testid': 'embed-verdict' });
  const incomplete = el('p', { class: 'muted' }, t.incomplete);
  const bars = el('div', { 'aria-hidden': 'true' });
  const passLine = el('p', { class: 'embed-pass-line', 'aria-hidden': 'true' });
  const tableBody = el('tbody');
  const root = el(
    'div',
    { class: 'embed-calc', 'data-testid': 'embed-calculator' },
    el('h1', { class: 'embed-title' }, t.title),
    el(
      'div',
      { class: 'embed-controls' },
      el('label', { class: 'embed-year' }, t.fiscal_year, ' ', year),
      el(
        'fieldset',
        { class: 'embed-mode-choice' },
        el('legend', {}, t.mode),
        radio('indicators', 'embed-by-indicators', t.by_indicators),
        radio('tools', 'embed-by-tools', t.by_tools),
      ),
    ),
    fields,
    el(
      'dl',
      { class: 'embed-result', 'aria-live': 'polite' },
      el('div', {}, el('dt', {}, t.overall), overall),
      el('div', {}, el('dt', {}, t.level), level),
      el('div', {}, el('dt', {}, t.verdict), verdict),
    ),
    incomplete,
    el(
      'figure',
      { class: 'embed-chart', 'data-testid': 'embed-chart' },
      el('figcaption', {}, t.chart_title),
      bars,
      passLine,
      el(
        'table',
        { class: 'visually-hidden' },
        el('caption', {}, t.chart_title),
        el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, t.tool), el('th', { scope: 'col' }, t.score))),
        tableBody,
      ),
    ),
    el('p', { class: 'embed-footer muted' }, t.footer),
  );

  // The inputs by code, kept while the mode and year do not change the set of fields, so
  // that typing never loses the caret.
  let shownCodes = '';
  const inputs = new Map();
  let lastResult = '';

  function render() {
    const view = embedView(state);
    const codes = view.fields.map((f) => f.code).join(' ');
    if (codes !== shownCodes) {
      shownCodes = codes;
      inputs.clear();
      fields.replaceChildren();
      for (const f of view.fields) {
        const input = el('input', {
          type: 'text',
          inputmode: 'decimal',
          autocomplete: 'off',
          'data-testid': `embed-field-${f.code}`,
        });
        input.value = f.value;
        input.addEventListener('input', () => {
          state.values[f.code] = input.value;
          render();
        });
        inputs.set(f.code, input);
        fields.append(el('label', { class: 'embed-field', title: f.label }, el('span', {}, f.label), input));
      }
    }
    for (const f of view.fields) {
      const input = inputs.get(f.code);
      if (f.invalid) input.setAttribute('aria-invalid', 'true');
      else input.removeAttribute('aria-invalid');
    }
    overall.textContent = view.overall;
    level.textContent = view.level;
    verdict.textContent = view.verdict;
    incomplete.hidden = !view.incomplete;

    bars.replaceChildren();
    tableBody.replaceChildren();
    for (const b of view.bars) {
      const track = el('div', { class: 'embed-track' });
      if (b.value !== null && b.value !== undefined) {
        const fill = el('div', { class: `embed-fill ${b.passed ? 'pass' : 'fail'}` });
        fill.style.width = `${b.value}%`;
        track.append(fill);
      }
      const line = el('div', { class: 'embed-line' });
      line.style.left = `${view.pass_mark}%`;
      track.append(line, el('span', { class: 'embed-value' }, b.text));
      bars.append(el('div', { class: 'embed-bar' }, el('span', {}, b.label), track));
      tableBody.append(el('tr', {}, el('th', { scope: 'row' }, b.label), el('td', {}, b.text)));
    }
    passLine.textContent = view.pass_line;

    const message = JSON.stringify(view.message);
    if (message !== lastResult) {
      lastResult = message;
      post(view.message, origin);
    }
  }

  document.getElementById('loading')?.remove();
  // Inside the page's one `main` landmark (embed.html), so that every part is in a landmark.
  (document.getElementById('embed-main') ?? document.body).append(root);
  post(start.ready, origin);
  render();

  let lastHeight = 0;
  const sendHeight = () => {
    const height = Math.ceil(root.getBoundingClientRect().height);
    if (height !== lastHeight) {
      lastHeight = height;
      post({ source: SOURCE, type: 'height', height }, origin);
    }
  };
  sendHeight();
  if ('ResizeObserver' in window) new ResizeObserver(sendHeight).observe(root);
}

main();
