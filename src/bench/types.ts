/** What one measured run reports (as JSON from its child process) and what the bench prints. */

/** Milliseconds per article for each stage, main-thread ones included. */
export type StageMs = Record<string, number>;

/** One run of the real pipeline, measured in a fresh process by run-once. */
export interface RunMeasurement {
  corpus: string[];
  database: string;
  /** Worker threads asked for (0: in-process). */
  workers: number;
  /** Articles read, processed, skipped as unchanged, failed. */
  counts: { read: number; processed: number; unchanged: number; failed: number; sentences: number; entities: number; claims: number };
  /** Tokens produced by the segment stage over the processed articles. */
  tokens: number;
  /** Articles and UTF-8 bytes of text in the corpus, counted by a separate ingest pass. */
  corpusArticles: number;
  textBytes: number;
  /** Wall time from opening the database to closing it (the whole run: ingest to SQLite). */
  seconds: number;
  /** runPipeline's own wall time (excludes opening, migrating and closing the database). */
  pipelineSeconds: number;
  /** CPU time of the whole process (every thread, user + system) over the same span as `seconds`. */
  cpuSeconds: number;
  /**
   * The 1-minute load average when the run started and ended. On a shared machine, a load above
   * what this benchmark itself puts on it means other work competed for the cores.
   */
  loadAverage: [number, number];
  /** Total milliseconds per stage: segment/entities/claims as the workers time them, store, ingest. */
  stageTotalMs: StageMs;
  /** stageTotalMs divided by the articles the stage saw. */
  stageMeanMs: StageMs;
  rss: { peakBytes: number; sampledPeakBytes: number; kernelPeakBytes: number; samples: number };
  databaseBytes: number;
  /** wink-nlp alone over the same texts in the same process, or null when not asked for. */
  ceiling: { tokens: number; seconds: number; tokensPerSecond: number; cpuSeconds: number } | null;
}

/** Rates derived from a measurement. */
export interface RunRates {
  articlesPerSecond: number;
  tokensPerSecond: number;
  megabytesPerSecond: number;
  /** Pipeline tokens/s divided by the ceiling's tokens/s, or null without a ceiling. */
  ceilingRatio: number | null;
  /**
   * The same ratio in CPU time: the ceiling's CPU per token over the pipeline's (every thread). Other
   * work on the machine hardly moves it, unlike wall time; with one worker it is a lower bound of
   * ceilingRatio, since the main thread's share (ingest, SQLite) overlaps the worker's.
   */
  ceilingCpuRatio: number | null;
}

/** Rates of a first (not incremental) run: per processed article and second. */
export function ratesOf(run: RunMeasurement): RunRates {
  const seconds = run.seconds > 0 ? run.seconds : Number.POSITIVE_INFINITY;
  const tokensPerSecond = run.tokens / seconds;
  return {
    articlesPerSecond: run.counts.processed / seconds,
    tokensPerSecond,
    megabytesPerSecond: run.textBytes / 1e6 / seconds,
    ceilingRatio: run.ceiling && run.ceiling.tokensPerSecond > 0 ? tokensPerSecond / run.ceiling.tokensPerSecond : null,
    ceilingCpuRatio:
      run.ceiling && run.ceiling.cpuSeconds > 0 && run.cpuSeconds > 0 && run.ceiling.tokens > 0
        ? run.ceiling.cpuSeconds / run.ceiling.tokens / (run.cpuSeconds / run.tokens)
        : null,
  };
}
