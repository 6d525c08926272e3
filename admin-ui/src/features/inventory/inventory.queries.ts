import { graphql } from '../../gql';

export const WAREHOUSE_FIELDS = graphql(`
  fragment WarehouseFields on Warehouse {
    id
    code
    name
    city
    region
    branch
    pickupPoint
    active
    position
  }
`);

export const WAREHOUSES_QUERY = graphql(`
  query Warehouses {
    warehouses {
      ...WarehouseFields
    }
  }
`);

export const CREATE_WAREHOUSE_MUTATION = graphql(`
  mutation CreateWarehouse($input: WarehouseInput!) {
    createWarehouse(input: $input) {
      ...WarehouseFields
    }
  }
`);

export const UPDATE_WAREHOUSE_MUTATION = graphql(`
  mutation UpdateWarehouse($id: ID!, $input: WarehouseInput!) {
    updateWarehouse(id: $id, input: $input) {
      ...WarehouseFields
    }
  }
`);

export const STOCK_LEVEL_FIELDS = graphql(`
  fragment StockLevelFields on StockLevel {
    onHand
    reserved
    available
    updatedAt
    product {
      id
      sku
      name
      unit {
        code
        shortName
        scale
      }
    }
    warehouse {
      id
      code
      name
      city
    }
  }
`);

export const STOCK_LEVELS_QUERY = graphql(`
  query StockLevels($filter: StockFilterInput, $skip: Int!, $take: Int!) {
    stockLevels(filter: $filter, skip: $skip, take: $take) {
      totalCount
      items {
        ...StockLevelFields
      }
    }
  }
`);

export const ADJUST_STOCK_MUTATION = graphql(`
  mutation AdjustStock($input: StockAdjustmentInput!) {
    adjustStock(input: $input) {
      ...StockLevelFields
    }
  }
`);

export const SUPPLY_FIELDS = graphql(`
  fragment SupplyFields on IncomingSupply {
    id
    quantity
    expectedDate
    status
    note
    externalId
    product {
      id
      sku
      name
      unit {
        code
        shortName
        scale
      }
    }
    warehouse {
      id
      code
      name
    }
  }
`);

export const SUPPLIES_QUERY = graphql(`
  query IncomingSupplies($filter: SupplyFilterInput, $skip: Int!, $take: Int!) {
    incomingSupplies(filter: $filter, skip: $skip, take: $take) {
      totalCount
      items {
        ...SupplyFields
      }
    }
  }
`);

export const CREATE_SUPPLY_MUTATION = graphql(`
  mutation CreateIncomingSupply($input: IncomingSupplyInput!) {
    createIncomingSupply(input: $input) {
      ...SupplyFields
    }
  }
`);

export const UPDATE_SUPPLY_MUTATION = graphql(`
  mutation UpdateIncomingSupply($id: ID!, $input: UpdateIncomingSupplyInput!) {
    updateIncomingSupply(id: $id, input: $input) {
      ...SupplyFields
    }
  }
`);

export const RESERVATIONS_QUERY = graphql(`
  query AdminReservations($filter: AdminReservationFilterInput, $skip: Int!, $take: Int!) {
    reservations(filter: $filter, skip: $skip, take: $take) {
      totalCount
      items {
        id
        quantity
        status
        createdAt
        expiresAt
        endedAt
        secondsLeft
        comment
        reservedBy
        company {
          id
          name
        }
        product {
          id
          sku
          name
          unit {
            code
            shortName
          }
        }
        warehouse {
          id
          code
          name
        }
      }
    }
  }
`);

export const RELEASE_RESERVATION_MUTATION = graphql(`
  mutation ReleaseReservation($id: ID!, $reason: String) {
    releaseReservation(id: $id, reason: $reason) {
      id
      status
      endedAt
      secondsLeft
    }
  }
`);
