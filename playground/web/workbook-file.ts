// The playground's workbook on disk: the spreadsheet plus what Apps Script keeps beside it (script
// and user properties, e.g. the wizard's draft), so a restart loses nothing. Written atomically
// (temp file, then rename) so a crash mid-write leaves the previous save intact.

import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
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
  | { kind: 'missing' }
  | { kind: 'loaded'; saved: SavedPlayground }
  | { kind: 'unreadable'; movedTo: string; reason: string };

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
