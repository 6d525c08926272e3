import { graphql } from '../../gql';

export const CATEGORY_FIELDS = graphql(`
  fragment CategoryFields on AdminCategory {
    id
    name
    parentId
    path
    depth
    position
    active
    externalId
    productCount
  }
`);

export const CATEGORIES_QUERY = graphql(`
  query Categories {
    categories {
      ...CategoryFields
    }
  }
`);

export const CREATE_CATEGORY_MUTATION = graphql(`
  mutation CreateCategory($input: CategoryInput!) {
    createCategory(input: $input) {
      ...CategoryFields
    }
  }
`);

export const UPDATE_CATEGORY_MUTATION = graphql(`
  mutation UpdateCategory($id: ID!, $input: UpdateCategoryInput!) {
    updateCategory(id: $id, input: $input) {
      ...CategoryFields
    }
  }
`);

export const MOVE_CATEGORY_MUTATION = graphql(`
  mutation MoveCategory($id: ID!, $parentId: ID, $position: Int!) {
    moveCategory(id: $id, parentId: $parentId, position: $position) {
      ...CategoryFields
    }
  }
`);

export const DELETE_CATEGORY_MUTATION = graphql(`
  mutation DeleteCategory($id: ID!) {
    deleteCategory(id: $id)
  }
`);

export const BRAND_FIELDS = graphql(`
  fragment BrandFields on AdminBrand {
    id
    name
    externalId
    productCount
  }
`);

export const BRANDS_QUERY = graphql(`
  query Brands {
    brands {
      ...BrandFields
    }
  }
`);

export const CREATE_BRAND_MUTATION = graphql(`
  mutation CreateBrand($input: BrandInput!) {
    createBrand(input: $input) {
      ...BrandFields
    }
  }
`);

export const UPDATE_BRAND_MUTATION = graphql(`
  mutation UpdateBrand($id: ID!, $input: BrandInput!) {
    updateBrand(id: $id, input: $input) {
      ...BrandFields
    }
  }
`);

export const DELETE_BRAND_MUTATION = graphql(`
  mutation DeleteBrand($id: ID!) {
    deleteBrand(id: $id)
  }
`);

export const ATTRIBUTE_FIELDS = graphql(`
  fragment AttributeFields on AdminAttributeDefinition {
    id
    code
    name
    type
    unit
    filterable
    position
    options {
      id
      code
      label
    }
  }
`);

export const ATTRIBUTES_QUERY = graphql(`
  query AttributeDefinitions {
    attributeDefinitions {
      ...AttributeFields
    }
  }
`);

export const CREATE_ATTRIBUTE_MUTATION = graphql(`
  mutation CreateAttributeDefinition($input: AttributeDefinitionInput!) {
    createAttributeDefinition(input: $input) {
      ...AttributeFields
    }
  }
`);

export const UPDATE_ATTRIBUTE_MUTATION = graphql(`
  mutation UpdateAttributeDefinition($id: ID!, $input: UpdateAttributeDefinitionInput!) {
    updateAttributeDefinition(id: $id, input: $input) {
      ...AttributeFields
    }
  }
`);

export const DELETE_ATTRIBUTE_MUTATION = graphql(`
  mutation DeleteAttributeDefinition($id: ID!) {
    deleteAttributeDefinition(id: $id)
  }
`);

export const UNITS_QUERY = graphql(`
  query Units {
    units {
      code
      name
      shortName
      scale
    }
  }
`);

export const PRODUCT_ROW_FIELDS = graphql(`
  fragment ProductRowFields on AdminProduct {
    id
    sku
    name
    summary
    active
    categoryId
    categoryName
    thumbnailUrl
    brand {
      id
      name
    }
    unit {
      code
      shortName
    }
    orderStep
    minOrderQuantity
    packagings {
      code
      name
      factor
    }
    updatedAt
  }
`);

export const PRODUCTS_QUERY = graphql(`
  query AdminProducts($filter: AdminProductFilterInput, $skip: Int!, $take: Int!) {
    products(filter: $filter, skip: $skip, take: $take) {
      totalCount
      items {
        ...ProductRowFields
      }
    }
  }
`);

export const PRODUCT_FIELDS = graphql(`
  fragment ProductFields on AdminProduct {
    ...ProductRowFields
    externalId
    barcodes
    vatRate
    imageUrl
    unit {
      code
      name
      shortName
      scale
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
        code
        name
        type
        unit
      }
      text
      number
      boolean
      display
      valueId
    }
    analogs {
      productId
      sku
      name
      kind
      note
    }
  }
`);

export const PRODUCT_QUERY = graphql(`
  query AdminProduct($id: ID!) {
    product(id: $id) {
      ...ProductFields
    }
  }
`);

/** Analog search: products by SKU or name. */
export const PRODUCT_OPTIONS_QUERY = graphql(`
  query ProductOptions($search: String) {
    products(filter: { search: $search }, take: 20) {
      items {
        id
        sku
        name
        unit {
          code
          shortName
          scale
        }
      }
    }
  }
`);

export const CREATE_PRODUCT_MUTATION = graphql(`
  mutation CreateProduct($input: ProductInput!) {
    createProduct(input: $input) {
      ...ProductFields
    }
  }
`);

export const UPDATE_PRODUCT_MUTATION = graphql(`
  mutation UpdateProduct($id: ID!, $input: ProductInput!) {
    updateProduct(id: $id, input: $input) {
      ...ProductFields
    }
  }
`);
