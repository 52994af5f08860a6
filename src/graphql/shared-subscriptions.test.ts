// One subscriber's queue (follow) on its own, then the sharing of executions over a real graphql schema whose
// subscription field is fed by sources the test pushes to, holds and fails.
import { GraphQLError, GraphQLInt, GraphQLObjectType, GraphQLSchema, GraphQLString, parse, type ExecutionArgs, type ExecutionResult } from 'graphql';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import type { Viewer } from '../auth/auth.service.js';
import { entitlementOf, unrestricted } from '../entitlements.js';
import { createSharedSubscribe, follow, type Broadcast } from './shared-subscriptions.js';

type Listener = Broadcast['listeners'] extends Set<infer L> ? L : never;

/** An async iterator that yields what the test pushes, ends or fails when told, and records its return(). */
function channel<T>() {
  const queue: T[] = [];
  let waiting: { resolve(r: IteratorResult<T>): void; reject(e: unknown): void } | undefined;
  let ended: { error?: unknown } | undefined;
  const state = { returned: false };
  const settle = () => {
    const w = waiting;
    if (!w) return;
    if (queue.length > 0) return (waiting = undefined), w.resolve({ done: false, value: queue.shift()! });
    if (!ended) return;
    waiting = undefined;
    if ('error' in ended) w.reject(ended.error);
    else w.resolve({ done: true, value: undefined });
  };
  const iterator: AsyncIterableIterator<T> = {
    next: () => new Promise((resolve, reject) => ((waiting = { resolve, reject }), settle())),
    async return() {
      state.returned = true;
      ended ??= {};
      settle();
      return { done: true, value: undefined };
    },
    [Symbol.asyncIterator]: () => iterator,
  };
  return {
    iterator,
    state,
    push: (value: T) => (queue.push(value), settle()),
    end: () => ((ended = {}), settle()),
    fail: (error: unknown) => ((ended = { error }), settle()),
  };
}

const result = (n: number): ExecutionResult => ({ data: { n } });

const broadcast = (): Broadcast => ({ listeners: new Set(), source: channel<ExecutionResult>().iterator });
const only = (b: Broadcast): Listener => [...b.listeners][0]!;

describe('follow: delivery', () => {
  it('delivers results queued while nobody waits, in order', async () => {
    const b = broadcast();
    const follower = follow(b, () => {});
    for (const n of [1, 2, 3]) only(b).next(result(n));
    expect(await follower.next()).toEqual({ done: false, value: result(1) });
    expect(await follower.next()).toEqual({ done: false, value: result(2) });
    expect(await follower.next()).toEqual({ done: false, value: result(3) });
  });

  it('resolves a waiting next() with the next result', async () => {
    const b = broadcast();
    const follower = follow(b, () => {});
    const waiting = follower.next();
    only(b).next(result(1));
    only(b).next(result(2));
    expect(await waiting).toEqual({ done: false, value: result(1) });
    expect(await follower.next()).toEqual({ done: false, value: result(2) });
  });

  it('at the end of the broadcast, delivers what was queued and then is done', async () => {
    const b = broadcast();
    let left = 0;
    const follower = follow(b, () => left++);
    only(b).next(result(1));
    only(b).next(result(2));
    only(b).end();
    expect(await follower.next()).toEqual({ done: false, value: result(1) });
    expect(await follower.next()).toEqual({ done: false, value: result(2) });
    expect(await follower.next()).toEqual({ done: true, value: undefined });
    expect(await follower.next()).toEqual({ done: true, value: undefined });
    expect(left).toBe(0); // onLeave is for a subscriber that leaves, not for the end of the execution
  });

  it('resolves a waiting next() as done when the broadcast ends', async () => {
    const b = broadcast();
    const follower = follow(b, () => {});
    const waiting = follower.next();
    only(b).end();
    expect(await waiting).toEqual({ done: true, value: undefined });
  });
});

