// The playground's workbook on disk: the spreadsheet plus what Apps Script keeps beside it (script
// and user properties, e.g. the wizard's draft), so a restart loses nothing. Written atomically
// (temp file, then rename) so a crash mid-write leaves the previous save intact. One playground
// at a time owns the file: a lock file beside it names the owner's process. It holds sealed
// scorecards and every collaborator's user properties (their tokens), so everything the
// playground writes is readable by its owner only: files 0600, the folders it creates 0700.

import {
  chmodSync,
  closeSync,
  copyFileSync,
  existsSync,
  fchmodSync,
  lstatSync,
  mkdirSync,
  openSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { WORKBOOK_JSON_FORMAT, type WorkbookJSON } from '../formulas/workbook-json';

export const SAVED_FORMAT = 'devrate-playground@1';

/** Read and write for the owner, nothing for anyone else. */
export const OWNER_FILE_MODE = 0o600;
export const OWNER_DIR_MODE = 0o700;
/** The playground's own folder (the default one, .playground/): everything in it is the playground's. */
const OWN_FOLDER_NAME = '.playground';

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
    chmodSync(movedTo, OWNER_FILE_MODE);
    return { kind: 'unreadable', movedTo, reason: error instanceof Error ? error.message.split('\n')[0] : String(error) };
  }
}

/** Serialized form, so callers can skip writing when nothing changed. */
export function savedText(saved: SavedPlayground): string {
  return `${JSON.stringify(saved)}\n`;
}

export function writeSavedText(file: string, text: string): void {
  mkdirSync(path.dirname(file), { recursive: true, mode: OWNER_DIR_MODE });
  const temp = `${file}.${process.pid}.tmp`;
  // The mode before the first byte: a temp file left over by a crash keeps its old mode otherwise.
  const fd = openSync(temp, 'w', OWNER_FILE_MODE);
  try {
    fchmodSync(fd, OWNER_FILE_MODE);
    writeSync(fd, text);
  } finally {
    closeSync(fd);
  }
  renameSync(temp, file);
}

/**
 * Makes what an earlier playground (or an older version of it) wrote owner-only: the workbook
 * file and its side files (<file>.lock, backups), and, in the playground's own .playground
 * folder, the folder and every file in it. A folder chosen with PLAYGROUND_WORKBOOK that is not
 * named .playground keeps its mode: it may hold other things than the playground's.
 */
export function restrictSavedFiles(file: string): void {
  const dir = path.dirname(file);
  if (!existsSync(dir)) return;
  const own = path.basename(dir) === OWN_FOLDER_NAME;
  if (own) chmodSync(dir, OWNER_DIR_MODE);
  const base = path.basename(file);
  for (const name of readdirSync(dir)) {
    if (!own && name !== base && !name.startsWith(`${base}.`)) continue;
    const entry = path.join(dir, name);
    if (lstatSync(entry).isFile()) chmodSync(entry, OWNER_FILE_MODE); // a link's target is not ours to change
  }
}

/** Copies a file the playground could read but not fully restore, before any save replaces it. */
export function backUpSaved(file: string): string {
  const backup = `${file}.unrestorable-${Date.now()}`;
  copyFileSync(file, backup);
  chmodSync(backup, OWNER_FILE_MODE);
  return backup;
}

export class WorkbookInUse extends Error {}

/**
 * Takes <file>.lock for this process, so two playgrounds never overwrite each other's saves.
 * A lock whose process is gone (a crash, kill -9) is stale and taken over. Returns the release.
 */
export function lockSaved(file: string): () => void {
  const lock = `${file}.lock`;
  mkdirSync(path.dirname(file), { recursive: true, mode: OWNER_DIR_MODE });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(lock, `${process.pid}\n`, { flag: 'wx', mode: OWNER_FILE_MODE });
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
