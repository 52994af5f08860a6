import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: 'schema.graphql',
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
          AuditEntry: '../db/schema.js#AuditRow',
          Viewer: '../auth/auth.service.js#Viewer as ViewerModel',
          SessionTransition: '../db/schema.js#SessionTransitionRow',
        },
      },
    },
  },
};

export default config;
