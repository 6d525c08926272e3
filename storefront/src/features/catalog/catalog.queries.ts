import { graphql } from '../../gql';

export const CATALOG_TREE_QUERY = graphql(`
  query CatalogTree {
    categories {
      id
      name
      parentId
      depth
      path
      productCount
    }
    warehouses {
      id
      code
      name
      city
      pickupPoint
    }
  }
`);

export const AVAILABILITY_FIELDS = graphql(`
  fragment AvailabilityFields on Availability {
    total
    nextIncomingDate
    byWarehouse {
      warehouseId
      warehouse {
        id
        code
        name
        city
      }
      available
      nextIncoming {
        date
        quantity
      }
    }
  }
`);

export const CATALOG_ROW_FIELDS = graphql(`
  fragment CatalogRowFields on CatalogProduct {
    id
    sku
    name
    summary
    thumbnailUrl
    hasAnalogs
    brand {
      id
      name
    }
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
    availability {
      ...AvailabilityFields
    }
    price {
      ...ProductPriceFields
    }
  }
`);

export const CATALOG_PRODUCTS_QUERY = graphql(`
  query CatalogProducts($filter: CatalogFilterInput, $sort: CatalogSortInput, $skip: Int!, $take: Int!) {
    catalogProducts(filter: $filter, sort: $sort, skip: $skip, take: $take) {
      totalCount
      items {
        ...CatalogRowFields
      }
    }
  }
`);

export const CATALOG_FACETS_QUERY = graphql(`
  query CatalogFacets($filter: CatalogFilterInput) {
    catalogFacets(filter: $filter) {
      totalCount
      inStockCount
      brands {
        brand {
          id
          name
        }
        count
        selected
      }
      warehouses {
        warehouse {
          id
          name
          city
        }
        count
        selected
      }
      attributes {
        attribute {
          id
          code
          name
          type
          unit
        }
        values {
          valueId
          label
          count
          selected
        }
      }
    }
  }
`);

export const SEARCH_SUGGESTIONS_QUERY = graphql(`
  query SearchSuggestions($query: String!, $limit: Int!) {
    searchSuggestions(query: $query, limit: $limit) {
      productId
      sku
      name
      summary
      barcode
      matchedOn
      exact
      thumbnailUrl
      skuHighlights {
        start
        length
      }
      nameHighlights {
        start
        length
      }
    }
  }
`);

export const CATALOG_PRODUCT_QUERY = graphql(`
  query CatalogProductCard($id: ID!) {
    catalogProduct(id: $id) {
      id
      sku
      name
      summary
      imageUrl
      thumbnailUrl
      barcodes
      vatRate
      brand {
        id
        name
      }
      breadcrumbs {
        id
        name
      }
      unit {
        code
        name
        shortName
        scale
      }
      quantityRules {
        step
        minQuantity
        unitScale
      }
      packagings {
        code
        name
        factor
        barcode
      }
      attributes {
        attribute {
          id
          name
        }
        display
      }
      availability {
        ...AvailabilityFields
      }
      price {
        ...ProductPriceFields
      }
      priceExplanation {
        ...PriceExplanationFields
      }
      packagingPrices {
        code
        price
        unitPrice
        currency
      }
      incoming {
        warehouse {
          id
          name
          city
        }
        quantity
        expectedDate
        status
      }
      analogs {
        kind
        note
        product {
          id
          sku
          name
          summary
          thumbnailUrl
          unit {
            shortName
          }
          availability {
            total
          }
        }
      }
    }
  }
`);
