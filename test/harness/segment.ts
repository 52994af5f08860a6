// One L2 segment on this machine for macvlan/ipvlan tests: a Linux bridge and a veth pair per host interface, whose
// outer ends the test's daemons use as parents (the kernel here has veth and bridge, not dummy). Nothing on it is
// routed: containers on it get addresses, and no test sends them traffic.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';

export interface Segment {
  /** The host interfaces on the segment, one per agent that needs its own (e.g. `enc3f2a0`). */
  parents: string[];
  remove(): void;
}

const ip = (...args: string[]) => execFileSync('ip', args, { stdio: ['ignore', 'ignore', 'pipe'] });

export function makeSegment(count: number): Segment {
  const tag = `enc${randomBytes(2).toString('hex')}`;
  const bridge = `${tag}br`;
  const parents = Array.from({ length: count }, (_, i) => `${tag}p${i}`);
  const remove = () => {
    for (const name of [...parents, bridge])
      try {
        ip('link', 'del', name);
      } catch {
        // already gone (deleting one end of a veth pair deletes both)
      }
  };
  try {
    ip('link', 'add', bridge, 'type', 'bridge');
    ip('link', 'set', bridge, 'up');
    for (const [i, parent] of parents.entries()) {
      ip('link', 'add', parent, 'type', 'veth', 'peer', 'name', `${tag}q${i}`);
      ip('link', 'set', `${tag}q${i}`, 'master', bridge);
      ip('link', 'set', `${tag}q${i}`, 'up');
      ip('link', 'set', parent, 'up');
    }
  } catch (error) {
    remove();
    throw error;
  }
  return { parents, remove };
}