describe('follow: return and failure', () => {
  it('ends at return(), even while waiting: the listener is removed and onLeave runs once', async () => {
    const b = broadcast();
    let left = 0;
    const follower = follow(b, () => left++);
    const waiting = follower.next();
    expect(await follower.return!()).toEqual({ done: true, value: undefined });
    expect(await waiting).toEqual({ done: true, value: undefined });
    expect(b.listeners.size).toBe(0);
    expect(left).toBe(1);
    expect(await follower.next()).toEqual({ done: true, value: undefined });
  });

  // Results queued before return() do not come out after it: the iterator is ended at once, as documented.
  it('is done at return() even with results still queued', async () => {
    const b = broadcast();
    const follower = follow(b, () => {});
    only(b).next(result(1));
    await follower.return!();
    expect(await follower.next()).toEqual({ done: true, value: undefined });
  });

  const failed = new Error('source failed');
  it.for([
    { when: 'nothing is queued', queued: 0 },
    { when: 'results are queued (they come first)', queued: 2 },
  ])('rejects next() once with the error of a failed execution, then is done: $when', async ({ queued }) => {
    const b = broadcast();
    const follower = follow(b, () => {});
    for (let n = 1; n <= queued; n++) only(b).next(result(n));
    only(b).end(failed);
    for (let n = 1; n <= queued; n++) expect(await follower.next()).toEqual({ done: false, value: result(n) });
    await expect(follower.next()).rejects.toBe(failed);
    expect(await follower.next()).toEqual({ done: true, value: undefined });
  });

  // The failure goes to the next() that was waiting; the call after it is simply done.
  it('rejects next() once with the error of a failed execution, then is done: while a next() waits', async () => {
    const b = broadcast();
    const follower = follow(b, () => {});
    const pending = follower.next();
    only(b).end(failed);
    await expect(pending).rejects.toBe(failed);
    expect(await follower.next()).toEqual({ done: true, value: undefined });
  });
});

/** A schema with `subscription { n(room) }`: each set-up makes a new source the test drives; resolver calls are counted. */
function fixture({ refuse = false, holdSetUp = false } = {}) {
  const sources: ReturnType<typeof channel<number>>[] = [];
  const setUps: (() => void)[] = [];
  let resolved = 0;
  const schema = new GraphQLSchema({
    query: new GraphQLObjectType({ name: 'Query', fields: { ok: { type: GraphQLInt } } }),
    subscription: new GraphQLObjectType({
      name: 'Subscription',
      fields: {
        n: {
          type: GraphQLInt,
          args: { room: { type: GraphQLString } },
          subscribe: async () => {
            if (refuse) throw new GraphQLError('not allowed', { extensions: { code: 'FORBIDDEN' } });
            const source = channel<number>();
            sources.push(source);
            if (holdSetUp) await new Promise<void>((resolve) => setUps.push(resolve));
            return source.iterator;
          },
          resolve: (value: number) => (resolved++, value),
        },
      },
    }),
  });
  const lines: { msg: string; subscribers?: number; err?: { message: string } }[] = [];
  const log = pino({ level: 'info' }, { write: (line: string) => void lines.push(JSON.parse(line)) });
  const shared = createSharedSubscribe({ log });
  const document = parse('subscription N($room: String) { n(room: $room) }');
  const subscribe = async ({ room = 'a', as = viewer('USER', 'alice') }: { room?: string; as?: Viewer } = {}) =>
    shared({ schema, document, variableValues: { room }, contextValue: { viewer: as } } as ExecutionArgs);
  const iterate = async (args?: Parameters<typeof subscribe>[0]) => {
    const subscribed = await subscribe(args);
    if (!(Symbol.asyncIterator in subscribed)) throw new Error(`refused: ${JSON.stringify(subscribed)}`);
    return subscribed;
  };
  return { sources, setUps, lines, subscribe, iterate, resolved: () => resolved };
}
const viewer = (role: Viewer['role'], owner: string, groups: string[] = []): Viewer => ({
  role,
  owner,
  keyId: null,
  signInId: null,
  userId: null,
  groupIds: [],
  entitlement: role === 'ADMIN' ? unrestricted : entitlementOf(groups.map((name) => ({ name, networks: [name] }))),
});
const n = (value: number) => ({ done: false, value: { data: { n: value } } });

