import { graphql } from '../../gql';

export const REGISTRATION_ROW_FIELDS = graphql(`
  fragment RegistrationRowFields on RegistrationRequest {
    id
    kind
    status
    companyName
    inn
    kpp
    contactName
    email
    phone
    createdAt
    emailVerifiedAt
  }
`);

export const REGISTRATIONS_QUERY = graphql(`
  query Registrations($filter: RegistrationsFilterInput, $skip: Int!, $take: Int!) {
    registrations(filter: $filter, skip: $skip, take: $take) {
      totalCount
      items {
        ...RegistrationRowFields
      }
    }
  }
`);

export const COMPANY_REF_FIELDS = graphql(`
  fragment CompanyRefFields on RegistrationCompanyRef {
    companyId
    companyName
    legalEntityName
    inn
    kpp
    managerName
    accessible
    sameKpp
  }
`);

export const REGISTRATION_FIELDS = graphql(`
  fragment RegistrationFields on RegistrationRequest {
    ...RegistrationRowFields
    region
    businessKind
    comment
    contractNumber
    locale
    decidedAt
    decidedBy {
      id
      fullName
    }
    rejectionReason
    resultCompanyId
    duplicates {
      ...CompanyRefFields
    }
    matchedCompany {
      ...CompanyRefFields
    }
  }
`);

export const REGISTRATION_QUERY = graphql(`
  query Registration($id: ID!) {
    registration(id: $id) {
      ...RegistrationFields
    }
  }
`);

export const APPROVE_REGISTRATION_MUTATION = graphql(`
  mutation ApproveRegistration($id: ID!, $input: ApproveRegistrationInput) {
    approveRegistration(id: $id, input: $input) {
      __typename
      ... on RegistrationRequest {
        ...RegistrationFields
      }
      ... on AlreadyDecidedError {
        errorCode
        message
      }
      ... on AlreadyExistsError {
        errorCode
        message
        field
      }
    }
  }
`);

export const REJECT_REGISTRATION_MUTATION = graphql(`
  mutation RejectRegistration($id: ID!, $reason: String!) {
    rejectRegistration(id: $id, reason: $reason) {
      __typename
      ... on RegistrationRequest {
        ...RegistrationFields
      }
      ... on AlreadyDecidedError {
        errorCode
        message
      }
    }
  }
`);

export const PENDING_REGISTRATIONS_QUERY = graphql(`
  query PendingRegistrations {
    registrations(filter: { status: PENDING }, take: 1) {
      totalCount
    }
  }
`);
