import { graphql } from '../../gql';

export const SESSION_CONTRACT_FIELDS = graphql(`
  fragment SessionContractFields on ShopContract {
    id
    number
    date
    currency
    paymentTerms
    deferralDays
    status
    isDefault
  }
`);

export const SESSION_FIELDS = graphql(`
  fragment SessionFields on ShopSession {
    user {
      id
      email
      fullName
    }
    company {
      id
      name
    }
    role
    activeLegalEntity {
      id
      name
      inn
      kpp
    }
    companies {
      company {
        id
        name
      }
      role
      legalEntities {
        id
        name
        inn
        kpp
      }
    }
    activeContract {
      ...SessionContractFields
    }
    availableContracts {
      ...SessionContractFields
    }
    permissions
    actingStaffUserName
  }
`);

export const ME_QUERY = graphql(`
  query Me {
    me {
      ...SessionFields
    }
  }
`);

export const LOGIN_MUTATION = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      __typename
      ... on ShopAuthPayload {
        accessToken
        expiresAt
        session {
          ...SessionFields
        }
      }
      ... on InvalidCredentialsError {
        errorCode
        message
      }
      ... on TooManyAttemptsError {
        errorCode
        message
        retryAfterSeconds
      }
      ... on CompanyBlockedError {
        errorCode
        message
      }
      ... on CompanyPendingError {
        errorCode
        message
      }
    }
  }
`);

export const REFRESH_ACCESS_TOKEN_MUTATION = graphql(`
  mutation RefreshAccessToken {
    refreshAccessToken {
      __typename
      ... on ShopAuthPayload {
        accessToken
        expiresAt
        session {
          ...SessionFields
        }
      }
      ... on InvalidRefreshTokenError {
        errorCode
        message
      }
    }
  }
`);

export const LOGOUT_MUTATION = graphql(`
  mutation Logout {
    logout
  }
`);

export const REQUEST_PASSWORD_RESET_MUTATION = graphql(`
  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {
    requestPasswordReset(input: $input) {
      __typename
      ... on TooManyAttemptsError {
        errorCode
        message
        retryAfterSeconds
      }
    }
  }
`);

export const SET_PASSWORD_MUTATION = graphql(`
  mutation SetPassword($input: SetPasswordInput!) {
    setPassword(input: $input) {
      __typename
      ... on PasswordSet {
        email
      }
      ... on InvalidTokenError {
        errorCode
        message
        reason
      }
    }
  }
`);
