import { graphql } from '../../gql';

export const SUBMISSION_FIELDS = graphql(`
  fragment SubmissionFields on OrderSubmission {
    id
    number
    createdAt
    buyerName
    buyerUserId
    contractNumber
    currency
    total
    vatTotal
    poNumber
    comment
    desiredDate
    deliveryAddress
    pickupWarehouse {
      id
      name
    }
    approvalStatus
    approvalComment
    approvalReasons {
      kind
      limit
      orderTotal
      monthSpent
    }
    orders {
      id
      number
      status
      total
      lineCount
      warehouse {
        id
        name
      }
      divisionName
      sellerName
    }
  }
`);

export const ORDER_SUBMISSIONS_QUERY = graphql(`
  query OrderSubmissions($filter: OrderHistoryFilterInput, $skip: Int!, $take: Int!) {
    orderSubmissions(filter: $filter, skip: $skip, take: $take) {
      totalCount
      items {
        ...SubmissionFields
      }
    }
  }
`);

export const ORDER_SUBMISSION_QUERY = graphql(`
  query OrderSubmission($id: ID!) {
    orderSubmission(id: $id) {
      ...SubmissionFields
      orders {
        id
        nextStatuses
        updatedAt
        vatTotal
        lines {
          id
          position
          sku
          name
          quantity
          unitCode
          packagingCode
          price
          amount
          vatRate
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
    }
  }
`);

export const PLACE_ORDER_MUTATION = graphql(`
  mutation PlaceOrder($input: PlaceOrderInput!) {
    placeOrder(input: $input) {
      __typename
      ... on OrderSubmission {
        ...SubmissionFields
      }
      ... on ErrorResult {
        errorCode
        message
      }
      ... on CheckoutRefusedError {
        field
      }
      ... on OrderLinesError {
        lines {
          sku
          problem
          message
          requested
          available
        }
      }
    }
  }
`);

export const APPROVE_ORDER_MUTATION = graphql(`
  mutation ApproveOrder($submissionId: ID!, $comment: String) {
    approveOrder(submissionId: $submissionId, comment: $comment) {
      __typename
      ... on OrderSubmission {
        id
      }
      ... on ErrorResult {
        errorCode
        message
      }
    }
  }
`);

export const REJECT_ORDER_MUTATION = graphql(`
  mutation RejectOrder($submissionId: ID!, $comment: String!) {
    rejectOrder(submissionId: $submissionId, comment: $comment) {
      __typename
      ... on OrderSubmission {
        id
      }
      ... on ErrorResult {
        errorCode
        message
      }
    }
  }
`);

export const CANCEL_ORDER_MUTATION = graphql(`
  mutation CancelOrder($orderId: ID!, $comment: String) {
    cancelOrder(orderId: $orderId, comment: $comment) {
      __typename
      ... on OrderSubmission {
        id
      }
      ... on ErrorResult {
        errorCode
        message
      }
    }
  }
`);

export const REPEAT_ORDER_MUTATION = graphql(`
  mutation RepeatOrder($submissionId: ID!) {
    repeatOrder(submissionId: $submissionId) {
      applied
      changes {
        sku
        name
        change
        message
        oldPrice
        newPrice
      }
      cart {
        id
        totals {
          lineCount
        }
      }
    }
  }
`);

export const NOTIFICATIONS_QUERY = graphql(`
  query Notifications {
    notifications {
      id
      kind
      text
      submissionId
      createdAt
      readAt
    }
  }
`);

export const MARK_NOTIFICATIONS_READ_MUTATION = graphql(`
  mutation MarkNotificationsRead($ids: [ID!]!) {
    markNotificationsRead(ids: $ids)
  }
`);

export const CHECKOUT_DATA_QUERY = graphql(`
  query CheckoutData {
    myCompany {
      id
      deliveryAddresses {
        id
        label
        address
      }
    }
    warehouses {
      id
      name
      city
      pickupPoint
    }
    cart {
      id
      totals {
        ...CartTotalsFields
      }
    }
  }
`);
