// Baseline for bench/read.ts: a bare Apollo Server hello-world (`type Query { hello: String }`) through
// startStandaloneServer, on 127.0.0.1:$PORT. Started by the benchmark pinned to the servers' core.
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';

const port = Number(process.env['PORT']);
if (!Number.isInteger(port) || port <= 0) {
  console.error('hello: set PORT');
  process.exit(1);
}

const server = new ApolloServer({
  typeDefs: 'type Query { hello: String }',
  resolvers: { Query: { hello: () => 'world' } },
});
const { url } = await startStandaloneServer(server, { listen: { port, host: '127.0.0.1' } });
console.log(`hello: listening at ${url}`);

for (const signal of ['SIGTERM', 'SIGINT'] as const)
  process.once(signal, () => {
    const force = setTimeout(() => process.exit(1), 5_000);
    server.stop().then(
      () => {
        clearTimeout(force);
        process.exit(0);
      },
      () => process.exit(1),
    );
  });
