import { graphql } from '../../gql';

export const CREATE_CONTRACTOR_GROUP_MUTATION = graphql(`
  mutation CreateContractorGroup($input: ContractorGroupInput!) {
    createContractorGroup(input: $input) {
      __typename
      ... on ContractorGroup {
        id
        code
        name
        companyCount
      }
      ... on AlreadyExistsError {
        errorCode
        message
        field
      }
    }
  }
`);

export const UPDATE_CONTRACTOR_GROUP_MUTATION = graphql(`
  mutation UpdateContractorGroup($id: ID!, $input: ContractorGroupInput!) {
    updateContractorGroup(id: $id, input: $input) {
      __typename
      ... on ContractorGroup {
        id
        code
        name
        companyCount
      }
      ... on AlreadyExistsError {
        errorCode
        message
        field
      }
    }
  }
`);

export const DELETE_CONTRACTOR_GROUP_MUTATION = graphql(`
  mutation DeleteContractorGroup($id: ID!) {
    deleteContractorGroup(id: $id) {
      id
    }
  }
`);
