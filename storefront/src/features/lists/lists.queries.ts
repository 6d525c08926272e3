import { graphql } from '../../gql';

export const LISTS_PAGE_QUERY = graphql(`
  query ListsPage {
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
    orderTemplates {
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

export const ADD_SHORT_LIST_TO_CART_MUTATION = graphql(`
  mutation AddShortListToCart($id: ID!) {
    addShortListToCart(id: $id) {
      applied
      rowErrors {
        row
        message
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

export const APPLY_TEMPLATE_MUTATION = graphql(`
  mutation ApplyOrderTemplate($id: ID!) {
    applyOrderTemplate(id: $id, mode: ADD) {
      applied
      rowErrors {
        row
        message
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

export const UPDATE_SHORT_LIST_MUTATION = graphql(`
  mutation UpdateShortList($id: ID!, $shared: Boolean) {
    updateShortList(id: $id, shared: $shared) {
      id
      shared
    }
  }
`);

export const DELETE_SHORT_LIST_MUTATION = graphql(`
  mutation DeleteShortList($id: ID!) {
    deleteShortList(id: $id)
  }
`);

export const DELETE_TEMPLATE_MUTATION = graphql(`
  mutation DeleteOrderTemplate($id: ID!) {
    deleteOrderTemplate(id: $id)
  }
`);

export const SAVE_TEMPLATE_MUTATION = graphql(`
  mutation SaveCartAsTemplate($input: SaveTemplateInput!) {
    saveCartAsTemplate(input: $input) {
      id
    }
  }
`);

export const SHORT_LIST_FIELDS = graphql(`
  fragment ShortListFields on ShortList {
    id
    name
    shared
    mine
    editable
    ownerName
    itemCount
    updatedAt
    items {
      id
      packagingCode
      quantity
      product {
        id
        sku
        name
        active
        unit {
          code
          shortName
        }
      }
    }
  }
`);

export const SHORT_LIST_QUERY = graphql(`
  query ShortList($id: ID!) {
    shortList(id: $id) {
      ...ShortListFields
    }
  }
`);

export const SHORT_LIST_CHANGE_FIELDS = graphql(`
  fragment ShortListChangeFields on ShortListChange {
    applied
    rowErrors {
      row
      field
      errorCode
      message
      key
    }
    adjustments {
      row
      message
      baseQuantity
    }
    unknownSkus {
      row
      sku
      suggestions
    }
    list {
      ...ShortListFields
    }
  }
`);

export const UPDATE_SHORT_LIST_ITEMS_MUTATION = graphql(`
  mutation UpdateShortListItems($id: ID!, $input: UpdateShortListItemsInput!) {
    updateShortListItems(id: $id, input: $input) {
      ...ShortListChangeFields
    }
  }
`);

export const ADD_SHORT_LIST_SKUS_MUTATION = graphql(`
  mutation AddShortListItemsBySku($id: ID!, $input: AddShortListSkusInput!) {
    addShortListItemsBySku(id: $id, input: $input) {
      ...ShortListChangeFields
    }
  }
`);

export const RENAME_SHORT_LIST_MUTATION = graphql(`
  mutation RenameShortList($id: ID!, $name: String!) {
    updateShortList(id: $id, name: $name) {
      ...ShortListFields
    }
  }
`);

export const REMOVE_FROM_SHORT_LIST_MUTATION = graphql(`
  mutation RemoveFromShortList($id: ID!, $itemIds: [ID!]!) {
    removeFromShortList(id: $id, itemIds: $itemIds) {
      ...ShortListFields
    }
  }
`);
