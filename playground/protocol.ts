// What the playground's server and its browser front end say to each other over HTTP. Plain types
// only: the browser bundle imports this file too.

/** Where the person is in this browser tab: sent with every execution, as Sheets knows it. */
export interface TabContext {
  sheet: string;
  /** Selected cell, e.g. "B3". */
  cell: string;
  /** The collaborator this tab acts as (one of PLAYGROUND_USERS); the first when absent. */
  user?: string;
}

/**
 * The collaborators a tab can act as ("User" in the top bar). Each has its own temporary user
 * key and user properties in the emulator, so one person can play several interviewers.
 */
export const PLAYGROUND_USERS = [
  { email: 'user@example.com', label: 'You (user@example.com)' },
  { email: 'colleague1@example.com', label: 'Colleague 1 (colleague1@example.com)' },
  { email: 'colleague2@example.com', label: 'Colleague 2 (colleague2@example.com)' },
  { email: 'colleague3@example.com', label: 'Colleague 3 (colleague3@example.com)' },
] as const;

/** Which sheet a tab shows, and how many rows it wants at least (it grows with "More rows"). */
export interface ViewRequest {
  sheet?: string;
  minRows?: number;
}

export interface SheetTab {
  name: string;
  hidden: boolean;
  tabColor: string | null;
}

export interface CellLook {
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  strikethrough?: boolean;
  color?: string;
  background?: string;
  align?: 'left' | 'center' | 'right';
  wrap?: boolean;
  fontSize?: number;
}

export type CellControl =
  | { kind: 'dropdown'; options: string[]; selected: string }
  | { kind: 'checkbox'; checked: boolean; checkedValue: string | boolean; uncheckedValue: string | boolean };

/** One cell that has something to show: a value, a format, a note or a control. */
export interface CellData {
  a1: string;
  row: number;
  col: number;
  /** The text Sheets would show in the cell (number formats applied; "#ERROR!" for errors). */
  display: string;
  /** What the formula bar shows: the formula, or the value as one would type it. */
  input: string;
  /** A cell filled by another cell's array result: that cell's formula (Sheets shows it greyed). */
  arrayFormula?: string;
  /** The error's message when the cell shows an error code. */
  error?: string;
  note?: string;
  look: CellLook;
  control?: CellControl;
  /** A value whose rule rejects it (Sheets marks these with a red corner). */
  invalid?: boolean;
}

/** Rows and columns, 1-based, as the grid counts them. */
export interface GridArea {
  row: number;
  col: number;
  numRows: number;
  numCols: number;
}

/** A warning-only protection: editing inside `area` (outside `except`) asks first, as Sheets does. */
export interface WarningArea {
  area: GridArea;
  except: GridArea[];
  description: string;
}

/** An embedded chart as the add-on recorded it, with the data of its ranges read for drawing. */
export interface ChartView {
  id: number;
  /** Sheets' chart type, e.g. "COLUMN", "BAR", "LINE", "PIE". */
  chartType: string;
  /** Anchor cell (1-based) and pixel offsets from its top-left corner. */
  anchor: { row: number; col: number; offsetX: number; offsetY: number };
  title: string;
  width: number;
  height: number;
  /** Values of the chart's ranges side by side, as Sheets reads them (first column: labels). */
  table: Array<Array<string | number | boolean>>;
  /** Rows at the top of `table` that are headers (series names). */
  numHeaders: number;
  transpose: boolean;
  /** The options the add-on set (colors, legend.position, isStacked, …). */
  options: Record<string, unknown>;
}

export interface SheetView {
  name: string;
  rows: number;
  cols: number;
  /** Rows and columns the sheet really has (the view may show fewer rows). */
  maxRows: number;
  frozenRows: number;
  frozenColumns: number;
  /** Pixel widths of columns that are not the default 100. */
  columnWidths: Record<number, number>;
  hiddenColumns: number[];
  /** Rows the sheet's basic filter hides (Sheet.isRowHiddenByFilter): not drawn, as in Sheets. */
  filteredRows: number[];
  /** The sheet's basic filter's range, if it has one. */
  filter: GridArea | null;
  cells: CellData[];
  warningAreas: WarningArea[];
  charts: ChartView[];
}

