import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed operations for the clients of the API (the pages, the tests, the benchmarks): `graphql(`query …`)` returns
 * the operation as a string typed with its result and variables, so that nothing hand-copies the API's types.
 * Strings, not document objects: the pages send them with fetch and graphql-ws and need no GraphQL parser.
 */
const clientOperations = (documents: string[]) =>
  ({
    preset: 'client',
    documents,
    presetConfig: { fragmentMasking: false },
    config: {
      // Imports end in .js, as Node's ESM resolution (test/, bench/) needs.
      importExtension: '.js',
      documentMode: 'string',
      useTypeImports: true,
      enumsAsTypes: true,
      avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
      scalars: { DateTime: 'string' },
    },
  }) as const;

const config: CodegenConfig = {
  schema: 'schema.graphql',
  // Operations are checked against the schema as they are generated: an operation the API would refuse fails here.
  ignoreNoDocuments: true,
  generates: {
    'src/__generated__/resolvers-types.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        contextType: '../graphql/context.js#Context',
        useTypeImports: true,
        enumsAsTypes: true,
        useIndexSignature: true,
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
        scalars: { DateTime: { input: 'Date', output: 'Date | string' } },
        // GraphQL types backed by database rows: resolvers return rows, field resolvers derive the rest.
        mappers: {
          Agent: '../db/schema.js#AgentRow',
          Network: '../db/schema.js#NetworkRow',
          Workspace: '../db/schema.js#WorkspaceRow',
          Session: '../db/schema.js#SessionRow',
          ApiKey: '../db/schema.js#ApiKeyRow',
          User: '../db/schema.js#UserRow',
          Group: '../db/schema.js#GroupRow',
          AuditEntry: '../db/schema.js#AuditRow',
          Viewer: '../auth/auth.service.js#Viewer as ViewerModel',
          SessionTransition: '../db/schema.js#SessionTransitionRow',
          StagingPool: '../db/schema.js#StagingPoolRow',
        },
      },
    },
    // The playground's examples are checked like every operation, but kept out of the pages' lookup table (the
    // launcher would download them): a file of their own, generated only so that they are validated.
    'web/src/__generated__/': clientOperations(['web/src/**/*.ts', '!web/src/examples.ts', '!web/src/__generated__/**']),
    'web/src/__generated__/examples.checked.ts': {
      documents: ['web/src/examples.ts'],
      plugins: [{ add: { content: '// web/src/examples.ts was checked against schema.graphql when this file was generated.\n' } }],
    },
    'test/__generated__/': clientOperations(['test/**/*.ts', 'bench/**/*.ts', '!test/__generated__/**']),
  },
};

export default config;
