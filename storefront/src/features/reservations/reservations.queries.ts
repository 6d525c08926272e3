import { graphql } from '../../gql';

export const RESERVATION_FIELDS = graphql(`
  fragment ReservationFields on Reservation {
    id
    status
    quantity
    expiresAt
    secondsLeft
    createdAt
    endedAt
    comment
    reservedBy
    product {
      id
      sku
      name
      unit {
        shortName
      }
    }
    warehouse {
      id
      name
      city
    }
  }
`);

export const RESERVATION_POLICY_QUERY = graphql(`
  query ReservationPolicy {
    reservationPolicy {
      defaultHours
      maxHours
    }
  }
`);

export const RESERVATIONS_QUERY = graphql(`
  query Reservations($filter: ReservationFilterInput, $skip: Int!, $take: Int!) {
    reservations(filter: $filter, skip: $skip, take: $take) {
      totalCount
      items {
        ...ReservationFields
      }
    }
  }
`);

export const RESERVE_STOCK_MUTATION = graphql(`
  mutation ReserveStock($input: ReserveStockInput!) {
    reserveStock(input: $input) {
      __typename
      ... on Reservation {
        ...ReservationFields
      }
      ... on ErrorResult {
        errorCode
        message
      }
      ... on InsufficientStockError {
        available
      }
      ... on QuantityNotAllowedError {
        problem
        suggestedQuantity
      }
    }
  }
`);

export const EXTEND_RESERVATION_MUTATION = graphql(`
  mutation ExtendReservation($id: ID!, $hours: Int) {
    extendReservation(id: $id, hours: $hours) {
      __typename
      ... on Reservation {
        ...ReservationFields
      }
      ... on ErrorResult {
        errorCode
        message
      }
    }
  }
`);

export const RELEASE_RESERVATION_MUTATION = graphql(`
  mutation ReleaseReservation($id: ID!) {
    releaseReservation(id: $id) {
      __typename
      ... on Reservation {
        ...ReservationFields
      }
      ... on ErrorResult {
        errorCode
        message
      }
    }
  }
`);