/** An edit a person makes from a row, column or sheet-tab context menu (numbers 1-based). */
export type StructureEdit =
  | { kind: 'insertColumn'; column: number; side: 'left' | 'right' }
  | { kind: 'deleteColumn'; column: number }
  | { kind: 'sortSheet'; column: number; ascending: boolean }
  | { kind: 'insertRow'; row: number; side: 'above' | 'below' }
  | { kind: 'deleteRow'; row: number }
  | { kind: 'renameSheet'; sheet: string; name: string }
  | { kind: 'duplicateSheet'; sheet: string }
  | { kind: 'deleteSheet'; sheet: string }
  /** Format › Merge cells › Merge all / Unmerge on the selected block. */
  | { kind: 'mergeCells'; area: GridArea }
  | { kind: 'unmergeCells'; area: GridArea }
  /** Data › Create a filter on the selected block (its first row the header), Remove filter. */
  | { kind: 'createFilter'; area: GridArea }
  | { kind: 'removeFilter' }
  /** Right-click › Filter by cell value: only rows showing this cell's value in its column stay. */
  | { kind: 'filterByCellValue'; row: number; col: number };

/** A person's paste: the copied block and the top-left cell it goes to (the emulator's userPaste). */
export interface PasteEdit {
  from: { sheet: string; area: GridArea };
  to: { sheet: string; row: number; col: number };
  /** "Paste values only" (Ctrl+Shift+V). */
  valuesOnly?: boolean;
  /** The block was cut: it moves. */
  cut?: boolean;
}

export type MenuItemView =
  { kind: 'item'; caption: string } | { kind: 'separator' } | { kind: 'submenu'; caption: string; items: MenuItemView[] };

export interface MenuView {
  caption: string;
  /** The add-on's own menu sits under Extensions. */
  addon: boolean;
  items: MenuItemView[];
}

export interface PlaygroundState {
  /** Grows whenever the workbook changes (any tab); tabs refetch when it moves. */
  revision: number;
  addonName: string;
  sheets: SheetTab[];
  sheet: SheetView;
  menus: MenuView[];
  /** Something went wrong when the playground opened the workbook (shown as a banner). */
  problems: string[];
  /** The add-on's custom functions as Sheets' formula helper shows them (from their JSDoc). */
  functions: FunctionHelp[];
}

/** A custom function's JSDoc, as the formula helper and autocomplete show it. */
export interface FunctionHelp {
  name: string;
  description: string;
  params: Array<{ name: string; description: string; optional: boolean }>;
}

/** HTML the add-on showed (sidebar or dialog), with the google.script shim already inside. */
export interface PanelView {
  kind: 'sidebar' | 'modal' | 'modeless';
  title: string;
  html: string;
  /** Where the playground serves this HTML: a path on its panel port, another origin than the page's. */
  path?: string;
  /** The panel port: it serves panels and nothing else, so a panel cannot reach the API. */
  port?: number;
  width?: number;
  height?: number;
}

export interface NoticeView {
  kind: 'toast' | 'alert';
  title: string;
  message: string;
  /** null: stays until closed. */
  timeoutSeconds: number | null;
}

/** What an execution did to this tab's window: where it left the user, what it showed. */
export interface Effects {
  activeSheet: string;
  activeCell?: string;
  sidebar?: PanelView;
  dialog?: PanelView;
  notices: NoticeView[];
}

export type ActionResponse =
  | { ok: true; state: PlaygroundState; effects?: Effects }
  | { ok: false; message: string; state: PlaygroundState; effects?: Effects; invalidInput?: boolean };

export type ScriptRunResponse =
  | { ok: true; value: unknown; state: PlaygroundState; effects: Effects }
  | { ok: false; message: string; state: PlaygroundState; effects: Effects };

/** What the google.script shim in a sidebar/dialog reads from its <script data-config>. */
export interface ShimConfig {
  /** google.script.run's methods: the endpoints the page may call. */
  endpoints: readonly string[];
}

/**
 * The tab's key (see playground/web/tab-keys.ts): the page's HTML carries it in a meta tag of this
 * name, and the page sends it with every API call in the header, or, for the event stream, in the
 * query parameter.
 */
export const TAB_KEY_META = 'devrate-playground-tab';
export const TAB_KEY_HEADER = 'x-devrate-tab';
export const TAB_KEY_QUERY = 'tab';

/** Messages between a sidebar/dialog iframe and the playground page (window.postMessage). */
export const PANEL_CHANNEL = 'devrate-playground';

export type PanelMessage =
  | { channel: typeof PANEL_CHANNEL; type: 'run'; id: number; endpoint: string; argsJson: string }
  | { channel: typeof PANEL_CHANNEL; type: 'result'; id: number; ok: true; value: unknown }
  | { channel: typeof PANEL_CHANNEL; type: 'result'; id: number; ok: false; message: string }
  | { channel: typeof PANEL_CHANNEL; type: 'close' }
  | { channel: typeof PANEL_CHANNEL; type: 'resize'; width?: number; height?: number };
