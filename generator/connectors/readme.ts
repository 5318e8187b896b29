/**
 * The connector table of the project README: rendered from the model (connector-types.json and
 * the catalog) and written between the `<!-- connector-table:begin ... -->` and
 * `<!-- connector-table:end -->` marker lines, leaving the rest of the file as it is.
 */
import * as fs from 'fs';
import { GeneratorModel } from './model';
import { displayPath, InputError } from './parse';

export const TABLE_BEGIN = '<!-- connector-table:begin';
export const TABLE_END = '<!-- connector-table:end -->';

/** The table rows (header included), one construct per row, sorted by type id. */
export function renderConnectorTable(model: GeneratorModel): string {
  const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\s+/g, ' ');
  const rows = model.connectors.map((c) =>
    `| \`${c.typeId}\` | \`${c.constructName}\` | ${cell(c.displayName)}${c.technicalPreview ? ' (technical preview)' : ''} | ${c.license} | ${c.firstKibanaVersion ?? 'unknown'} |`);
  return ['| type id | construct | Kibana name | license | since |', '|---|---|---|---|---|', ...rows].join('\n');
}

/** Where the table sits in a README text: the lines strictly between the marker lines. */
function tableSpan(text: string, file: string): { start: number; end: number } {
  const lines = text.split('\n');
  const begin = lines.findIndex((l) => l.startsWith(TABLE_BEGIN));
  const end = lines.findIndex((l, i) => i > begin && l === TABLE_END);
  if (begin < 0 || end < 0) {
    throw new InputError(displayPath(file), '', `has no connector table markers (a line starting with "${TABLE_BEGIN}" and, after it, a line "${TABLE_END}")`);
  }
  return { start: begin + 1, end };
}

/** The table currently written in a README. */
export function readConnectorTable(file: string): string {
  const text = fs.readFileSync(file, 'utf8');
  const { start, end } = tableSpan(text, file);
  return text.split('\n').slice(start, end).join('\n');
}

/** Writes the table between the markers; returns whether the file changed. */
export function writeConnectorTable(file: string, table: string): boolean {
  const text = fs.readFileSync(file, 'utf8');
  const { start, end } = tableSpan(text, file);
  const lines = text.split('\n');
  const updated = [...lines.slice(0, start), table, ...lines.slice(end)].join('\n');
  if (updated === text) return false;
  fs.writeFileSync(file, updated);
  return true;
}
