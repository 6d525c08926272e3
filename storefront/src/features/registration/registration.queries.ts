import { graphql } from '../../gql';

export const REGISTRATION_STATUS_FIELDS = graphql(`
  fragment RegistrationStatusFields on RegistrationStatusView {
    kind
    status
    companyName
    inn
    email
    emailVerified
    submittedAt
    decidedAt
    rejectionReason
  }
`);

export const REGISTER_COMPANY_MUTATION = graphql(`
  mutation RegisterCompany($input: FullRegistrationInput!) {
    registerCompany(input: $input) {
      __typename
      ... on RegistrationSubmitted {
        email
        status
        statusToken
      }
      ... on TooManyAttemptsError {
        errorCode
        message
        retryAfterSeconds
      }
      ... on DuplicateRegistrationError {
        errorCode
        message
      }
    }
  }
`);

export const REQUEST_COMPANY_ACCESS_MUTATION = graphql(`
  mutation RequestCompanyAccess($input: ShortRegistrationInput!) {
    requestCompanyAccess(input: $input) {
      __typename
      ... on RegistrationSubmitted {
        email
        status
        statusToken
      }
      ... on TooManyAttemptsError {
        errorCode
        message
        retryAfterSeconds
      }
      ... on DuplicateRegistrationError {
        errorCode
        message
      }
      ... on NoMatchingContractError {
        errorCode
        message
      }
    }
  }
`);

export const VERIFY_REGISTRATION_EMAIL_MUTATION = graphql(`
  mutation VerifyRegistrationEmail($token: String!) {
    verifyRegistrationEmail(token: $token) {
      __typename
      ... on RegistrationStatusView {
        ...RegistrationStatusFields
      }
      ... on InvalidTokenError {
        errorCode
        message
        reason
      }
    }
  }
`);

export const REGISTRATION_STATUS_QUERY = graphql(`
  query RegistrationStatus($token: String!) {
    registrationStatus(token: $token) {
      __typename
      ... on RegistrationStatusView {
        ...RegistrationStatusFields
      }
      ... on InvalidTokenError {
        errorCode
        message
        reason
      }
    }
  }
`);
