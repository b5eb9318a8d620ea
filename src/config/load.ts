/** Reads and validates the configuration file, naming the bad field when it is wrong. */
import { readFileSync, existsSync } from 'node:fs';
import { dirname, resolve, isAbsolute } from 'node:path';
import { ClaimsError } from '../errors.js';
import { configSchema, type Config } from './schema.js';

export const DEFAULT_CONFIG_FILE = 'pipeline.config.json';

/** A validated config plus the folder its relative paths are resolved against. */
export interface LoadedConfig {
  config: Config;
  /** Absolute path of the file read, or null when defaults were used. */
  file: string | null;
  baseDir: string;
}

/**
 * Loads `file` (default: pipeline.config.json in the working directory; defaults if that is absent).
 * An explicitly named file that is missing, unparsable or invalid throws CONFIG_* (exit 2).
 */
export function loadConfig(file?: string, cwd = process.cwd()): LoadedConfig {
  const explicit = file !== undefined;
  const path = resolve(cwd, file ?? DEFAULT_CONFIG_FILE);
  if (!existsSync(path)) {
    if (explicit) {
      throw new ClaimsError('CONFIG_NOT_FOUND', `config file not found: ${path} (pass an existing file to --config)`);
    }
    return { config: configSchema.parse({}), file: null, baseDir: cwd };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new ClaimsError('CONFIG_INVALID', `${path}: not valid JSON: ${(error as Error).message}`);
  }
  return { config: parseConfig(raw, path), file: path, baseDir: dirname(path) };
}

/** Validates a parsed config object; `where` names the source in error messages. */
export function parseConfig(raw: unknown, where = 'config'): Config {
  const result = configSchema.safeParse(raw);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const field = issue.path.length > 0 ? issue.path.join('.') : '(top level)';
    return `field "${field}": ${issue.message}`;
  });
  throw new ClaimsError('CONFIG_INVALID', `${where}: invalid configuration\n  ${problems.join('\n  ')}`);
}

/** Resolves a path from the config against the config file's folder. */
export function resolveConfigPath(loaded: LoadedConfig, path: string): string {
  return isAbsolute(path) ? path : resolve(loaded.baseDir, path);
}
