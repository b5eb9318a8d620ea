/**
 * `claims eval GOLD.jsonl`: runs the pipeline over a gold file (format: ../shared/eval/README.md) and
 * prints the figures defined there — span F1 (strict, lenient), token-overlap F1, linked attribution
 * F1 by type, NER F1 by label — plus, with --errors N, the worst misses and false claims.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Command } from 'commander';
import { ClaimsError } from '../errors.js';
import {
  analyseErrors, evaluateAttributions, evaluateEntities, formatAttributionResult, formatErrorReport, formatNerResult,
  formatPerDocAttributions, readGoldFile, type AttributionPredictions, type GoldDoc,
} from '../eval/index.js';
import { predictGold } from '../eval/predict.js';
import { openReader, openWriter } from '../store/index.js';
import { addDbOptions, resolveDb, say, type DbOptions } from './common.js';

interface EvalOptions extends DbOptions {
  json?: boolean;
  directOnly?: boolean;
  perDoc?: boolean;
  errors?: string;
  workers?: string;
}

/** Keeps only direct gold attributions and direct predictions (for the direct-quote figures). */
function directOnly(docs: GoldDoc[], predictions: AttributionPredictions): [GoldDoc[], AttributionPredictions] {
  const gold = docs.map((doc) => ({ ...doc, attributions: doc.attributions?.filter((a) => a.type === 'direct') ?? null }));
  const predicted = new Map([...predictions].map(([id, list]) => [id, list.filter((p) => p.kind === 'direct')]));
  return [gold, predicted];
}

function parseCount(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/u.test(value)) throw new ClaimsError('USAGE', `${name} expects a whole number, got "${value}"`);
  return Number(value);
}

/** Adds `claims eval`. */
export function registerEval(program: Command): void {
  addDbOptions(
    program
      .command('eval')
      .description('score the pipeline against a gold JSONL file (attribution and/or NER)')
      .argument('<gold>', 'gold file: one {id, text, quotes, entities} document per line')
      .option('--json', 'print all figures as one JSON object on stdout')
      .option('--direct-only', 'score only direct-quote attributions')
      .option('--per-doc', 'also print figures per document')
      .option('--errors <n>', 'print the N worst misses and false claims with their sentence')
      .option('--workers <n>', 'worker threads (default: config)'),
  ).action(async (goldPath: string, options: EvalOptions) => {
    const errorsLimit = parseCount('--errors', options.errors);
    const workers = parseCount('--workers', options.workers);
    const { loaded } = resolveDb(options);
    const goldFile = resolve(goldPath);
    const docs = await readGoldFile(goldFile);
    const temp = options.db ? null : mkdtempSync(join(tmpdir(), 'claims-eval-'));
    const dbPath = options.db ?? join(temp!, 'eval.sqlite');
    try {
      const writer = openWriter(dbPath);
      let predictions;
      try {
        predictions = await predictGold({
          goldFile, docIds: docs.map((doc) => doc.id), config: loaded.config, writer, openReader: () => openReader(dbPath), workers,
        });
      } finally {
        writer.close();
      }
      const [goldDocs, attributionPredictions] = options.directOnly ? directOnly(docs, predictions.attributions) : [docs, predictions.attributions];
      const hasQuotes = docs.some((doc) => doc.attributions !== null);
      const hasEntities = docs.some((doc) => doc.entities !== null);
      const attribution = hasQuotes ? evaluateAttributions(goldDocs, attributionPredictions) : null;
      const ner = hasEntities ? evaluateEntities(docs, predictions.entities) : null;
      const errors = hasQuotes && errorsLimit ? analyseErrors(goldDocs, attributionPredictions, { limit: errorsLimit }) : null;
      const run = { seconds: predictions.run.seconds, tokens: predictions.run.tokens, failed: predictions.run.counts.failed };
      if (options.json) {
        const { perDoc: attributionDocs, ...attributionTotals } = attribution ?? { perDoc: [] };
        const { perDoc: nerDocs, ...nerTotals } = ner ?? { perDoc: [] };
        process.stdout.write(`${JSON.stringify({
          gold: goldFile, documents: docs.length, run,
          attribution: attribution ? { ...attributionTotals, ...(options.perDoc ? { perDoc: attributionDocs } : {}) } : null,
          ner: ner ? { ...nerTotals, ...(options.perDoc ? { perDoc: nerDocs } : {}) } : null,
          errors,
        })}\n`);
      } else {
        const parts: string[] = [];
        if (attribution) parts.push(formatAttributionResult(attribution));
        if (attribution && options.perDoc) parts.push(formatPerDocAttributions(attribution));
        if (ner) parts.push(formatNerResult(ner));
        if (errors) parts.push(formatErrorReport(errors));
        process.stdout.write(`${parts.join('\n\n')}\n`);
      }
      say(`${docs.length} gold documents scored in ${run.seconds.toFixed(1)} s (${run.tokens} tokens)${run.failed ? `; ${run.failed} failed to process` : ''}`);
      if (run.failed > 0) process.exitCode = 1;
    } finally {
      if (temp) rmSync(temp, { recursive: true, force: true });
    }
  });
}
