/** The bench report and the target verdicts: formatting and judging, from fixed measurements. */
import { describe, expect, it } from 'vitest';
import { describeLoad, formatReport, formatTable, labelRun, median, type BenchReport } from '../../src/bench/report.js';
import { analyseScaling, formatVerdicts, judgeCeiling, judgeRerun, judgeRss, judgeSpeedup, skipped } from '../../src/bench/targets.js';
import type { RunMeasurement } from '../../src/bench/types.js';

function measurement(overrides: Partial<RunMeasurement> = {}): RunMeasurement & { processSeconds: number } {
  return {
    corpus: ['corpus.jsonl'],
    database: 'run.sqlite',
    workers: 1,
    counts: { read: 1000, processed: 1000, unchanged: 0, failed: 0, sentences: 14000, entities: 29000, claims: 9000 },
    tokens: 300_000,
    corpusArticles: 1000,
    textBytes: 2_000_000,
    seconds: 2,
    pipelineSeconds: 1.9,
    cpuSeconds: 2.5,
    loadAverage: [0.5, 1.25],
    stageTotalMs: { ingest: 50, segment: 600, entities: 400, claims: 200, store: 700, lookup: 5 },
    stageMeanMs: { ingest: 0.05, segment: 0.6, entities: 0.4, claims: 0.2, store: 0.7, lookup: 0.005 },
    rss: { peakBytes: 300_000_000, sampledPeakBytes: 299_000_000, kernelPeakBytes: 300_000_000, samples: 100 },
    databaseBytes: 12_300_000,
    ceiling: { tokens: 300_000, seconds: 0.5, tokensPerSecond: 600_000, cpuSeconds: 0.5 },
    processSeconds: 2.4,
    ...overrides,
  };
}

describe('median', () => {
  it('takes the middle value, or the mean of the middle two', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });
});

describe('describeLoad', () => {
  it('warns only when the load average went above the cores', () => {
    expect(describeLoad([0.5, 1.9], 2)).toBeNull();
    expect(describeLoad([0.5, 7.25], 2)).toMatch(/^warning: the 1-minute load average reached 7\.3 on 2 cores during these runs/u);
  });
});

describe('formatTable', () => {
  it('left-aligns the first column and right-aligns the others', () => {
    expect(formatTable([['', 'a'], ['long label', '1,234'], ['x', '5']])).toEqual(['                a', 'long label  1,234', 'x               5']);
  });
});

describe('formatReport', () => {
  it('prints rates, per-stage means, memory, the ceiling, scaling and the incremental re-run', () => {
    const one = labelRun('1 worker', measurement());
    const two = labelRun('2 workers', measurement({ workers: 2, seconds: 1.25, cpuSeconds: 3 }));
    const report: BenchReport = {
      machine: { cores: 2, cpu: 'Test CPU', memoryGiB: 24, node: 'v20.0.0', platform: 'linux-x64' },
      corpus: { description: 'generated corpus (seed 1)', articles: 1000, textBytes: 2_000_000 },
      runs: [two, one],
      scaling: { oneWorker: '1 worker', allCores: '2 workers', speedup: two.rates.tokensPerSecond / one.rates.tokensPerSecond },
      incremental: { label: '2 workers', firstSeconds: 1.25, secondSeconds: 0.05, percent: 4, unchanged: 1000, processed: 0, measurement: measurement({ seconds: 0.05 }) },
    };
    expect(formatReport(report).split('\n')).toEqual([
      'news-claims benchmark — generated corpus (seed 1): 1,000 articles, 2.0 MB of text',
      'machine: 2 cores (Test CPU), 24 GiB, node v20.0.0, linux-x64',
      '',
      '                                   2 workers     1 worker',
      'articles/s                             800.0        500.0',
      'tokens/s                             240,000      150,000',
      'MB/s (text)                             1.60         1.00',
      'wall time (s, ingest to SQLite)         1.25         2.00',
      'CPU time (s, all threads)               3.00         2.50',
      'CPU ms/article (all threads)           3.000        2.500',
      'load average (start / end)       0.50 / 1.25  0.50 / 1.25',
      '  mean ms/article: ingest              0.050        0.050',
      '  mean ms/article: lookup              0.005        0.005',
      '  mean ms/article: segment             0.600        0.600',
      '  mean ms/article: entities            0.400        0.400',
      '  mean ms/article: claims              0.200        0.200',
      '  mean ms/article: store               0.700        0.700',
      'peak RSS                            300.0 MB     300.0 MB',
      'database size                        12.3 MB      12.3 MB',
      'wink-nlp ceiling tokens/s            600,000      600,000',
      'pipeline / ceiling                     0.400        0.250',
      'pipeline / ceiling, CPU time           0.167        0.200',
      '',
      'scaling: 2 workers = 1.60 x 1 worker (tokens/s)',
      'incremental re-run (2 workers, unchanged corpus): 0.05 s vs 1.25 s = 4.0 % of the first run (1,000 unchanged, 0 processed)',
      '',
    ]);
  });
});

