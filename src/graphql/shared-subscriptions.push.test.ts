// A subscriber of a shared execution that is pushed to (follow's pushTo, which src/http/websocket.ts uses to write
// `next` messages without a next() per result): order, the end, return(), and one result object for every subscriber.
import { EventEmitter, on } from 'node:events';
import { GraphQLInt, GraphQLObjectType, GraphQLSchema, parse, type ExecutionArgs, type ExecutionResult } from 'graphql';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { unrestricted } from '../entitlements.js';
import { createSharedSubscribe, follow, type Broadcast, type Follower } from './shared-subscriptions.js';

type Listener = Broadcast['listeners'] extends Set<infer L> ? L : never;

const result = (n: number): ExecutionResult => ({ data: { n } });
/** A broadcast whose listeners the test calls itself; its source is never read. */
const broadcast = (): Broadcast => ({ listeners: new Set(), source: on(new EventEmitter(), 'never') as Broadcast['source'] });
const only = (b: Broadcast): Listener => [...b.listeners][0]!;

function pushed(b: Broadcast) {
  const follower = follow(b, () => {});
  const delivered: ExecutionResult[] = [];
  return { follower, delivered, push: () => follower.pushTo((r) => delivered.push(r)) };
}

describe('follow: pushTo', () => {
  it('hands over what was queued first, then each result as the broadcast hands it on, synchronously and in order', () => {
    const b = broadcast();
    const { delivered, push } = pushed(b);
    only(b).next(result(1));
    only(b).next(result(2));
    push();
    expect(delivered).toEqual([result(1), result(2)]);
    only(b).next(result(3));
    expect(delivered).toEqual([result(1), result(2), result(3)]);
  });

  it.for([
    { end: 'ends', failure: undefined },
    { end: 'fails', failure: new Error('source failed') },
  ])('leaves next() waiting for the end only: settled when the broadcast $end', async ({ failure }) => {
    const b = broadcast();
    const { follower, delivered, push } = pushed(b);
    push();
    const waiting = follower.next();
    only(b).next(result(1));
    only(b).end(failure);
    expect(delivered).toEqual([result(1)]);
    if (failure) await expect(waiting).rejects.toBe(failure);
    else expect(await waiting).toEqual({ done: true, value: undefined });
  });

  it('pushes nothing after return(), nor to a pushTo that comes after it', async () => {
    const b = broadcast();
    const { follower, delivered, push } = pushed(b);
    push();
    await follower.return!();
    expect(b.listeners.size).toBe(0);
    follower.pushTo((r) => delivered.push(r));
    expect(delivered).toEqual([]);
  });
});

describe('createSharedSubscribe: pushed subscribers', () => {
  it('pushes one result object to every subscriber of an execution, so that it can be serialised once', async () => {
    const feed = new EventEmitter();
    const schema = new GraphQLSchema({
      query: new GraphQLObjectType({ name: 'Query', fields: { ok: { type: GraphQLInt } } }),
      subscription: new GraphQLObjectType({
        name: 'Subscription',
        fields: { n: { type: GraphQLInt, subscribe: () => on(feed, 'n'), resolve: ([value]: [number]) => value } },
      }),
    });
    const shared = createSharedSubscribe({ log: pino({ level: 'silent' }) });
    const viewer = { role: 'ADMIN', owner: 'root', entitlement: unrestricted };
    const args = { schema, document: parse('subscription { n }'), contextValue: { viewer } } as unknown as ExecutionArgs;
    const followers = [(await shared(args)) as Follower, (await shared(args)) as Follower];
    const delivered: ExecutionResult[][] = [[], []];
    for (const [i, follower] of followers.entries()) follower.pushTo((r) => delivered[i]!.push(r));
    feed.emit('n', 7);
    await expect.poll(() => delivered[1]!.length).toBe(1);
    expect(delivered[0]).toEqual([{ data: { n: 7 } }]);
    expect(delivered[0]![0]).toBe(delivered[1]![0]);
    for (const follower of followers) await follower.return!();
  });
});
