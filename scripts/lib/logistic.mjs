// Logistic regression over sparse string features (SGD with L2), shared by the model trainers.
// Deterministic: the shuffle uses a fixed LCG seed, so a rebuild gives the same weights.

/** rows: { features: string[], label: 0 | 1 }[]. Features seen fewer than minCount times are ignored. */
export function trainLogistic(rows, { epochs = 8, rate = 0.1, l2 = 1e-5, minCount = 2, seed = 12345, average = false } = {}) {
  const counts = new Map();
  for (const row of rows) for (const f of row.features) counts.set(f, (counts.get(f) ?? 0) + 1);
  const weights = new Map();
  let bias = 0;
  let state = seed;
  const random = () => ((state = (state * 1103515245 + 12345) % 2147483648) / 2147483648);
  const order = rows.map((_, i) => i);
  // Averaged SGD (optional): the mean of the weights after every epoch, which varies less from one
  // training set to the next than the last epoch's weights.
  const sums = new Map();
  let biasSum = 0;
  for (let epoch = 0; epoch < epochs; epoch++) {
    if (average && epoch > 0) {
      for (const [f, w] of weights) sums.set(f, (sums.get(f) ?? 0) + w);
      biasSum += bias;
    }
    for (let i = order.length - 1; i > 0; i--) { const j = Math.floor(random() * (i + 1)); [order[i], order[j]] = [order[j], order[i]]; }
    for (const index of order) {
      const row = rows[index];
      const features = row.features.filter((f) => counts.get(f) >= minCount);
      let score = bias;
      for (const f of features) score += weights.get(f) ?? 0;
      const gradient = row.label - 1 / (1 + Math.exp(-score));
      bias += rate * gradient;
      for (const f of features) { const w = weights.get(f) ?? 0; weights.set(f, w + rate * (gradient - l2 * w)); }
    }
  }
  if (!average) return { bias, weights };
  for (const [f, w] of weights) sums.set(f, (sums.get(f) ?? 0) + w);
  biasSum += bias;
  const averaged = new Map([...sums].map(([f, w]) => [f, w / epochs]));
  return { bias: biasSum / epochs, weights: averaged };
}

/** The model's probability for one feature list. */
export function probability(model, features) {
  let score = model.bias;
  for (const f of features) score += model.weights.get(f) ?? 0;
  return 1 / (1 + Math.exp(-score));
}

/** Precision and recall at a threshold, printed to stderr under `name`. */
export function report(model, rows, threshold, name, unit) {
  let tp = 0, fp = 0, fn = 0;
  for (const row of rows) {
    const yes = probability(model, row.features) >= threshold;
    if (yes && row.label) tp++; else if (yes) fp++; else if (row.label) fn++;
  }
  console.error(`${name}: ${rows.length} ${unit}, P ${(tp / (tp + fp)).toFixed(3)} R ${(tp / (tp + fn)).toFixed(3)}`);
}

/** The weights worth keeping, as TypeScript Map entries, sorted by feature name. */
export function weightEntries(model) {
  return [...model.weights].filter(([, w]) => Math.abs(w) >= 0.01).sort(([a], [b]) => a.localeCompare(b))
    .map(([f, w]) => `  [${JSON.stringify(f)}, ${w.toFixed(4)}],`);
}
