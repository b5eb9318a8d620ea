#!/usr/bin/env node
// Sums the counts of several `claims eval --json` results (the folds of scripts/cross-validate-k.sh)
// and prints the pooled F1 of each attribution figure, with its true positives.
import { readFileSync } from 'node:fs';

const results = process.argv.slice(2).map((path) => JSON.parse(readFileSync(path, 'utf8')).attribution);
const figures = [['source', 'lenient'], ['cue', 'lenient'], ['content', 'lenient'], ['content', 'tokens'], ['linked', 'all'], ['linked', 'direct']];
const f1 = (c) => (200 * c.tp) / (c.predicted + c.gold);
results.forEach((r, i) => console.log(`fold ${i}: ${r.docs} documents, source ${f1(r.source.lenient).toFixed(2)}, cue ${f1(r.cue.lenient).toFixed(2)}, content ${f1(r.content.lenient).toFixed(2)}, linked ${f1(r.linked.all).toFixed(2)} (tp ${r.linked.all.tp})`));
console.log(`pooled over ${results.length} folds, ${results.reduce((n, r) => n + r.docs, 0)} documents`);
for (const [component, mode] of figures) {
  let tp = 0, predicted = 0, gold = 0;
  for (const r of results) { const c = mode === 'direct' ? r.linked.byKind.direct : r[component][mode]; tp += c.tp; predicted += c.predicted; gold += c.gold; }
  const p = tp / predicted, rc = tp / gold, f1 = (2 * p * rc) / (p + rc);
  console.log(`${`${component} ${mode}`.padEnd(18)} P ${(100 * p).toFixed(1)}  R ${(100 * rc).toFixed(1)}  F1 ${(100 * f1).toFixed(2)}  tp ${tp}  pred ${predicted}  gold ${gold}`);
}
