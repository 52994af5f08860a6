/**
 * The programs a session's image may have that can carry a byte stream between an exec's stdin/stdout and a TCP port
 * on the container's own loopback, in order of preference. Docker ends an exec's stream only when the process exits,
 * so what matters is that the forwarder exits as soon as the service closes its side (else a closed connection would
 * look open, and a reused one would swallow a request) and that it passes a half-close on (stdin's end becomes a TCP
 * shutdown). nc (BusyBox's, as most images have) and python3 do both exactly; socat waits a second for the other
 * direction after either side's end, so a client that half-closes has a second to read the answer; bash's /dev/tcp
 * cannot half-close at all.
 */
export type Forwarder = 'nc' | 'python3' | 'socat' | 'bash';

export const forwarders: readonly Forwarder[] = ['nc', 'python3', 'socat', 'bash'];

/** socat's `-t`: how long it waits after one side's end for the other's, and so lingers after the service closes. */
const SOCAT_LINGER_SECONDS = 1;

const PYTHON = `
import os, socket, sys, threading
s = socket.create_connection(("127.0.0.1", int(sys.argv[1])))
def up():
    while True:
        data = os.read(0, 65536)
        if not data:
            break
        s.sendall(data)
    s.shutdown(socket.SHUT_WR)
threading.Thread(target=up, daemon=True).start()
out = sys.stdout.buffer
while True:
    data = s.recv(65536)
    if not data:
        break
    out.write(data)
    out.flush()
`;

/** The exec that connects stdin/stdout to 127.0.0.1:port inside the container. */
export function forwarderCommand(forwarder: Forwarder, port: number): string[] {
  switch (forwarder) {
    case 'socat':
      return ['socat', '-t', String(SOCAT_LINGER_SECONDS), '-', `TCP:127.0.0.1:${port}`];
    case 'nc':
      // BusyBox's and OpenBSD's nc both shut the socket's write side down at stdin's end (OpenBSD's with -N).
      return ['sh', '-c', 'if nc -h 2>&1 | grep -q -- " -N"; then exec nc -N 127.0.0.1 "$0"; else exec nc 127.0.0.1 "$0"; fi', String(port)];
    case 'python3':
      return ['python3', '-c', PYTHON, String(port)];
    case 'bash':
      // /dev/tcp cannot half-close: stdin's end stops the writer, the service's end stops both. (A background job's
      // stdin is /dev/null unless redirected, hence `<&0`.)
      return ['bash', '-c', 'exec 3<>"/dev/tcp/127.0.0.1/$0" || exit 1; cat <&0 >&3 & cat <&3; kill $! 2>/dev/null', String(port)];
  }
}

/** Prints the first forwarder the image has (an exec of `sh`; the bash one also needs `cat`). */
export const probeCommand = [
  'sh',
  '-c',
  'for f in nc python3 socat; do command -v "$f" >/dev/null 2>&1 && { echo "$f"; exit 0; }; done; ' +
    'command -v bash >/dev/null 2>&1 && command -v cat >/dev/null 2>&1 && { echo bash; exit 0; }; exit 3',
];

/** What a session's image needs to be opened, for its statusReason and connectSession's error. */
export const noForwarderMessage = (detail: string) =>
  `the session's image has no program to reach its connect port through: Enclave needs one of nc ` +
  `(e.g. BusyBox's), python3, socat, or bash with cat, and /bin/sh to find it (${detail})`;

/** Reads the probe's answer: the forwarder, or why there is none. */
export function parseProbe(result: { exitCode: number | null; stdout: string; stderr: string }): { forwarder: Forwarder } | { forwarder: undefined; message: string } {
  const found = result.stdout.trim() as Forwarder;
  if (result.exitCode === 0 && forwarders.includes(found)) return { forwarder: found };
  if (result.exitCode === 3) return { forwarder: undefined, message: noForwarderMessage('none of them is on its PATH') };
  return { forwarder: undefined, message: noForwarderMessage(result.stderr || `the probe exited with ${result.exitCode}`) };
}

/** Finds the session container's forwarder (one exec; the caller remembers the answer for the session). */
export async function probeForwarder(
  client: { runExec(containerId: string, command: string[]): Promise<{ exitCode: number | null; stdout: string; stderr: string }> },
  containerId: string,
): Promise<{ forwarder: Forwarder } | { forwarder: undefined; message: string }> {
  return parseProbe(await client.runExec(containerId, probeCommand));
}
