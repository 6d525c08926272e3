import { graphql } from '../../gql';

export const SESSION_FIELDS = graphql(`
  fragment SessionFields on AdminSession {
    kind
    staffUser {
      id
      email
      fullName
      role
    }
    apiKey {
      id
      name
    }
    permissions
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
      ... on AdminAuthPayload {
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
    }
  }
`);

export const REFRESH_ACCESS_TOKEN_MUTATION = graphql(`
  mutation RefreshAccessToken {
    refreshAccessToken {
      __typename
      ... on AdminAuthPayload {
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
