// The workspace form's volumes: one row per mount (source, target, read-only, require its agent), added and removed
// by the admin. Errors are shown on the row they concern: the server's name the mount as `volumes[<index>].<part>`.
import { byId, el } from '../dom.js';
import { clearedOnInput, clearFieldError, FieldError, showFieldError, type FieldSlot } from './field-errors.js';
import type { VolumeMountInput, Workspace } from './operations.js';

type Mount = Workspace['volumes'][number];

export interface VolumeEditor {
  /** Shows the workspace's saved mounts (replacing any unsaved rows). */
  show(volumes: readonly Mount[]): void;
  /** The mounts as the admin left them; a FieldError when a row lacks its source or target. */
  read(): VolumeMountInput[];
  /** Shows an error about the volumes beside the row (and part) its message names, else beside the list. */
  showError(message: string): void;
  clearErrors(): void;
}

interface VolumeRow {
  item: HTMLLIElement;
  title: HTMLElement;
  source: HTMLInputElement;
  target: HTMLInputElement;
  readOnly: HTMLInputElement;
  requireAgent: HTMLInputElement;
  remove: HTMLButtonElement;
  error: HTMLElement;
}

interface Editor {
  list: HTMLElement;
  add: HTMLButtonElement;
  rows: VolumeRow[];
  /** Beside the list, for what concerns no row. */
  error: FieldSlot;
}

export function createVolumeEditor(): VolumeEditor {
  const add = byId<HTMLButtonElement>('config-volume-add');
  const editor: Editor = { list: byId('config-volumes'), add, rows: [], error: { control: add, error: byId('config-volumes-error') } };
  add.addEventListener('click', () => addRow(editor, undefined).source.focus());
  return {
    show: (volumes) => {
      editor.rows = [];
      editor.list.replaceChildren();
      for (const mount of volumes) addRow(editor, mount);
      renumber(editor);
    },
    read: () => read(editor),
    showError: (message) => showError(editor, message),
    clearErrors: () => {
      clearFieldError(editor.error);
      for (const row of editor.rows) for (const control of controls(row)) clearFieldError({ control, error: row.error });
    },
  };
}

const controls = (row: VolumeRow) => [row.source, row.target, row.readOnly, row.requireAgent];

/** Row ids stay unique however rows come and go. */
let made = 0;

function addRow(editor: Editor, mount: Mount | undefined): VolumeRow {
  const id = `config-volume-${made++}`;
  const error = el('p', { id: `${id}-error`, className: 'field-error', hidden: true });
  const text = (part: string, value: string, placeholder: string) =>
    el('input', {
      id: `${id}-${part}`,
      type: 'text',
      value,
      placeholder,
      autocomplete: 'off',
      spellcheck: false,
      attrs: { 'aria-describedby': error.id, autocapitalize: 'none' },
    });
  const check = (part: string, checked: boolean) =>
    el('input', { id: `${id}-${part}`, type: 'checkbox', checked, attrs: { 'aria-describedby': error.id } });
  const row: VolumeRow = {
    item: el('li', { className: 'volume', attrs: { role: 'group', 'aria-labelledby': `${id}-title` } }),
    title: el('h4', { id: `${id}-title` }),
    source: text('source', mount?.source ?? '', 'profile-{owner}'),
    target: text('target', mount?.target ?? '', '/home/user'),
    readOnly: check('read-only', mount?.readOnly ?? false),
    requireAgent: check('require-agent', mount?.requireAgent ?? false),
    remove: el('button', { type: 'button', className: 'danger', textContent: 'Remove' }),
    error,
  };
  for (const control of controls(row)) clearedOnInput({ control, error });
  row.remove.addEventListener('click', () => removeRow(editor, row));
  row.item.append(row.title, ...rowFields(row), row.error);
  editor.rows.push(row);
  editor.list.append(row.item);
  renumber(editor);
  return row;
}

function rowFields(row: VolumeRow): HTMLElement[] {
  const field = (label: string, input: HTMLInputElement) =>
    el('div', { className: 'field' }, el('label', { htmlFor: input.id, textContent: label }), input);
  const check = (label: string, input: HTMLInputElement, hint: string) =>
    // The words in one box: on a narrow screen they wrap beside the checkbox, not into columns.
    el(
      'label',
      { className: 'check', htmlFor: input.id },
      input,
      el('span', {}, label, el('span', { className: 'hint', textContent: ` (${hint})` })),
    );
  return [
    el('div', { className: 'fields' }, field('Source: volume name or host path', row.source), field('Target in the container', row.target)),
    el(
      'div',
      { className: 'volume-options' },
      check('Read-only', row.readOnly, 'the session cannot change it'),
      check('Require its agent', row.requireAgent, 'once the named volume exists, sessions go only to its agent'),
      row.remove,
    ),
  ];
}

function removeRow(editor: Editor, row: VolumeRow) {
  const index = editor.rows.indexOf(row);
  editor.rows.splice(index, 1);
  row.item.remove();
  renumber(editor);
  // Focus stays in the list: on the row that took its place, the one before, or Add.
  const next = editor.rows[index] ?? editor.rows[index - 1];
  if (next) next.source.focus();
  else editor.add.focus();
}

/** Titles and names say which mount each row is ("Volume 2", "Remove volume 2"), as rows come and go. */
function renumber({ rows }: Editor) {
  rows.forEach((row, index) => {
    row.title.textContent = `Volume ${index + 1}`;
    row.remove.setAttribute('aria-label', `Remove volume ${index + 1}`);
  });
  byId('config-no-volumes').hidden = rows.length > 0;
}

function read({ rows }: Editor): VolumeMountInput[] {
  return rows.map((row, index) => {
    const source = row.source.value.trim();
    const target = row.target.value.trim();
    if (!source) throw new FieldError('volumes', `volumes[${index}].source is empty: name a volume (e.g. profile-{owner}) or a host path.`);
    if (!target) throw new FieldError('volumes', `volumes[${index}].target is empty: give an absolute path in the container (e.g. /home/user).`);
    return { source, target, readOnly: row.readOnly.checked, requireAgent: row.requireAgent.checked };
  });
}

const parts = ['source', 'target', 'readOnly', 'requireAgent'] as const;

function showError(editor: Editor, message: string) {
  const named = /volumes\[(\d+)\](?:\.(\w+))?/.exec(message);
  const row = named ? editor.rows[Number(named[1])] : undefined;
  if (!named || !row) return showFieldError(editor.error, message);
  const part = parts.find((p) => p === named[2]);
  // Said in the words the admin sees: "Volume 2's source" rather than the API's volumes[1].source.
  const words = `${row.title.textContent ?? ''}${part ? `'s ${part}` : ''}`;
  showFieldError({ control: row[part ?? 'source'], error: row.error }, message.replace(named[0], words));
}

/** Whether two lists of mounts are the same, in order (only a change is sent). */
export const sameVolumes = (a: readonly VolumeMountInput[], b: readonly Mount[]): boolean =>
  a.length === b.length &&
  a.every((m, i) => {
    const o = b[i]!;
    return m.source === o.source && m.target === o.target && !!m.readOnly === o.readOnly && !!m.requireAgent === o.requireAgent;
  });
