// Request bodies the playground's API accepts, parsed with zod before use.

import { z } from 'zod';
import { PLAYGROUND_USERS } from '../protocol';

const users = PLAYGROUND_USERS.map((u) => u.email) as [string, ...string[]];
const context = z.object({
  sheet: z.string(),
  cell: z.string().regex(/^[A-Za-z]{1,3}[1-9]\d*$/, 'a cell such as B3'),
  user: z.enum(users).optional(),
});
const view = z.object({ sheet: z.string().optional(), minRows: z.number().int().min(0).max(100_000).optional() }).default({});

export const editRequest = z.object({ context, input: z.union([z.string(), z.number(), z.boolean()]), view });
export const menuRequest = z.object({ context, path: z.array(z.string()).min(1), view });
export const scriptRunRequest = z.object({ context, endpoint: z.string().min(1), args: z.array(z.unknown()), view });
export const addSheetRequest = z.object({ context, view });
export const resetRequest = z.object({ view });
const index = z.number().int().min(1).max(1_000_000);
const area = z.object({ row: index, col: index, numRows: index, numCols: index });
export const structureRequest = z.object({
  context,
  edit: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('insertColumn'), column: index, side: z.enum(['left', 'right']) }),
    z.object({ kind: z.literal('deleteColumn'), column: index }),
    z.object({ kind: z.literal('sortSheet'), column: index, ascending: z.boolean() }),
    z.object({ kind: z.literal('insertRow'), row: index, side: z.enum(['above', 'below']) }),
    z.object({ kind: z.literal('deleteRow'), row: index }),
    z.object({ kind: z.literal('renameSheet'), sheet: z.string(), name: z.string().min(1).max(100) }),
    z.object({ kind: z.literal('duplicateSheet'), sheet: z.string() }),
    z.object({ kind: z.literal('deleteSheet'), sheet: z.string() }),
    z.object({ kind: z.literal('mergeCells'), area }),
    z.object({ kind: z.literal('unmergeCells'), area }),
    z.object({ kind: z.literal('createFilter'), area }),
    z.object({ kind: z.literal('removeFilter') }),
    z.object({ kind: z.literal('filterByCellValue'), row: index, col: index }),
  ]),
  view,
});

export const viewQuery = (params: URLSearchParams) => ({
  sheet: params.get('sheet') ?? undefined,
  minRows: params.has('minRows') ? Math.max(0, Math.min(100_000, Number(params.get('minRows')) || 0)) : undefined,
});

/** A person's paste: the copied block (a sheet and a rectangle) and the top-left cell it goes to. */
export const pasteRequest = z.object({
  context,
  paste: z.object({
    from: z.object({ sheet: z.string(), area }),
    to: z.object({ sheet: z.string(), row: index, col: index }),
    valuesOnly: z.boolean().optional(),
    cut: z.boolean().optional(),
  }),
  view,
});
/** Edit › Undo or Redo. */
export const historyRequest = z.object({ context, view });
/** Delete on a selected range. */
export const clearRequest = z.object({ context, area, view });
