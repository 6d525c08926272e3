import { graphql } from '../../gql';

export const LISTS_PAGE_QUERY = graphql(`
  query ListsPage {
    shortLists {
      id
      name
      shared
      mine
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
