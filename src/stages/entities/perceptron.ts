/**
 * A multi-class linear model over features (an averaged perceptron once trained): the score of a
 * tag is the sum of the weights of the word's features. A feature is a template number and a value
 * string that usually already exists (the word's lower-cased text, its shape), so scoring a word is
 * a few Map hits on strings whose hashes V8 has cached, with no strings built per lookup.
 */

/** The tags of the BIO scheme over the four CoNLL types the model is trained on. */
export const TAGS = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC', 'B-MISC', 'I-MISC'] as const;
/** One BIO tag. */
export type Tag = (typeof TAGS)[number];
/** Number of tags, the width of every weight row. */
export const TAG_COUNT = TAGS.length;

/** Features of one word as parallel arrays: template numbers and values. */
export class FeatureList {
  templates: number[] = [];
  values: string[] = [];

  /** Adds feature (template, value). */
  add(template: number, value: string): void {
    this.templates.push(template);
    this.values.push(value);
  }

  /** Empties the list for reuse (keeps the arrays' storage). */
  clear(): void {
    this.templates.length = 0;
    this.values.length = 0;
  }

  get length(): number {
    return this.templates.length;
  }
}

/** Feature weights: per template a Map from value to a row of TAG_COUNT weights in one flat array. */
export class LinearModel {
  readonly templateNames: readonly string[];
  private readonly rows: Map<string, number>[];
  private table: Float64Array;
  private rowCount = 0;

  constructor(templateNames: readonly string[], capacity = 1024) {
    this.templateNames = templateNames;
    this.rows = templateNames.map(() => new Map<string, number>());
    this.table = new Float64Array(capacity * TAG_COUNT);
  }

  /** Number of features with a row. */
  get size(): number {
    return this.rowCount;
  }

  /** Offset of the feature's row in `weights`, or -1. */
  rowOf(template: number, value: string): number {
    return this.rows[template]?.get(value) ?? -1;
  }

  /** Offset of the feature's row, made (zeroed) if missing; used by training. */
  ensureRow(template: number, value: string): number {
    const map = this.rows[template]!;
    let row = map.get(value);
    if (row === undefined) {
      if ((this.rowCount + 1) * TAG_COUNT > this.table.length) {
        const grown = new Float64Array(this.table.length * 2);
        grown.set(this.table);
        this.table = grown;
      }
      row = this.rowCount * TAG_COUNT;
      this.rowCount++;
      map.set(value, row);
    }
    return row;
  }

  /** The flat weight table (row offsets come from rowOf/ensureRow). */
  get weights(): Float64Array {
    return this.table;
  }

  /** Adds the weights of every feature in `features` into `scores`. */
  addScores(features: FeatureList, scores: number[]): void {
    const table = this.table;
    const { templates, values } = features;
    for (let f = 0; f < templates.length; f++) {
      const row = this.rows[templates[f]!]!.get(values[f]!);
      if (row === undefined) continue;
      for (let k = 0; k < TAG_COUNT; k++) scores[k]! += table[row + k]!;
    }
  }

  /** Every feature as [template name, value, row offset], for serialising. */
  *entries(): Generator<[string, string, number]> {
    for (let t = 0; t < this.rows.length; t++) for (const [value, row] of this.rows[t]!) yield [this.templateNames[t]!, value, row];
  }

  /**
   * Parses the serialised model: one feature a line, "template\tvalue\tk:w k:w…", weights as
   * integers in thousandths (scripts/build-lexicons.mjs writes it). Unknown templates are skipped.
   */
  static parse(serialised: string, templateNames: readonly string[]): LinearModel {
    const templateIndex = new Map(templateNames.map((name, i) => [name, i]));
    const model = new LinearModel(templateNames, 1 + (serialised.length >> 4));
    let lineStart = 0;
    while (lineStart < serialised.length) {
      let lineEnd = serialised.indexOf('\n', lineStart);
      if (lineEnd < 0) lineEnd = serialised.length;
      const tab1 = serialised.indexOf('\t', lineStart);
      const tab2 = tab1 < 0 ? -1 : serialised.indexOf('\t', tab1 + 1);
      const template = templateIndex.get(serialised.slice(lineStart, tab1));
      if (tab2 > 0 && tab2 < lineEnd && template !== undefined) {
        const row = model.ensureRow(template, serialised.slice(tab1 + 1, tab2));
        for (const cell of serialised.slice(tab2 + 1, lineEnd).split(' ')) {
          const colon = cell.indexOf(':');
          model.table[row + Number(cell.slice(0, colon))] = Number(cell.slice(colon + 1)) / 1000;
        }
      }
      lineStart = lineEnd + 1;
    }
    return model;
  }
}