describe('createSharedSubscribe: who shares an execution', () => {
  it('shares one execution between two subscribers of the same operation: each event is resolved once', async () => {
    const f = fixture();
    const [a, b] = [await f.iterate(), await f.iterate()];
    expect(f.sources).toHaveLength(1);
    f.sources[0]!.push(7);
    expect(await a.next()).toEqual(n(7));
    expect(await b.next()).toEqual(n(7));
    expect(f.resolved()).toBe(1);
  });

  it.for([
    { pair: 'the same USER and variables', first: {}, second: {}, executions: 1 },
    { pair: 'different variables', first: { room: 'a' }, second: { room: 'b' }, executions: 2 },
    { pair: 'two USERs', first: {}, second: { as: viewer('USER', 'bob') }, executions: 2 },
    { pair: 'one USER through credentials of different groups (a change under way)', first: {}, second: { as: viewer('USER', 'alice', ['g']) }, executions: 2 },
    { pair: 'a USER and an ADMIN of the same name', first: {}, second: { as: viewer('ADMIN', 'alice') }, executions: 2 },
    {
      pair: 'two ADMINs (they see the same)',
      first: { as: viewer('ADMIN', 'root') },
      second: { as: viewer('ADMIN', 'ops') },
      executions: 1,
    },
  ] as const)('executions for $pair: $executions', async ({ first, second, executions }) => {
    const f = fixture();
    await f.iterate(first);
    await f.iterate(second);
    expect(f.sources).toHaveLength(executions);
  });

  it('shares the execution with a subscriber that joined while it was being set up, and returns the one it made', async () => {
    const f = fixture({ holdSetUp: true });
    const first = f.iterate();
    const second = f.iterate();
    await expect.poll(() => f.setUps.length).toBe(2); // both are being set up
    f.setUps[0]!();
    const a = await first;
    f.setUps[1]!();
    const b = await second;
    await expect.poll(() => f.sources[1]!.state.returned).toBe(true);
    f.sources[0]!.push(1);
    expect(await a.next()).toEqual(n(1));
    expect(await b.next()).toEqual(n(1));
    expect(f.resolved()).toBe(1);
    await a.return!();
    await b.return!();
    expect(f.sources[0]!.state.returned).toBe(true);
  });
});

describe('createSharedSubscribe: how it ends', () => {
  it('returns the source when the last subscriber leaves, not before; the next subscriber starts anew', async () => {
    const f = fixture();
    const [a, b] = [await f.iterate(), await f.iterate()];
    await a.return!();
    expect(f.sources[0]!.state.returned).toBe(false);
    await b.return!();
    expect(f.sources[0]!.state.returned).toBe(true);
    await f.iterate();
    expect(f.sources).toHaveLength(2);
  });

  it('returns a refused subscription as it is, and shares nothing', async () => {
    const f = fixture({ refuse: true });
    const refused = await f.subscribe();
    expect(Symbol.asyncIterator in refused).toBe(false);
    expect(refused).toMatchObject({ errors: [{ message: 'not allowed', extensions: { code: 'FORBIDDEN' } }] });
    expect(await f.subscribe()).toMatchObject({ errors: [{ message: 'not allowed' }] });
  });

  it('ends every subscriber when the source ends; a new subscriber then starts a new execution', async () => {
    const f = fixture();
    const [a, b] = [await f.iterate(), await f.iterate()];
    f.sources[0]!.push(1);
    f.sources[0]!.end();
    for (const follower of [a, b]) {
      expect(await follower.next()).toEqual(n(1));
      expect(await follower.next()).toEqual({ done: true, value: undefined });
    }
    await f.iterate();
    expect(f.sources).toHaveLength(2);
  });

  it('logs a source that fails, and makes every subscriber’s next() reject with its error', async () => {
    const f = fixture();
    const [a, b] = [await f.iterate(), await f.iterate()];
    const failure = new Error('the bus went away');
    const nexts = [a.next(), b.next()];
    f.sources[0]!.fail(failure);
    for (const next of nexts) await expect(next).rejects.toBe(failure);
    expect(f.lines).toMatchObject([{ msg: 'a shared subscription failed', subscribers: 2, err: { message: 'the bus went away' } }]);
    await f.iterate();
    expect(f.sources).toHaveLength(2);
  });
});