describe('target verdicts', () => {
  it('judges on the median and shows every value', () => {
    expect(judgeCeiling([0.4, 0.6, 0.55])).toEqual({
      target: '1 worker: pipeline tokens/s >= 0.5 x wink-nlp ceiling',
      measured: 'median 0.550 x (0.400, 0.600, 0.550)',
      pass: true,
    });
    expect(judgeSpeedup([1.2, 1.3, 1.25], 2).pass).toBe(false);
    expect(judgeRerun(10_000, [4, 6, 5]).pass).toBe(true);
    expect(judgeRss(1000, [350e6, 420e6, 390e6])).toMatchObject({ measured: 'median 390 MB (350, 420, 390), max 420 MB', pass: true });
    expect(judgeRss(100_000, [401e6], '; one run').measured).toBe('401.0 MB; one run');
  });

  it('formats PASS, FAIL and SKIP lines', () => {
    expect(formatVerdicts([judgeRerun(10, [1]), judgeSpeedup([1], 2), skipped('big', 'not asked')])).toEqual([
      'PASS  re-run over unchanged 10 articles <= 5 % of the first run  median 1.0 % (1.0)',
      'FAIL  all cores (2): tokens/s >= 1.7 x 1 worker                  median 1.00 x (1.00)',
      'SKIP  big                                                        not measured: not asked',
    ]);
  });
});

describe('analyseScaling', () => {
  const size = (targetBytes: number, msPerArticle: Record<string, number>) => ({
    targetBytes, articles: Math.round(1_048_576 / targetBytes), meanBytes: targetBytes, meanTokens: targetBytes / 5, msPerArticle,
  });

  it('passes linear growth', () => {
    const analysis = analyseScaling([
      size(1024, { segment: 1, claims: 1, total: 2 }),
      size(10_240, { segment: 10, claims: 9, total: 19 }),
      size(102_400, { segment: 100, claims: 95, total: 195 }),
    ]);
    expect(analysis.superlinear).toEqual([]);
    expect(analysis.verdict.pass).toBe(true);
    expect(analysis.verdict.measured).toBe('100 KB article costs 98 x a 1 KB one (100 x the text); no stage superlinear');
  });

  it('names the stage whose cost per KB grows with length, and fails', () => {
    const analysis = analyseScaling([
      size(1024, { segment: 1, claims: 1, total: 2 }),
      size(10_240, { segment: 10, claims: 10, total: 20 }),
      size(102_400, { segment: 100, claims: 1000, total: 1100 }),
    ]);
    expect(analysis.superlinear.map((entry) => [entry.stage, entry.from, entry.to])).toEqual([['claims', 10_240, 102_400], ['total', 10_240, 102_400]]);
    expect(analysis.verdict.pass).toBe(false);
    expect(analysis.verdict.measured).toMatch(/superlinear: claims x10\.00 per KB from 10 KB to 100 KB/u);
    expect(analysis.table[0]).toMatch(/^size\s+articles\s+tokens\/article\s+segment ms\s+claims ms\s+total ms\s+total ms\/KB\s+x 1 KB per KB$/u);
  });

  it('lets a single stage vary up to x2 per KB (the collector on one 1 MB article), but not the total', () => {
    const analysis = analyseScaling([
      size(102_400, { entities: 19, claims: 20, total: 100 }),
      size(1_048_576, { entities: 300, claims: 210, total: 1100 }),
    ]);
    expect(analysis.superlinear).toEqual([]);
    expect(analysis.verdict.pass).toBe(true);
    const total = analyseScaling([size(102_400, { claims: 100, total: 100 }), size(1_048_576, { claims: 1600, total: 1600 })]);
    expect(total.superlinear.map((entry) => entry.stage)).toEqual(['total']);
    expect(total.verdict.pass).toBe(false);
  });

  it('judges a stage only between sizes where it is measurable, and still catches quadratic growth', () => {
    // ingest: timer noise at 10 KB (0.11 ms), linear from 100 KB to 1 MB; claims: quadratic, tiny at 1 KB.
    const analysis = analyseScaling([
      size(1024, { ingest: 0.04, claims: 0.01, total: 2 }),
      size(10_240, { ingest: 0.11, claims: 1, total: 20 }),
      size(102_400, { ingest: 1.72, claims: 100, total: 400 }),
      size(1_048_576, { ingest: 18.8, claims: 10_000, total: 12_000 }),
    ]);
    expect(analysis.superlinear.map((entry) => [entry.stage, entry.from, entry.to])).toEqual([
      ['claims', 10_240, 102_400], ['total', 10_240, 102_400], ['claims', 102_400, 1_048_576], ['total', 102_400, 1_048_576],
    ]);
  });
});
