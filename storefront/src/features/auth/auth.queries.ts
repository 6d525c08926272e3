import { graphql } from '../../gql';

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
