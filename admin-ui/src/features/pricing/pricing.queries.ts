import { graphql } from '../../gql';

export const PRICE_TYPE_FIELDS = graphql(`
  fragment PriceTypeFields on PriceType {
    id
    code
    name
    currency
    vatIncluded
    staffOnly
    isDefault
    position
    entryCount
  }
`);

export const PRICE_TYPES_QUERY = graphql(`
  query PriceTypes {
    priceTypes {
      ...PriceTypeFields
    }
  }
`);

export const CREATE_PRICE_TYPE_MUTATION = graphql(`
  mutation CreatePriceType($input: PriceTypeInput!) {
    createPriceType(input: $input) {
      ...PriceTypeFields
    }
  }
`);

export const UPDATE_PRICE_TYPE_MUTATION = graphql(`
  mutation UpdatePriceType($id: ID!, $input: PriceTypeInput!) {
    updatePriceType(id: $id, input: $input) {
      ...PriceTypeFields
    }
  }
`);

export const DELETE_PRICE_TYPE_MUTATION = graphql(`
  mutation DeletePriceType($id: ID!) {
    deletePriceType(id: $id)
  }
`);

export const SET_BASE_PRICE_TYPE_MUTATION = graphql(`
  mutation SetBasePriceType($input: SetBasePriceTypeInput!) {
    setBasePriceType(input: $input)
  }
`);

export const PRICE_ENTRY_FIELDS = graphql(`
  fragment PriceEntryFields on PriceEntry {
    priceTypeId
    priceTypeCode
    packagingCode
    price
    tiers {
      from
      price
    }
    updatedAt
    product {
      id
      sku
      name
      externalId
    }
  }
`);

export const PRICE_ENTRIES_QUERY = graphql(`
  query PriceEntries($filter: PriceEntryFilterInput, $skip: Int!, $take: Int!) {
    priceEntries(filter: $filter, skip: $skip, take: $take) {
      totalCount
      items {
        ...PriceEntryFields
      }
    }
  }
`);

export const UPSERT_PRICE_ENTRIES_MUTATION = graphql(`
  mutation UpsertPriceEntries($input: UpsertPriceEntriesInput!) {
    upsertPriceEntries(input: $input) {
      applied
      items {
        row
        sku
        priceTypeCode
        packagingCode
        changed
      }
      rowErrors {
        row
        field
        key
        errorCode
        message
      }
    }
  }
`);

export const PRICE_RULE_FIELDS = graphql(`
  fragment PriceRuleFields on PriceRule {
    id
    name
    publicLabel
    active
    priority
    policy
    scopeKind
    scopeId
    scopeName
    targetKind
    targetId
    targetName
    actionKind
    value
    priceTypeId
    currency
    tierBasis
    tiers {
      from
      value
    }
    validFrom
    validTo
    warehouseIds
    paymentTerms
    maxDeferralDays
    minOrderAmount
    externalId
    specialPriceRequestId
    updatedAt
  }
`);

export const PRICE_RULES_QUERY = graphql(`
  query PriceRules($filter: PriceRuleFilterInput, $skip: Int!, $take: Int!) {
    priceRules(filter: $filter, skip: $skip, take: $take) {
      totalCount
      items {
        ...PriceRuleFields
      }
    }
  }
`);

export const PRICE_RULE_QUERY = graphql(`
  query PriceRule($id: ID!) {
    priceRule(id: $id) {
      ...PriceRuleFields
    }
  }
`);

export const PRICE_RULE_WARNINGS_QUERY = graphql(`
  query PriceRuleWarnings($id: ID, $input: PriceRuleInput!) {
    priceRuleWarnings(id: $id, input: $input) {
      code
      message
      ruleId
      ruleName
    }
  }
`);

export const CREATE_PRICE_RULE_MUTATION = graphql(`
  mutation CreatePriceRule($input: PriceRuleInput!) {
    createPriceRule(input: $input) {
      rule {
        ...PriceRuleFields
      }
      warnings {
        code
        ruleName
      }
    }
  }
`);

