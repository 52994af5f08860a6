// The zones on the page, one section each, redrawn from every read of the picture; and Repair, whose outcome is said
// in its zone's live region once the table shows it.
import { request, type Credential } from '../api.js';
import { byId, reconcile } from '../dom.js';
import { messageOf, report } from '../launcher/notice.js';
import type { RepairRequest } from './network-cell.js';
import { repairMutation, type Agent, type Picture } from './operations.js';
import { zonesOf } from './picture.js';
import { createZoneSection, type ZoneSection } from './zone-table.js';

export interface Board {
  draw(picture: Picture): void;
  clear(): void;
}

export interface BoardOptions {
  /** The credential of the page, while signed in. */
  token(): Credential | undefined;
  /** Reads the picture again (and draws it). */
  refresh(): Promise<void>;
}

export function createBoard({ token, refresh }: BoardOptions): Board {
  const container = byId('zones');
  const sections = new Map<string | null, ZoneSection>();

  const repair: RepairRequest = (button, name, agent) => void repairOn(button, name, agent);

  async function repairOn(button: HTMLButtonElement, name: string, agent: Agent) {
    const credential = token();
    const region = sections.get(agent.zone)?.region;
    if (credential === undefined || !region) return;
    const cell = button.closest('td')?.id;
    button.disabled = true;
    report(region, `Repairing ${name} on ${agent.name}…`);
    let outcome: { message: string; ok: boolean };
    try {
      const { repairNetwork } = await request(credential, repairMutation, { name, zone: agent.zone });
      const on = repairNetwork.map((n) => n.agent.name).sort();
      outcome = { message: `Repaired ${name}: it is on ${on.join(', ')} now.`, ok: true };
    } catch (error) {
      outcome = { message: `${name} not repaired: ${messageOf(error)}`, ok: false };
    }
    // Said once the table shows it, so that what is heard and what is seen agree.
    await refresh();
    if (button.isConnected) button.disabled = false;
    // The button is gone once the copy is there (and a disabled button loses focus): focus its cell, not the page.
    if (cell && !document.activeElement?.closest('#zones')) focusCell(cell);
    report(region, outcome.message, outcome.ok ? 'info' : 'error');
  }

  function draw(picture: Picture) {
    const focus = focusToKeep();
    const zones = zonesOf(picture);
    const shown = zones.map((zone) => {
      const section = sections.get(zone.zone) ?? createZoneSection(zone.zone, repair);
      sections.set(zone.zone, section);
      section.draw(zone);
      return section.element;
    });
    for (const key of [...sections.keys()]) if (!zones.some((z) => z.zone === key)) sections.delete(key);
    reconcile(container, shown);
    byId('no-agents').hidden = zones.length > 0;
    focus();
  }

  return {
    draw,
    clear() {
      sections.clear();
      container.replaceChildren();
    },
  };
}

/**
 * A redraw replaces the tables: focus goes back to the control that had it, or (a Repair button that is gone because
 * the copy is there now) to its cell.
 */
function focusToKeep(): () => void {
  const active = document.activeElement;
  if (!(active instanceof HTMLElement) || !active.id || !active.closest('#zones')) return () => {};
  const { id } = active;
  const cell = active.closest('td')?.id;
  return () => {
    const again = document.getElementById(id);
    if (again && again !== document.activeElement) again.focus();
    else if (!again && cell) focusCell(cell);
  };
}

/** Focuses a cell (which takes focus from a script only), or the Repair button in it if there is one again. */
function focusCell(id: string) {
  const cell = document.getElementById(id);
  if (!cell) return;
  const button = cell.querySelector('button');
  if (button && !button.disabled) return button.focus();
  cell.tabIndex = -1;
  cell.focus();
}
