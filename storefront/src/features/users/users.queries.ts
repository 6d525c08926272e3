import { graphql } from '../../gql';

export const COMPANY_USER_FIELDS = graphql(`
  fragment CompanyUserFields on CompanyUser {
    id
    fullName
    email
    phone
    role
    active
    invitationPending
    lastLoginAt
    orderLimit
    monthlyLimit
  }
`);

export const COMPANY_USERS_QUERY = graphql(`
  query CompanyUsers {
    companyUsers {
      ...CompanyUserFields
    }
  }
`);

export const INVITE_COMPANY_USER_MUTATION = graphql(`
  mutation InviteCompanyUser($input: InviteUserInput!) {
    inviteCompanyUser(input: $input) {
      __typename
      ... on CompanyUser {
        ...CompanyUserFields
      }
      ... on AlreadyMemberError {
        errorCode
        message
      }
    }
  }
`);

export const SET_COMPANY_USER_ROLE_MUTATION = graphql(`
  mutation SetCompanyUserRole($userId: ID!, $role: BuyerRole!) {
    setCompanyUserRole(userId: $userId, role: $role) {
      __typename
      ... on CompanyUser {
        ...CompanyUserFields
      }
      ... on ErrorResult {
        errorCode
        message
      }
    }
  }
`);

export const SET_COMPANY_USER_LIMITS_MUTATION = graphql(`
  mutation SetCompanyUserLimits($userId: ID!, $limits: UserLimitsInput!) {
    setCompanyUserLimits(userId: $userId, limits: $limits) {
      __typename
      ... on CompanyUser {
        ...CompanyUserFields
      }
      ... on ErrorResult {
        errorCode
        message
      }
    }
  }
`);

export const SET_COMPANY_USER_ACTIVE_MUTATION = graphql(`
  mutation SetCompanyUserActive($userId: ID!, $active: Boolean!) {
    setCompanyUserActive(userId: $userId, active: $active) {
      __typename
      ... on CompanyUser {
        ...CompanyUserFields
      }
      ... on ErrorResult {
        errorCode
        message
      }
    }
  }
`);