export const UPDATE_PRICE_RULE_MUTATION = graphql(`
  mutation UpdatePriceRule($id: ID!, $input: PriceRuleInput!) {
    updatePriceRule(id: $id, input: $input) {
      rule {
        ...PriceRuleFields
      }
      warnings {
        code
        ruleName
      }
    }
  }
`);

export const DELETE_PRICE_RULE_MUTATION = graphql(`
  mutation DeletePriceRule($id: ID!) {
    deletePriceRule(id: $id)
  }
`);

export const SIMULATE_PRICES_QUERY = graphql(`
  query SimulatePrices($input: SimulatePricesInput!) {
    simulatePrices(input: $input) {
      at
      contractId
      basePriceType {
        id
        code
        name
      }
      lines {
        productId
        sku
        status
        quantity
        unit
        baseQuantity
        basePrice
        unitPrice
        baseUnitPrice
        lineAmount
        currency
        clampedAtZero
        priceType {
          code
          name
          vatIncluded
        }
        noPriceReason {
          code
          text
        }
        hints {
          fromQuantity
          price
        }
        steps {
          ruleId
          ruleName
          publicLabel
          actionKind
          policy
          value
          tierFrom
          outcome
          priceBefore
          priceAfter
          reason {
            code
            text
          }
        }
      }
    }
  }
`);

export const SPECIAL_REQUEST_FIELDS = graphql(`
  fragment AdminSpecialPriceRequestFields on AdminSpecialPriceRequest {
    id
    number
    status
    active
    comment
    createdAt
    decidedAt
    validUntil
    managerComment
    rejectReason
    declineComment
    ruleIds
    client {
      companyId
      companyName
      contractId
      contractNumber
      buyerName
      buyerEmail
    }
    lines {
      id
      quantity
      targetPrice
      currentPrice
      offeredPrice
      approvedPrice
      product {
        id
        sku
        name
      }
    }
  }
`);

export const SPECIAL_REQUESTS_QUERY = graphql(`
  query AdminSpecialPriceRequests($filter: SpecialPriceFilterInput, $skip: Int!, $take: Int!) {
    adminSpecialPriceRequests(filter: $filter, skip: $skip, take: $take) {
      totalCount
      items {
        ...AdminSpecialPriceRequestFields
      }
    }
  }
`);

export const SPECIAL_REQUEST_QUERY = graphql(`
  query AdminSpecialPriceRequest($id: ID!) {
    adminSpecialPriceRequest(id: $id) {
      ...AdminSpecialPriceRequestFields
    }
  }
`);

export const APPROVE_SPECIAL_REQUEST_MUTATION = graphql(`
  mutation ApproveSpecialPriceRequest($id: ID!, $input: DecideSpecialPriceInput) {
    approveSpecialPriceRequest(id: $id, input: $input) {
      ... on AdminSpecialPriceRequest {
        ...AdminSpecialPriceRequestFields
      }
      ... on ErrorResult {
        errorCode
        message
      }
    }
  }
`);

export const COUNTER_OFFER_SPECIAL_REQUEST_MUTATION = graphql(`
  mutation CounterOfferSpecialPriceRequest($id: ID!, $input: DecideSpecialPriceInput!) {
    counterOfferSpecialPriceRequest(id: $id, input: $input) {
      ... on AdminSpecialPriceRequest {
        ...AdminSpecialPriceRequestFields
      }
      ... on ErrorResult {
        errorCode
        message
      }
    }
  }
`);

export const REJECT_SPECIAL_REQUEST_MUTATION = graphql(`
  mutation RejectSpecialPriceRequest($id: ID!, $input: RejectSpecialPriceInput!) {
    rejectSpecialPriceRequest(id: $id, input: $input) {
      ... on AdminSpecialPriceRequest {
        ...AdminSpecialPriceRequestFields
      }
      ... on ErrorResult {
        errorCode
        message
      }
    }
  }
`);

/** A client's legal entities and contracts, to pick a rule scope or a simulated contract. */
export const PRICING_CLIENT_QUERY = graphql(`
  query PricingClient($id: ID!) {
    company(id: $id) {
      id
      name
      basePriceTypeId
      legalEntities {
        id
        name
        inn
        basePriceTypeId
        contracts {
          id
          number
          isDefault
          status
          currency
          basePriceTypeId
        }
      }
    }
  }
`);
