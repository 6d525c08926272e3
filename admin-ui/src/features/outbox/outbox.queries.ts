import { graphql } from '../../gql';

export const OUTBOX_EMAIL_FIELDS = graphql(`
  fragment OutboxEmailFields on OutboxEmail {
    id
    createdAt
    to
    toName
    subject
    template
    locale
    status
    attempts
    sentAt
    lastError
    companyId
    # Small plain-text and HTML bodies: the preview shows them without another round trip.
    textBody
    htmlBody
  }
`);

export const EMAIL_OUTBOX_QUERY = graphql(`
  query EmailOutbox($filter: OutboxFilterInput, $skip: Int!, $take: Int!) {
    emailOutbox(filter: $filter, skip: $skip, take: $take) {
      totalCount
      items {
        ...OutboxEmailFields
      }
    }
  }
`);

export const RETRY_EMAIL_MUTATION = graphql(`
  mutation RetryEmail($id: ID!) {
    retryEmail(id: $id) {
      ...OutboxEmailFields
    }
  }
`);
