// A list of labelled checkboxes over names (groups, networks), rebuilt as the names change while what is checked is
// kept in a Set the caller owns: a list refreshed under the person's hands keeps their choices and their focus.
import { el } from '../dom.js';

export interface Checklist {
  /** The names to offer, in order. */
  names: readonly string[];
  /** What is checked; updated as boxes change. */
  chosen: Set<string>;
  /** Makes the boxes' ids, unique on the page. */
  idPrefix: string;
  /** A few words after a name (e.g. "on no agent now"), if any. */
  note?: (name: string) => string | undefined;
  changed?: () => void;
}

export function renderChecklist(container: HTMLElement, { names, chosen, idPrefix, note, changed }: Checklist): void {
  const active = document.activeElement;
  const focused = active instanceof HTMLInputElement && container.contains(active) ? active.value : null;
  container.replaceChildren(
    ...names.map((name, index) => {
      const box = el('input', { type: 'checkbox', id: `${idPrefix}-${index}`, value: name, checked: chosen.has(name) });
      box.addEventListener('change', () => {
        if (box.checked) chosen.add(name);
        else chosen.delete(name);
        changed?.();
      });
      const extra = note?.(name);
      return el(
        'label',
        { className: 'check', htmlFor: box.id },
        box,
        ' ',
        name,
        extra && el('span', { className: 'hint', textContent: ` (${extra})` }),
      );
    }),
  );
  if (focused !== null) container.querySelector<HTMLInputElement>(`input[value="${CSS.escape(focused)}"]`)?.focus();
}
