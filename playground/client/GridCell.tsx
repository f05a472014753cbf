// One cell: its display text, or the dropdown/checkbox of its data validation. Hooks for tests
// and people: data-cell="B3" on every cell, data-value with the text Sheets would show.

import type { CSSProperties } from 'preact';
import { memo } from 'preact/compat';
import type { CellData, CellLook } from '../protocol';

export interface GridCellProps {
  a1: string;
  data: CellData | undefined;
  selected: boolean;
  /** Inside the selected range (more than one cell selected). */
  inRange: boolean;
  /** Sides of the copied block this cell is on, e.g. "top left" (a dashed border there). */
  copiedEdges?: string;
  /** Width the text may use when it runs on over empty cells to its right. */
  spillWidth?: number;
  /** Sticky left offset when the column is frozen. */
  frozenLeft?: number;
  lastFrozenColumn?: boolean;
  /** extend: Shift+click or a drag selects the range up to this cell. */
  onSelect: (a1: string, extend: boolean) => void;
  onCellMenu: (a1: string, event: MouseEvent) => void;
  onEdit: (a1: string, input: string | boolean) => void;
  onOpenEditor: (a1: string) => void;
}

export const GridCell = memo(function GridCell({
  a1,
  data,
  selected,
  inRange,
  copiedEdges,
  spillWidth,
  frozenLeft,
  lastFrozenColumn,
  onSelect,
  onCellMenu,
  onEdit,
  onOpenEditor,
}: GridCellProps) {
  const classes = ['cell'];
  if (selected) classes.push('selected');
  if (inRange) classes.push('in-range');
  if (copiedEdges) classes.push(...copiedEdges.split(' ').map((side) => `copied-${side}`));
  if (data?.error) classes.push('has-error');
  if (data?.invalid) classes.push('invalid');
  if (data?.note) classes.push('has-note');
  if (data?.look.wrap) classes.push('wrap');
  if (frozenLeft !== undefined) classes.push('frozen-col');
  if (lastFrozenColumn) classes.push('last-frozen-col');
  if (spillWidth !== undefined) classes.push('spill');
  const style = styleOf(data?.look); // a new object each call: ours to add to
  if (frozenLeft !== undefined) style.left = `${frozenLeft}px`;
  const control = data?.control;
  const value = control?.kind === 'checkbox' ? (control.checked ? 'TRUE' : 'FALSE') : (data?.display ?? '');
  return (
    <td
      data-cell={a1}
      data-value={value}
      class={classes.join(' ')}
      style={style}
      title={data?.error ? `${data.display}: ${data.error}` : data?.note}
      onMouseDown={(e) => e.button === 0 && onSelect(a1, e.shiftKey)}
      onMouseEnter={(e) => e.buttons === 1 && !(e.target as HTMLElement).closest('select, input') && onSelect(a1, true)}
      onContextMenu={(e) => onCellMenu(a1, e)}
      onDblClick={() => onOpenEditor(a1)}
    >
      {control?.kind === 'dropdown' ? (
        <select aria-label={`Cell ${a1}`} value={control.selected} onChange={(e) => onEdit(a1, e.currentTarget.value)}>
          <option value="" />
          {[
            ...new Set([
              ...(control.selected && !control.options.includes(control.selected) ? [control.selected] : []),
              ...control.options,
            ]),
          ].map((option) => (
            <option key={option} value={option}>
              {option}
            </option>
          ))}
        </select>
      ) : control?.kind === 'checkbox' ? (
        <input
          type="checkbox"
          aria-label={`Cell ${a1}`}
          checked={control.checked}
          onChange={(e) => onEdit(a1, e.currentTarget.checked ? control.checkedValue : control.uncheckedValue)}
        />
      ) : spillWidth !== undefined ? (
        <span class="spill-text" style={{ width: `${spillWidth - 7}px` }}>
          {value}
        </span>
      ) : (
        value
      )}
    </td>
  );
});

function styleOf(look: CellLook | undefined): CSSProperties {
  if (!look) return {};
  const style: CSSProperties = {};
  if (look.bold) style.fontWeight = 'bold';
  if (look.italic) style.fontStyle = 'italic';
  const lines = [look.underline && 'underline', look.strikethrough && 'line-through'].filter(Boolean);
  if (lines.length) style.textDecoration = lines.join(' ');
  if (look.color) style.color = look.color;
  if (look.background) style.background = look.background;
  if (look.align) style.textAlign = look.align;
  if (look.fontSize) style.fontSize = `${look.fontSize}pt`;
  return style;
}
