import { graphql } from '../../gql';

export const PRODUCT_PRICE_FIELDS = graphql(`
  fragment ProductPriceFields on ProductPrice {
    price
    currency
    vatIncluded
    vatRate
    priceTypeName
    personal
    quantity
    hints {
      fromQuantity
      price
    }
  }
`);

export const PRICE_EXPLANATION_FIELDS = graphql(`
  fragment PriceExplanationFields on PriceExplanation {
    priceTypeName
    basePrice
    finalPrice
    currency
    vatIncluded
    vatRate
    quantity
    steps {
      kind
      label
      generic
      percent
    }
    hints {
      fromQuantity
      price
    }
  }
`);

export const SPECIAL_PRICE_REQUEST_FIELDS = graphql(`
  fragment SpecialPriceRequestFields on SpecialPriceRequest {
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

export const SPECIAL_PRICE_REQUESTS_QUERY = graphql(`
  query SpecialPriceRequests($skip: Int!, $take: Int!) {
    specialPriceRequests(skip: $skip, take: $take) {
      totalCount
      items {
        ...SpecialPriceRequestFields
      }
    }
  }
`);

export const REQUEST_SPECIAL_PRICE_MUTATION = graphql(`
  mutation RequestSpecialPrice($input: RequestSpecialPriceInput!) {
    requestSpecialPrice(input: $input) {
      ...SpecialPriceRequestFields
    }
  }
`);

export const ACCEPT_SPECIAL_PRICE_OFFER_MUTATION = graphql(`
  mutation AcceptSpecialPriceOffer($id: ID!) {
    acceptSpecialPriceOffer(id: $id) {
      __typename
      ... on SpecialPriceRequest {
        ...SpecialPriceRequestFields
      }
      ... on AlreadyDecidedError {
        message
      }
    }
  }
`);

export const DECLINE_SPECIAL_PRICE_OFFER_MUTATION = graphql(`
  mutation DeclineSpecialPriceOffer($id: ID!, $comment: String) {
    declineSpecialPriceOffer(id: $id, comment: $comment) {
      __typename
      ... on SpecialPriceRequest {
        ...SpecialPriceRequestFields
      }
      ... on AlreadyDecidedError {
        message
      }
    }
  }
`);
