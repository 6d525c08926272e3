import { graphql } from '../../gql';

export const SWITCH_LEGAL_ENTITY_MUTATION = graphql(`
  mutation SwitchLegalEntity($legalEntityId: ID!) {
    switchLegalEntity(legalEntityId: $legalEntityId) {
      __typename
      ... on ShopSession {
        activeLegalEntity {
          id
          name
        }
      }
      ... on NotFoundError {
        errorCode
        message
      }
    }
  }
`);
