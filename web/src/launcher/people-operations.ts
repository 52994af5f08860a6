// What the admin's "People and groups" sends, checked against schema.graphql and typed by `npm run codegen`.
import { graphql } from '../__generated__/gql.js';
import type { PeopleGroupFragment, PeopleUserFragment } from '../__generated__/graphql.js';

export type Person = PeopleUserFragment;
export type Group = PeopleGroupFragment;

graphql(`
  fragment PeopleUser on User {
    id
    username
    displayName
    role
    disabled
    hasPassword
    lastSignInAt
    groups {
      id
      name
    }
  }
`);
graphql(`
  fragment PeopleGroup on Group {
    id
    name
    networks
    members {
      id
      username
    }
  }
`);

export const peopleQuery = graphql(`
  query PeopleAndGroups {
    users {
      ...PeopleUser
    }
    groups {
      ...PeopleGroup
    }
  }
`);

export const createUserMutation = graphql(`
  mutation PeopleCreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      ...PeopleUser
    }
  }
`);

export const updateUserMutation = graphql(`
  mutation PeopleUpdateUser($id: ID!, $input: UpdateUserInput!) {
    updateUser(id: $id, input: $input) {
      ...PeopleUser
    }
  }
`);

export const createGroupMutation = graphql(`
  mutation PeopleCreateGroup($input: CreateGroupInput!) {
    createGroup(input: $input) {
      ...PeopleGroup
    }
  }
`);

export const deleteGroupMutation = graphql(`
  mutation PeopleDeleteGroup($id: ID!) {
    deleteGroup(id: $id)
  }
`);
