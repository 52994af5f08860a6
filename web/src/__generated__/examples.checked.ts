// web/src/examples.ts was checked against schema.graphql when this file was generated.
