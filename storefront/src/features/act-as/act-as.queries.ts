import { graphql } from '../../gql';

export const REDEEM_ACT_AS_TICKET_MUTATION = graphql(`
  mutation RedeemActAsTicket($ticket: String!) {
    redeemActAsTicket(ticket: $ticket) {
      __typename
      ... on ShopAuthPayload {
        accessToken
        expiresAt
        session {
          ...SessionFields
        }
      }
      ... on InvalidTokenError {
        errorCode
        message
        reason
      }
    }
  }
`);
