import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig, parseConfig } from '../../src/config/load.js';
import { ClaimsError } from '../../src/errors.js';

describe('config', () => {
  it('fills defaults for an empty object', () => {
    const config = parseConfig({});
    expect(config.database).toBe('output/claims.sqlite');
    expect(config.concurrency.workers).toBe('auto');
    expect(config.stages.claims.minConfidence).toBe(0.3);
  });

  it('names the bad field', () => {
    expect(() => parseConfig({ concurrency: { inFlight: -1 } })).toThrowError(/concurrency\.inFlight/);
    expect(() => parseConfig({ databse: 'x' })).toThrowError(/databse/);
  });

  it('exits 2 for a missing explicit file and for bad JSON', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cfg-'));
    try {
      loadConfig(join(dir, 'nope.json'));
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ClaimsError);
      expect((error as ClaimsError).exitCode).toBe(2);
    }
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{ "inputs": [ }');
    expect(() => loadConfig(bad)).toThrowError(/bad\.json: not valid JSON/);
  });

  it('loads the shipped pipeline.config.json', () => {
    const loaded = loadConfig('pipeline.config.json');
    expect(loaded.config.inputs).toEqual(['corpus']);
  });
});
