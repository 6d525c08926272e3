import { graphql } from '../../gql';

export const STAFF_REF_FIELDS = graphql(`
  fragment StaffRefFields on StaffUser {
    id
    fullName
    email
    role
    active
  }
`);

export const COMPANY_ROW_FIELDS = graphql(`
  fragment CompanyRowFields on ClientCompany {
    id
    name
    status
    updatedAt
    manager {
      ...StaffRefFields
    }
    groups {
      id
      code
      name
    }
    legalEntities {
      id
      name
      inn
      kpp
    }
  }
`);

export const COMPANIES_QUERY = graphql(`
  query Companies($filter: CompaniesFilterInput, $skip: Int!, $take: Int!) {
    companies(filter: $filter, skip: $skip, take: $take) {
      totalCount
      items {
        ...CompanyRowFields
      }
    }
  }
`);

/** To pick a company (linking a registration, audit filter). */
export const COMPANY_OPTIONS_QUERY = graphql(`
  query CompanyOptions($search: String) {
    companies(filter: { search: $search }, take: 20) {
      items {
        id
        name
        status
        legalEntities {
          id
          inn
        }
      }
    }
  }
`);

export const CLIENT_CONTRACT_FIELDS = graphql(`
  fragment ClientContractFields on ClientContract {
    id
    legalEntityId
    number
    date
    currency
    paymentTerms
    deferralDays
    creditLimit
    validFrom
    validTo
    status
    isDefault
    basePriceTypeId
    externalId
    updatedAt
  }
`);

export const CLIENT_LEGAL_ENTITY_FIELDS = graphql(`
  fragment ClientLegalEntityFields on ClientLegalEntity {
    id
    companyId
    name
    fullName
    inn
    kpp
    ogrn
    legalAddress
    postalAddress
    bankName
    bik
    correspondentAccount
    settlementAccount
    externalId
    basePriceTypeId
    updatedAt
    contracts {
      ...ClientContractFields
    }
  }
`);

