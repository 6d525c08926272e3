import { graphql } from '../../gql';

export const ACT_AS_SESSIONS_QUERY = graphql(`
  query ActAsSessions {
    actAsSessions {
      id
      staffName
      staffUserId
      buyerName
      buyerEmail
      buyerUserId
      companyId
      companyName
      startedAt
      expiresAt
    }
  }
`);

export const END_ACT_AS_SESSION_MUTATION = graphql(`
  mutation EndActAsSession($id: ID!) {
    endActAsSession(id: $id)
  }
`);
