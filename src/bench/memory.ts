/**
 * Peak resident memory of this process. Worker threads live in the same process, so its RSS covers
 * them. Two measures: process.memoryUsage().rss sampled on a timer (a timeline, and a check), and the
 * kernel's own high-water mark (getrusage ru_maxrss), which cannot miss a short peak between samples.
 */

/** Samples RSS until stopped; `peak()` is the larger of the samples' maximum and the kernel's. */
export interface RssSampler {
  stop(): RssReport;
}

export interface RssReport {
  /** Highest process.memoryUsage().rss seen by the sampler, bytes. */
  sampledPeakBytes: number;
  /** ru_maxrss at stop, bytes: the process's peak since it started. */
  kernelPeakBytes: number;
  /** The larger of the two. */
  peakBytes: number;
  samples: number;
}

/** Starts sampling every `intervalMs` (the timer does not keep the process alive). */
export function startRssSampler(intervalMs = 20): RssSampler {
  let sampledPeakBytes = process.memoryUsage().rss;
  let samples = 1;
  const timer = setInterval(() => {
    const rss = process.memoryUsage().rss;
    samples++;
    if (rss > sampledPeakBytes) sampledPeakBytes = rss;
  }, intervalMs);
  timer.unref();
  return {
    stop() {
      clearInterval(timer);
      const rss = process.memoryUsage().rss;
      if (rss > sampledPeakBytes) sampledPeakBytes = rss;
      // resourceUsage().maxRSS is in kilobytes.
      const kernelPeakBytes = process.resourceUsage().maxRSS * 1024;
      return { sampledPeakBytes, kernelPeakBytes, peakBytes: Math.max(sampledPeakBytes, kernelPeakBytes), samples: samples + 1 };
    },
  };
}
