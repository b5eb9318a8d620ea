/**
 * CoNLL-style NER scoring shared by scripts/eval-ner.mjs and scripts/build-lexicons.mjs: exact span
 * + label F1 overall and per label, and span-only F1, after mapping the project's labels onto
 * CoNLL's (GPE -> LOC, NORP -> MISC; DATE and CARDINAL are not scored), as ../shared/eval/README.md says.
 */

/** The CoNLL label a project label is scored as, or null when it is not scored. */
export function conllLabel(label) {
  switch (label) {
    case 'PERSON': case 'PER': return 'PERSON';
    case 'ORG': return 'ORG';
    case 'GPE': case 'LOC': case 'FAC': return 'LOC';
    case 'NORP': case 'MISC': case 'EVENT': case 'PRODUCT': case 'WORK_OF_ART': case 'LAW': case 'LANGUAGE': return 'MISC';
    default: return null;
  }
}

function prf(tp, fp, fn) {
  const p = tp + fp ? tp / (tp + fp) : 0;
  const r = tp + fn ? tp / (tp + fn) : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0, tp, fp, fn };
}

/**
 * Scores documents: `docs` is a list of { gold: [{start,end,label}], predicted: [{start,end,label}] }
 * with labels already in CoNLL form (null labels dropped by the caller).
 */
export function scoreNer(docs) {
  const labels = ['PERSON', 'ORG', 'LOC', 'MISC'];
  const counts = Object.fromEntries(labels.map((l) => [l, { tp: 0, fp: 0, fn: 0 }]));
  const all = { tp: 0, fp: 0, fn: 0 };
  const spans = { tp: 0, fp: 0, fn: 0 };
  for (const { gold, predicted } of docs) {
    const goldKeys = new Set(gold.map((e) => `${e.start}:${e.end}:${e.label}`));
    const predKeys = new Set(predicted.map((e) => `${e.start}:${e.end}:${e.label}`));
    for (const e of predicted) {
      const hit = goldKeys.has(`${e.start}:${e.end}:${e.label}`);
      counts[e.label][hit ? 'tp' : 'fp']++;
      all[hit ? 'tp' : 'fp']++;
    }
    for (const e of gold) {
      if (!predKeys.has(`${e.start}:${e.end}:${e.label}`)) {
        counts[e.label].fn++;
        all.fn++;
      }
    }
    const goldSpans = new Set(gold.map((e) => `${e.start}:${e.end}`));
    const predSpans = new Set(predicted.map((e) => `${e.start}:${e.end}`));
    for (const key of predSpans) spans[goldSpans.has(key) ? 'tp' : 'fp']++;
    for (const key of goldSpans) if (!predSpans.has(key)) spans.fn++;
  }
  return {
    overall: prf(all.tp, all.fp, all.fn),
    spanOnly: prf(spans.tp, spans.fp, spans.fn),
    perLabel: Object.fromEntries(labels.map((l) => [l, prf(counts[l].tp, counts[l].fp, counts[l].fn)])),
  };
}

/** The scores as a small table for the terminal. */
export function formatScores(scores) {
  const pct = (x) => (100 * x).toFixed(1).padStart(5);
  const row = (name, s) => `${name.padEnd(9)} P ${pct(s.p)}  R ${pct(s.r)}  F1 ${pct(s.f)}   (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`;
  return [row('overall', scores.overall), ...Object.entries(scores.perLabel).map(([l, s]) => row(l, s)), row('span-only', scores.spanOnly)].join('\n');
}

/**
 * The first `limit` wrong predictions ("predicted/gold label, source, context") and missed gold
 * spans, for error analysis. `docs` items also carry `text`.
 */
export function formatErrors(docs, limit) {
  const context = (text, start, end) =>
    `${text.slice(Math.max(0, start - 30), start)}[${text.slice(start, end)}]${text.slice(end, end + 30)}`.replace(/\n/g, '⏎');
  const wrong = [];
  const missed = [];
  for (const { gold, predicted, text } of docs) {
    const goldLabels = new Map(gold.map((e) => [`${e.start}:${e.end}`, e.label]));
    const predictedSpans = new Set(predicted.map((e) => `${e.start}:${e.end}`));
    for (const p of predicted) {
      const label = goldLabels.get(`${p.start}:${p.end}`);
      if (label !== p.label) wrong.push(`${p.label}/${label ?? '-'} ${p.source ?? ''}  ${context(text, p.start, p.end)}`);
    }
    for (const g of gold) if (!predictedSpans.has(`${g.start}:${g.end}`)) missed.push(`${g.label}  ${context(text, g.start, g.end)}`);
  }
  return [
    `\nwrong spans or labels (predicted/gold): ${wrong.length}`,
    ...wrong.slice(0, limit),
    `\nmissed gold spans: ${missed.length}`,
    ...missed.slice(0, limit),
  ].join('\n');
}
