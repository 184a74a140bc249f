import { Extension, Node, type Editor } from '@tiptap/react';
import {
  addColumnAfter,
  addRowAfter,
  deleteColumn,
  deleteRow,
  deleteTable,
  isInTable,
  tableEditing,
} from '@tiptap/pm/tables';

/**
 * Tables for the concept's texts, on ProseMirror's table model: a table of
 * rows of header and data cells, as the server keeps them (table, tr, th with
 * scope, td). Cells hold paragraphs; the arrow keys move between cells, Tab
 * still leaves the editor (no keyboard trap).
 */
const ROLES: Record<string, string> = {
  table: 'table',
  tableRow: 'row',
  tableCell: 'cell',
  tableHeader: 'header_cell',
};

/** prosemirror-tables finds its nodes by their `tableRole`, a field of the node's schema. */
const TableRoles = Extension.create({
  name: 'tableRoles',
  extendNodeSchema(extension) {
    const role = ROLES[extension.name];
    return role ? { tableRole: role } : {};
  },
});

/** The span attributes prosemirror-tables expects on every cell; not written out (the server keeps no spans). */
const cellAttributes = () => ({
  colspan: { default: 1, rendered: false },
  rowspan: { default: 1, rendered: false },
  colwidth: { default: null, rendered: false },
});

const Table = Node.create({
  name: 'table',
  group: 'block',
  content: 'tableRow+',
  isolating: true,
  parseHTML: () => [{ tag: 'table' }],
  renderHTML: () => ['table', ['tbody', 0]],
  addProseMirrorPlugins: () => [tableEditing()],
});

const TableRow = Node.create({
  name: 'tableRow',
  content: '(tableHeader | tableCell)+',
  parseHTML: () => [{ tag: 'tr' }],
  renderHTML: () => ['tr', 0],
});

const TableHeader = Node.create({
  name: 'tableHeader',
  content: 'paragraph+',
  isolating: true,
  addAttributes: cellAttributes,
  parseHTML: () => [{ tag: 'th' }],
  renderHTML: () => ['th', { scope: 'col' }, 0],
});

const TableCell = Node.create({
  name: 'tableCell',
  content: 'paragraph+',
  isolating: true,
  addAttributes: cellAttributes,
  parseHTML: () => [{ tag: 'td' }],
  renderHTML: () => ['td', 0],
});

export const TABLE_EXTENSIONS = [TableRoles, Table, TableRow, TableHeader, TableCell];

export type TableTool = 'table' | 'addRow' | 'addColumn' | 'deleteRow' | 'deleteColumn' | 'deleteTable';
export const TABLE_TOOLS: readonly TableTool[] = [
  'table',
  'addRow',
  'addColumn',
  'deleteRow',
  'deleteColumn',
  'deleteTable',
];

const cell = (type: 'tableHeader' | 'tableCell') => ({ type, content: [{ type: 'paragraph' }] });

/** Whether a table tool can act where the cursor is: inserting outside a table, changing one inside. */
export function tableToolEnabled(editor: Editor, tool: TableTool): boolean {
  const inside = isInTable(editor.state);
  return tool === 'table' ? !inside : inside;
}

/** Runs a table tool; a 3×3 table has a header row. */
export function applyTableTool(editor: Editor, tool: TableTool): boolean {
  if (!tableToolEnabled(editor, tool)) return false;
  if (tool === 'table') {
    const start = Math.max(0, editor.state.selection.from - 2);
    const inserted = editor
      .chain()
      .focus()
      .insertContent({
        type: 'table',
        content: [
          { type: 'tableRow', content: [cell('tableHeader'), cell('tableHeader'), cell('tableHeader')] },
          { type: 'tableRow', content: [cell('tableCell'), cell('tableCell'), cell('tableCell')] },
          { type: 'tableRow', content: [cell('tableCell'), cell('tableCell'), cell('tableCell')] },
        ],
      })
      .run();
    // The cursor goes into the first header cell, where writing the table starts.
    let first: number | null = null;
    editor.state.doc.nodesBetween(start, editor.state.doc.content.size, (node, pos) => {
      if (first === null && node.type.name === 'tableHeader') first = pos + 2;
      return first === null;
    });
    if (first !== null) editor.commands.setTextSelection(first);
    return inserted;
  }
  const command = {
    addRow: addRowAfter,
    addColumn: addColumnAfter,
    deleteRow,
    deleteColumn,
    deleteTable,
  }[tool];
  const done = command(editor.state, editor.view.dispatch);
  editor.commands.focus();
  return done;
}
