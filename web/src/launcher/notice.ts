// The page's notice: a live region, so what it says is read out, and the one place errors without a field of their
// own are shown.
import { byId } from '../dom.js';

export type NoticeKind = 'error' | 'info';

export function say(message: string, kind: NoticeKind = 'info'): void {
  const notice = byId('notice');
  notice.textContent = message;
  notice.className = `notice ${kind}`;
  notice.hidden = !message;
}

export const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** Shows an action's outcome in its own live region, next to the form or row it concerns. */
export function report(region: HTMLElement, message: string, kind: NoticeKind = 'info'): void {
  region.textContent = message;
  region.className = `message ${kind}`;
}
