// The playground's workbook on disk: the spreadsheet plus what Apps Script keeps beside it (script
// and user properties, e.g. the wizard's draft), so a restart loses nothing. Written atomically
// (temp file, then rename) so a crash mid-write leaves the previous save intact. One playground
// at a time owns the file: a lock file beside it names the owner's process.

import { copyFileSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { WORKBOOK_JSON_FORMAT, type WorkbookJSON } from '../formulas/workbook-json';

export const SAVED_FORMAT = 'devrate-playground@1';

export interface SavedPlayground {
  format: typeof SAVED_FORMAT;
  workbook: WorkbookJSON;
  scriptProperties: Record<string, string>;
  /** Keyed by user email. */
  userProperties: Record<string, Record<string, string>>;
}

// The workbook's own shape is the emulator's business (deserializeWorkbook checks its format);
// here only the envelope is checked.
const savedSchema = z.object({
  format: z.literal(SAVED_FORMAT),
  workbook: z.looseObject({ format: z.literal(WORKBOOK_JSON_FORMAT), sheets: z.array(z.unknown()) }),
  scriptProperties: z.record(z.string(), z.string()),
  userProperties: z.record(z.string(), z.record(z.string(), z.string())),
});

export type LoadResult =
  { kind: 'missing' } | { kind: 'loaded'; saved: SavedPlayground } | { kind: 'unreadable'; movedTo: string; reason: string };

/** Reads the saved playground; an unreadable file is moved aside (never silently overwritten). */
export function loadSavedPlayground(file: string): LoadResult {
  if (!existsSync(file)) return { kind: 'missing' };
  try {
    const saved = savedSchema.parse(JSON.parse(readFileSync(file, 'utf8'))) as unknown as SavedPlayground;
    return { kind: 'loaded', saved };
  } catch (error) {
    const movedTo = `${file}.unreadable-${Date.now()}`;
    renameSync(file, movedTo);
    return { kind: 'unreadable', movedTo, reason: error instanceof Error ? error.message.split('\n')[0] : String(error) };
  }
}

/** Serialized form, so callers can skip writing when nothing changed. */
export function savedText(saved: SavedPlayground): string {
  return `${JSON.stringify(saved)}\n`;
}

export function writeSavedText(file: string, text: string): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, text);
  renameSync(temp, file);
}

/** Copies a file the playground could read but not fully restore, before any save replaces it. */
export function backUpSaved(file: string): string {
  const backup = `${file}.unrestorable-${Date.now()}`;
  copyFileSync(file, backup);
  return backup;
}

export class WorkbookInUse extends Error {}

/**
 * Takes <file>.lock for this process, so two playgrounds never overwrite each other's saves.
 * A lock whose process is gone (a crash, kill -9) is stale and taken over. Returns the release.
 */
export function lockSaved(file: string): () => void {
  const lock = `${file}.lock`;
  mkdirSync(path.dirname(file), { recursive: true });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(lock, `${process.pid}\n`, { flag: 'wx' });
      return () => rmSync(lock, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const owner = Number.parseInt(readFileSync(lock, 'utf8'), 10);
    if (Number.isInteger(owner) && owner > 0 && processAlive(owner)) {
      throw new WorkbookInUse(
        `${file} is in use by another playground (process ${owner}). Stop it, or give this one another file: PLAYGROUND_WORKBOOK=other.json npm start`,
      );
    }
    rmSync(lock, { force: true }); // stale: its process is gone
  }
  throw new WorkbookInUse(`Could not lock ${file}: another playground keeps taking ${lock}.`);
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'; // alive, someone else's
  }
}
