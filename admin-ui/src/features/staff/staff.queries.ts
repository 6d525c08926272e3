import { graphql } from '../../gql';

export const STAFF_USER_FIELDS = graphql(`
  fragment StaffUserFields on StaffUser {
    id
    fullName
    email
    role
    phone
    photoUrl
    locale
    active
    hasPassword
    lastLoginAt
  }
`);

export const STAFF_USERS_QUERY = graphql(`
  query StaffUsers($search: String, $role: StaffRole, $active: Boolean, $skip: Int!, $take: Int!) {
    staffUsers(search: $search, role: $role, active: $active, skip: $skip, take: $take) {
      totalCount
      items {
        ...StaffUserFields
      }
    }
  }
`);

export const CREATE_STAFF_USER_MUTATION = graphql(`
  mutation CreateStaffUser($input: CreateStaffUserInput!) {
    createStaffUser(input: $input) {
      __typename
      ... on StaffUser {
        ...StaffUserFields
      }
      ... on AlreadyExistsError {
        errorCode
        message
        field
      }
    }
  }
`);

export const UPDATE_STAFF_USER_MUTATION = graphql(`
  mutation UpdateStaffUser($id: ID!, $input: UpdateStaffUserInput!) {
    updateStaffUser(id: $id, input: $input) {
      __typename
      ... on StaffUser {
        ...StaffUserFields
      }
      ... on SelfChangeError {
        errorCode
        message
      }
    }
  }
`);

export const SET_STAFF_USER_ACTIVE_MUTATION = graphql(`
  mutation SetStaffUserActive($id: ID!, $active: Boolean!) {
    setStaffUserActive(id: $id, active: $active) {
      __typename
      ... on StaffUser {
        ...StaffUserFields
      }
      ... on SelfChangeError {
        errorCode
        message
      }
    }
  }
`);
