import { graphql } from '../../gql';

export const SWITCH_CONTRACT_MUTATION = graphql(`
  mutation SwitchContract($contractId: ID!) {
    switchContract(contractId: $contractId) {
      __typename
      ... on ShopSession {
        activeContract {
          id
          number
        }
      }
      ... on NotFoundError {
        errorCode
        message
      }
    }
  }
`);
