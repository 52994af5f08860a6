/** One message of the Engine API's GET /events stream (the fields Enclave reads). */
export interface DockerEvent {
  Type: string;
  Action: string;
  Actor: { ID: string; Attributes?: Record<string, string> };
  time?: number;
  timeNano?: number;
}

/**
 * Splits the /events stream into messages. The daemon writes concatenated JSON documents (one per line from
 * json.Encoder, but proxies and older daemons may drop the newlines), and a chunk read from the socket may hold half
 * a document or several, so this scans for the end of each top-level object, minding strings and escapes.
 * Returns a push function that yields the complete events found so far.
 */
export function createEventParser(onError: (text: string, error: unknown) => void = () => {}) {
  const decoder = new TextDecoder();
  let pending = '';
  let depth = 0;
  let inString = false;
  let escaped = false;
  let scanned = 0; // how much of `pending` the state above describes
  return (chunk: Uint8Array | string): DockerEvent[] => {
    pending += typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
    const events: DockerEvent[] = [];
    let start = 0;
    for (let i = scanned; i < pending.length; i++) {
      const c = pending[i];
      if (inString) {
        if (escaped) escaped = false;
        else if (c === '\\') escaped = true;
        else if (c === '"') inString = false;
      } else if (c === '"') inString = true;
      else if (c === '{') {
        if (depth === 0) start = i;
        depth++;
      } else if (c === '}' && depth > 0 && --depth === 0) {
        const text = pending.slice(start, i + 1);
        try {
          events.push(JSON.parse(text) as DockerEvent);
        } catch (error) {
          onError(text, error);
        }
        start = i + 1;
      } else if (depth === 0) start = i + 1; // whitespace between documents
    }
    pending = pending.slice(start);
    scanned = pending.length;
    return events;
  };
}
