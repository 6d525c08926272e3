import { graphql } from '../../gql';

export const CART_TOTALS_FIELDS = graphql(`
  fragment CartTotalsFields on CartTotals {
    amount
    net
    vat
    currency
    lineCount
    unpricedLines
    vatBreakdown {
      rate
      net
      vat
      amount
    }
  }
`);

export const CART_LINE_FIELDS = graphql(`
  fragment CartLineFields on CartLine {
    id
    position
    quantity
    baseQuantity
    packagingCode
    price
    amount
    vatRate
    vatAmount
    vatIncluded
    warehouse {
      id
      name
    }
    product {
      id
      sku
      name
      active
      unit {
        code
        shortName
        scale
      }
      packagings {
        code
        name
        factor
      }
      quantityRules {
        step
        minQuantity
        unitScale
      }
    }
    warning {
      code
      message
      available
      analogs {
        id
        sku
        name
        kind
        available
      }
    }
  }
`);

export const CART_QUERY = graphql(`
  query Cart {
    cart {
      id
      contractId
      warningCount
      lines {
        ...CartLineFields
      }
      totals {
        ...CartTotalsFields
      }
    }
  }
`);

/** The header badge: only the count (the cart itself is normalised by id, so changes update it). */
export const CART_BADGE_QUERY = graphql(`
  query CartBadge {
    cart {
      id
      totals {
        lineCount
      }
    }
  }
`);

export const ADD_CART_LINES_MUTATION = graphql(`
  mutation AddCartLines($input: AddCartLinesInput!) {
    addCartLines(input: $input) {
      applied
      rowErrors {
        row
        errorCode
        field
        message
      }
      adjustments {
        row
        baseQuantity
        message
      }
      cart {
        id
        totals {
          ...CartTotalsFields
        }
      }
    }
  }
`);

export const UPDATE_CART_LINE_MUTATION = graphql(`
  mutation UpdateCartLine($input: UpdateCartLineInput!) {
    updateCartLine(input: $input) {
      __typename
      ... on CartLineUpdate {
        line {
          ...CartLineFields
        }
        totals {
          ...CartTotalsFields
        }
        adjustment {
          row
          baseQuantity
          message
        }
      }
      ... on ErrorResult {
        errorCode
        message
      }
      ... on QuantityNotAllowedError {
        problem
        suggestedQuantity
      }
    }
  }
`);

export const REMOVE_CART_LINES_MUTATION = graphql(`
  mutation RemoveCartLines($lineIds: [ID!]!) {
    removeCartLines(lineIds: $lineIds) {
      id
      warningCount
      lines {
        ...CartLineFields
      }
      totals {
        ...CartTotalsFields
      }
    }
  }
`);

export const CLEAR_CART_MUTATION = graphql(`
  mutation ClearCart {
    clearCart {
      id
      warningCount
      lines {
        ...CartLineFields
      }
      totals {
        ...CartTotalsFields
      }
    }
  }
`);

export const SHORT_LISTS_QUERY = graphql(`
  query ShortLists {
    shortLists {
      id
      name
      shared
      mine
      editable
      ownerName
      itemCount
      updatedAt
    }
  }
`);

export const MOVE_TO_SHORT_LIST_MUTATION = graphql(`
  mutation MoveCartLinesToShortList($lineIds: [ID!]!, $shortListId: ID!) {
    moveCartLinesToShortList(lineIds: $lineIds, shortListId: $shortListId) {
      id
      itemCount
    }
  }
`);

export const CREATE_SHORT_LIST_MUTATION = graphql(`
  mutation CreateShortList($input: ShortListInput!) {
    createShortList(input: $input) {
      id
      name
      shared
      mine
      ownerName
      itemCount
      updatedAt
    }
  }
`);

export const QUICK_ORDER_MUTATION = graphql(`
  mutation QuickOrder($input: QuickOrderInput!) {
    quickOrder(input: $input) {
      dryRun
      rowsRead
      applied
      validLines
      mergedRows
      rowErrors {
        row
        errorCode
        key
        message
      }
      warnings {
        row
        errorCode
        key
        message
      }
      adjustments {
        row
        baseQuantity
        message
      }
      unknownSkus {
        row
        sku
        suggestions
      }
      cart {
        id
        totals {
          ...CartTotalsFields
        }
      }
    }
  }
`);
