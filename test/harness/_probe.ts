import { graphql } from '../__generated__/gql.js';
export const q = graphql(`query Probe { agents { id status } }`);
