/** `claims entities`: canonical entities with how often they are mentioned, speak and are spoken about. */
import type { Command } from 'commander';
import { ClaimsError } from '../errors.js';
import { openReader, UNKNOWN_LABEL, type EntityFilter, type EntitySummary, type StoredEntityLabel } from '../store/index.js';
import { addDbOptions, resolveDb, say, type DbOptions } from './common.js';
import { formatTable, stdoutOutput, writeChunks, type Output } from './format.js';
import { parseLimit } from './list.js';

// A Record rather than an array, so adding a label to EntityLabel fails to compile until it is here.
const LABELS: Record<StoredEntityLabel, true> = {
  PERSON: true,
  ORG: true,
  GPE: true,
  NORP: true,
  DATE: true,
  CARDINAL: true,
  [UNKNOWN_LABEL]: true,
};

/** Throws USAGE unless `value` names an entity label (any case). */
export function parseLabel(value: string): StoredEntityLabel {
  const label = value.trim().toUpperCase();
  if (!Object.hasOwn(LABELS, label)) {
    throw new ClaimsError('USAGE', `--label expects one of ${Object.keys(LABELS).join(', ')} (got "${value}")`);
  }
  return label as StoredEntityLabel;
}

/** Options of `claims entities`. */
export interface EntitiesOptions extends DbOptions {
  label?: string;
  search?: string;
  limit?: string;
  json?: boolean;
}

/** Runs `claims entities`; writes the entity table or JSON to `output`. */
export async function entitiesCommand(options: EntitiesOptions, output: Output): Promise<void> {
  const filter: EntityFilter = { limit: parseLimit(options.limit) ?? 50 };
  if (options.label !== undefined) filter.label = parseLabel(options.label);
  if (options.search !== undefined) {
    if (options.search.trim() === '') throw new ClaimsError('USAGE', '--search must not be empty');
    filter.search = options.search;
  }
  const { dbPath } = resolveDb(options);
  const reader = openReader(dbPath);
  let entities: EntitySummary[];
  try {
    entities = reader.listEntities(filter);
  } finally {
    reader.close();
  }
  if (options.json) {
    await writeChunks(output.stream, [`${JSON.stringify(entities, null, 2)}\n`]);
    return;
  }
  if (entities.length === 0) {
    say('no entities match');
    return;
  }
  const rows = entities.map((e) => [e.entity, e.label, String(e.mentions), String(e.articles), String(e.claimsAsSpeaker), String(e.claimsAbout)]);
  // The name goes last so a long one is what gets truncated on a narrow terminal.
  const lines = formatTable(
    ['LABEL', 'MENTIONS', 'ARTICLES', 'SPEAKER', 'ABOUT', 'ENTITY'],
    rows.map(([entity, ...counts]) => [...counts, entity!]),
    { width: output.isTTY ? (output.columns ?? 100) : undefined, alignRight: [1, 2, 3, 4], color: output.color },
  );
  await writeChunks(output.stream, lines.map((line) => `${line}\n`));
  if (entities.length === filter.limit) say(`showing the first ${filter.limit}; use --limit to see more`);
}

/** Adds `claims entities`. `output` replaces stdout (for tests). */
export function registerEntities(program: Command, output?: Output): void {
  const command = program
    .command('entities')
    .description('list entities with mention, article and claim counts (SPEAKER: claims they made; ABOUT: claims targeting or mentioning them)');
  addDbOptions(command)
    .option('--label <label>', `only this label: ${Object.keys(LABELS).join(', ')}`)
    .option('--search <text>', 'name contains this (case-insensitive)')
    .option('--limit <n>', 'at most this many entities', '50')
    .option('--json', 'print a JSON array')
    .action(async (options: EntitiesOptions) => entitiesCommand(options, output ?? stdoutOutput()));
}