export const ADMIN_COMPANY_USER_FIELDS = graphql(`
  fragment AdminCompanyUserFields on CompanyUser {
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

export const DELIVERY_ADDRESS_FIELDS = graphql(`
  fragment DeliveryAddressFields on DeliveryAddress {
    id
    label
    address
    contactName
    contactPhone
    comment
  }
`);

export const COMPANY_FIELDS = graphql(`
  fragment CompanyFields on ClientCompany {
    ...CompanyRowFields
    notes
    externalId
    basePriceTypeId
    blockedReason
    createdAt
    legalEntities {
      ...ClientLegalEntityFields
    }
    users {
      ...AdminCompanyUserFields
    }
    deliveryAddresses {
      ...DeliveryAddressFields
    }
  }
`);

export const COMPANY_QUERY = graphql(`
  query Company($id: ID!) {
    company(id: $id) {
      ...CompanyFields
    }
  }
`);

export const CONTRACTOR_GROUPS_QUERY = graphql(`
  query ContractorGroups {
    contractorGroups {
      id
      code
      name
      companyCount
    }
  }
`);

/** Staff who may be a client's personal manager (sales staff). */
export const MANAGER_OPTIONS_QUERY = graphql(`
  query ManagerOptions {
    staffUsers(active: true, take: 500) {
      items {
        ...StaffRefFields
      }
    }
  }
`);

export const CREATE_COMPANY_MUTATION = graphql(`
  mutation CreateCompany($input: CreateCompanyInput!) {
    createCompany(input: $input) {
      __typename
      ... on ClientCompany {
        id
        name
      }
      ... on AlreadyExistsError {
        errorCode
        message
        field
      }
    }
  }
`);

export const UPDATE_COMPANY_MUTATION = graphql(`
  mutation UpdateCompany($id: ID!, $input: UpdateCompanyInput!) {
    updateCompany(id: $id, input: $input) {
      __typename
      ... on ClientCompany {
        ...CompanyFields
      }
      ... on AlreadyExistsError {
        errorCode
        message
        field
      }
    }
  }
`);

export const SET_COMPANY_STATUS_MUTATION = graphql(`
  mutation SetCompanyStatus($id: ID!, $status: CompanyStatus!, $reason: String) {
    setCompanyStatus(id: $id, status: $status, reason: $reason) {
      ...CompanyFields
    }
  }
`);

export const SET_COMPANY_MANAGER_MUTATION = graphql(`
  mutation SetCompanyManager($id: ID!, $managerId: ID) {
    setCompanyManager(id: $id, managerId: $managerId) {
      ...CompanyFields
    }
  }
`);

export const SET_COMPANY_GROUPS_MUTATION = graphql(`
  mutation SetCompanyGroups($id: ID!, $groupIds: [ID!]!) {
    setCompanyGroups(id: $id, groupIds: $groupIds) {
      ...CompanyFields
    }
  }
`);

export const CREATE_LEGAL_ENTITY_MUTATION = graphql(`
  mutation CreateLegalEntity($companyId: ID!, $input: LegalEntityInput!) {
    createLegalEntity(companyId: $companyId, input: $input) {
      __typename
      ... on ClientLegalEntity {
        ...ClientLegalEntityFields
      }
      ... on AlreadyExistsError {
        errorCode
        message
        field
      }
    }
  }
`);

export const UPDATE_LEGAL_ENTITY_MUTATION = graphql(`
  mutation UpdateLegalEntity($id: ID!, $input: LegalEntityInput!) {
    updateLegalEntity(id: $id, input: $input) {
      __typename
      ... on ClientLegalEntity {
        ...ClientLegalEntityFields
      }
      ... on AlreadyExistsError {
        errorCode
        message
        field
      }
    }
  }
`);

export const DELETE_LEGAL_ENTITY_MUTATION = graphql(`
  mutation DeleteLegalEntity($id: ID!) {
    deleteLegalEntity(id: $id) {
      __typename
      ... on Deleted {
        id
      }
      ... on InUseError {
        errorCode
        message
      }
    }
  }
`);

export const CREATE_CONTRACT_MUTATION = graphql(`
  mutation CreateContract($legalEntityId: ID!, $input: ContractInput!) {
    createContract(legalEntityId: $legalEntityId, input: $input) {
      __typename
      ... on ClientContract {
        ...ClientContractFields
      }
      ... on AlreadyExistsError {
        errorCode
        message
        field
      }
    }
  }
`);

export const UPDATE_CONTRACT_MUTATION = graphql(`
  mutation UpdateContract($id: ID!, $input: ContractInput!) {
    updateContract(id: $id, input: $input) {
      __typename
      ... on ClientContract {
        ...ClientContractFields
      }
      ... on AlreadyExistsError {
        errorCode
        message
        field
      }
    }
  }
`);

export const DELETE_CONTRACT_MUTATION = graphql(`
  mutation DeleteContract($id: ID!) {
    deleteContract(id: $id) {
      id
    }
  }
`);

export const CREATE_DELIVERY_ADDRESS_MUTATION = graphql(`
  mutation CreateDeliveryAddress($companyId: ID!, $input: DeliveryAddressInput!) {
    createDeliveryAddress(companyId: $companyId, input: $input) {
      ...DeliveryAddressFields
    }
  }
`);

export const UPDATE_DELIVERY_ADDRESS_MUTATION = graphql(`
  mutation UpdateDeliveryAddress($id: ID!, $input: DeliveryAddressInput!) {
    updateDeliveryAddress(id: $id, input: $input) {
      ...DeliveryAddressFields
    }
  }
`);

export const DELETE_DELIVERY_ADDRESS_MUTATION = graphql(`
  mutation DeleteDeliveryAddress($id: ID!) {
    deleteDeliveryAddress(id: $id) {
      id
    }
  }
`);

export const INVITE_CLIENT_USER_MUTATION = graphql(`
  mutation InviteClientUser($companyId: ID!, $input: InviteUserInput!) {
    inviteClientUser(companyId: $companyId, input: $input) {
      __typename
      ... on CompanyUser {
        id
      }
      ... on AlreadyMemberError {
        errorCode
        message
      }
    }
  }
`);

export const SET_CLIENT_USER_ROLE_MUTATION = graphql(`
  mutation SetClientUserRole($companyId: ID!, $userId: ID!, $role: BuyerRole!) {
    setClientUserRole(companyId: $companyId, userId: $userId, role: $role) {
      __typename
      ... on ErrorResult {
        errorCode
        message
      }
    }
  }
`);

export const SET_CLIENT_USER_LIMITS_MUTATION = graphql(`
  mutation SetClientUserLimits($companyId: ID!, $userId: ID!, $limits: UserLimitsInput!) {
    setClientUserLimits(companyId: $companyId, userId: $userId, limits: $limits) {
      __typename
      ... on ErrorResult {
        errorCode
        message
      }
    }
  }
`);

export const SET_CLIENT_USER_ACTIVE_MUTATION = graphql(`
  mutation SetClientUserActive($companyId: ID!, $userId: ID!, $active: Boolean!) {
    setClientUserActive(companyId: $companyId, userId: $userId, active: $active) {
      __typename
      ... on ErrorResult {
        errorCode
        message
      }
    }
  }
`);

export const START_ACT_AS_BUYER_MUTATION = graphql(`
  mutation StartActAsBuyer($companyId: ID!, $buyerUserId: ID!) {
    startActAsBuyer(companyId: $companyId, buyerUserId: $buyerUserId) {
      __typename
      ... on ActAsTicket {
        url
        expiresAt
      }
      ... on NotActiveError {
        errorCode
        message
      }
    }
  }
`);
