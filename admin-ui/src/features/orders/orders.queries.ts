import { graphql } from '../../gql';

export const ADMIN_ORDER_ROW_FIELDS = graphql(`
  fragment AdminOrderRowFields on AdminOrder {
    id
    number
    status
    submissionId
    submissionNumber
    company {
      id
      name
    }
    buyerName
    poNumber
    warehouse {
      id
      code
      name
    }
    divisionName
    sellerName
    total
    currency
    lineCount
    createdAt
    updatedAt
  }
`);

export const ADMIN_ORDERS_QUERY = graphql(`
  query AdminOrders($filter: AdminOrderFilterInput, $skip: Int!, $take: Int!) {
    adminOrders(filter: $filter, skip: $skip, take: $take) {
      totalCount
      items {
        ...AdminOrderRowFields
      }
    }
  }
`);

export const ADMIN_ORDER_FIELDS = graphql(`
  fragment AdminOrderFields on AdminOrder {
    ...AdminOrderRowFields
    buyerName
    externalId
    vatTotal
    contractNumber
    deliveryAddress
    pickupWarehouse {
      id
      code
      name
      city
    }
    desiredDate
    comment
    approvalStatus
    approvalComment
    approvalReasons {
      kind
      limit
      orderTotal
      monthSpent
    }
    nextStatuses
    lines {
      id
      position
      sku
      name
      unitCode
      packagingCode
      quantity
      price
      vatRate
      amount
    }
    history {
      fromStatus
      toStatus
      actorKind
      actorName
      comment
      at
    }
  }
`);

export const ADMIN_ORDER_QUERY = graphql(`
  query AdminOrder($id: ID!) {
    adminOrder(id: $id) {
      ...AdminOrderFields
    }
  }
`);

/** The other sub-orders of the same submission (their numbers share the submission's). */
export const SUBMISSION_ORDERS_QUERY = graphql(`
  query SubmissionOrders($search: String!) {
    adminOrders(filter: { search: $search }, take: 50) {
      items {
        ...AdminOrderRowFields
      }
    }
  }
`);

export const CHANGE_ORDER_STATUS_MUTATION = graphql(`
  mutation ChangeOrderStatus($id: ID!, $status: OrderStatus!, $comment: String) {
    changeOrderStatus(id: $id, status: $status, comment: $comment) {
      __typename
      ... on AdminOrder {
        ...AdminOrderFields
      }
      ... on StatusChangeRefusedError {
        errorCode
        message
        reason
      }
      ... on NotFoundError {
        errorCode
        message
      }
    }
  }
`);

export const SPLIT_RULE_FIELDS = graphql(`
  fragment SplitRuleFields on SplitRule {
    id
    name
    kind
    warehouseIds
    categoryIds
    divisionIds
    divisionId
    sellerLegalEntityId
  }
`);

export const SPLIT_RULES_QUERY = graphql(`
  query SplitRules {
    splitRules {
      rules {
        ...SplitRuleFields
      }
      problems
    }
    sellerDivisions {
      id
      name
      sellerLegalEntityId
    }
    sellerLegalEntities {
      id
      name
      inn
    }
  }
`);

export const SAVE_SPLIT_RULES_MUTATION = graphql(`
  mutation SaveSplitRules($rules: [SplitRuleInput!]!) {
    saveSplitRules(rules: $rules) {
      rules {
        ...SplitRuleFields
      }
      problems
    }
  }
`);
