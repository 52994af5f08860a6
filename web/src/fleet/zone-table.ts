// A zone's section: its heading, the live region where repairs report, and its table (agents as columns, network
// names as rows). The section stays while the picture is redrawn, so that what its region says is not lost.
import { el } from '../dom.js';
import { agentHeader } from './agent-column.js';
import { networkCell, type RepairRequest } from './network-cell.js';
import { zoneTitle, type Row, type Zone } from './picture.js';

export interface ZoneSection {
  element: HTMLElement;
  /** Where the outcome of a repair in this zone is said. */
  region: HTMLElement;
  draw(zone: Zone): void;
}

export function createZoneSection(zone: string | null, repair: RepairRequest): ZoneSection {
  const key = zone === null ? 'none' : `z-${zone.replace(/[^\w-]/g, '_')}`;
  const titleId = `${key}-title`;
  const summary = el('p', { className: 'hint' });
  const region = el('p', { className: 'message', attrs: { role: 'status', 'aria-live': 'polite' } });
  const scroller = el('div', {
    className: 'table-scroll',
    // A region that scrolls sideways takes focus, so that the keyboard scrolls it too.
    tabIndex: 0,
    attrs: { role: 'region', 'aria-labelledby': titleId },
  });
  const element = el(
    'section',
    { className: 'panel zone', attrs: { 'aria-labelledby': titleId, 'data-zone': zone ?? '' } },
    el('h2', { id: titleId }, zoneTitle(zone)),
    summary,
    region,
    scroller,
  );
  return {
    element,
    region,
    draw({ agents, rows }) {
      const counted = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;
      const missing = rows.reduce((n, row) => n + row.cells.filter((c) => c.kind !== 'present').length, 0);
      const conflicting = rows.filter((row) => row.conflicts.length > 0).length;
      summary.textContent = [
        counted(agents.length, 'agent'),
        counted(rows.length, 'network'),
        missing > 0 && `${missing} missing`,
        conflicting > 0 && `${counted(conflicting, 'network')} in conflict`,
      ]
        .filter(Boolean)
        .join(' · ');
      scroller.replaceChildren(table(zone, agents, rows, repair));
    },
  };
}

function table(zone: string | null, agents: Zone['agents'], rows: Row[], repair: RepairRequest): HTMLTableElement {
  return el(
    'table',
    { className: 'fleet' },
    el('caption', { className: 'visually-hidden' }, `Networks of ${zoneTitle(zone).toLowerCase()}, by agent`),
    el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Network'), ...agents.map(agentHeader))),
    el(
      'tbody',
      {},
      ...rows.map((row) =>
        el(
          'tr',
          { attrs: { 'data-network': row.name } },
          rowHeader(row),
          ...row.cells.map((cell, i) => networkCell(cell, agents[i]!, row.name, repair)),
        ),
      ),
    ),
    rows.length === 0 &&
      el('tbody', {}, el('tr', {}, el('td', { colSpan: agents.length + 1, className: 'hint' }, 'No networks on these agents yet.'))),
  );
}

function rowHeader({ name, conflicts }: Row): HTMLTableCellElement {
  return el(
    'th',
    { scope: 'row', className: 'network' },
    el('span', { className: 'network-name' }, name),
    conflicts.length > 0 &&
      el('ul', { className: 'conflicts', attrs: { 'aria-label': `Conflicts of ${name}` } }, ...conflicts.map((conflict) => el('li', {}, conflict))),
  );
}
