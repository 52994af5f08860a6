// Errors shown beside the field they concern: a value the form refuses before sending, or the server's validation
// error, which names its input field in `extensions.field` (and, for a list, the item in its message).
import { ApiError } from '../api.js';

/** A value the form refuses before sending, named like the server's input field. */
export class FieldError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

/** The input field an error concerns, if it names one. */
export const fieldOf = (error: unknown): string | undefined =>
  error instanceof FieldError || error instanceof ApiError ? error.field : undefined;

/** A control and the element beside it that says what is wrong with it (hidden while nothing is). */
export interface FieldSlot {
  control: HTMLElement;
  error: HTMLElement;
}

/** Shows the message beside the control, marks the control invalid and focuses it (its description reads the error). */
export function showFieldError({ control, error }: FieldSlot, message: string): void {
  error.textContent = message;
  error.hidden = false;
  control.setAttribute('aria-invalid', 'true');
  control.focus();
}

export function clearFieldError({ control, error }: FieldSlot): void {
  error.textContent = '';
  error.hidden = true;
  control.removeAttribute('aria-invalid');
}

/** An edit of the control takes its error away: it may no longer be true. */
export function clearedOnInput(slot: FieldSlot): FieldSlot {
  slot.control.addEventListener('input', () => clearFieldError(slot));
  slot.control.addEventListener('change', () => clearFieldError(slot));
  return slot;
}
