/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment SessionFields on ShopSession {\n    user {\n      id\n      email\n      fullName\n    }\n    company {\n      id\n      name\n    }\n    role\n    activeLegalEntity {\n      id\n      name\n      inn\n      kpp\n    }\n    companies {\n      company {\n        id\n        name\n      }\n      role\n      legalEntities {\n        id\n        name\n        inn\n        kpp\n      }\n    }\n    permissions\n    actingStaffUserName\n  }\n": typeof types.SessionFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      ...SessionFields\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      __typename\n      ... on ShopAuthPayload {\n        accessToken\n        expiresAt\n        session {\n          ...SessionFields\n        }\n      }\n      ... on InvalidCredentialsError {\n        errorCode\n        message\n      }\n      ... on TooManyAttemptsError {\n        errorCode\n        message\n        retryAfterSeconds\n      }\n      ... on CompanyBlockedError {\n        errorCode\n        message\n      }\n      ... on CompanyPendingError {\n        errorCode\n        message\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation RefreshAccessToken {\n    refreshAccessToken {\n      __typename\n      ... on ShopAuthPayload {\n        accessToken\n        expiresAt\n        session {\n          ...SessionFields\n        }\n      }\n      ... on InvalidRefreshTokenError {\n        errorCode\n        message\n      }\n    }\n  }\n": typeof types.RefreshAccessTokenDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  mutation SwitchLegalEntity($legalEntityId: ID!) {\n    switchLegalEntity(legalEntityId: $legalEntityId) {\n      __typename\n      ... on ShopSession {\n        activeLegalEntity {\n          id\n          name\n        }\n      }\n      ... on NotFoundError {\n        errorCode\n        message\n      }\n    }\n  }\n": typeof types.SwitchLegalEntityDocument,
};
const documents: Documents = {
    "\n  fragment SessionFields on ShopSession {\n    user {\n      id\n      email\n      fullName\n    }\n    company {\n      id\n      name\n    }\n    role\n    activeLegalEntity {\n      id\n      name\n      inn\n      kpp\n    }\n    companies {\n      company {\n        id\n        name\n      }\n      role\n      legalEntities {\n        id\n        name\n        inn\n        kpp\n      }\n    }\n    permissions\n    actingStaffUserName\n  }\n": types.SessionFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      ...SessionFields\n    }\n  }\n": types.MeDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      __typename\n      ... on ShopAuthPayload {\n        accessToken\n        expiresAt\n        session {\n          ...SessionFields\n        }\n      }\n      ... on InvalidCredentialsError {\n        errorCode\n        message\n      }\n      ... on TooManyAttemptsError {\n        errorCode\n        message\n        retryAfterSeconds\n      }\n      ... on CompanyBlockedError {\n        errorCode\n        message\n      }\n      ... on CompanyPendingError {\n        errorCode\n        message\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation RefreshAccessToken {\n    refreshAccessToken {\n      __typename\n      ... on ShopAuthPayload {\n        accessToken\n        expiresAt\n        session {\n          ...SessionFields\n        }\n      }\n      ... on InvalidRefreshTokenError {\n        errorCode\n        message\n      }\n    }\n  }\n": types.RefreshAccessTokenDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  mutation SwitchLegalEntity($legalEntityId: ID!) {\n    switchLegalEntity(legalEntityId: $legalEntityId) {\n      __typename\n      ... on ShopSession {\n        activeLegalEntity {\n          id\n          name\n        }\n      }\n      ... on NotFoundError {\n        errorCode\n        message\n      }\n    }\n  }\n": types.SwitchLegalEntityDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionFields on ShopSession {\n    user {\n      id\n      email\n      fullName\n    }\n    company {\n      id\n      name\n    }\n    role\n    activeLegalEntity {\n      id\n      name\n      inn\n      kpp\n    }\n    companies {\n      company {\n        id\n        name\n      }\n      role\n      legalEntities {\n        id\n        name\n        inn\n        kpp\n      }\n    }\n    permissions\n    actingStaffUserName\n  }\n"): (typeof documents)["\n  fragment SessionFields on ShopSession {\n    user {\n      id\n      email\n      fullName\n    }\n    company {\n      id\n      name\n    }\n    role\n    activeLegalEntity {\n      id\n      name\n      inn\n      kpp\n    }\n    companies {\n      company {\n        id\n        name\n      }\n      role\n      legalEntities {\n        id\n        name\n        inn\n        kpp\n      }\n    }\n    permissions\n    actingStaffUserName\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      ...SessionFields\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      ...SessionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      __typename\n      ... on ShopAuthPayload {\n        accessToken\n        expiresAt\n        session {\n          ...SessionFields\n        }\n      }\n      ... on InvalidCredentialsError {\n        errorCode\n        message\n      }\n      ... on TooManyAttemptsError {\n        errorCode\n        message\n        retryAfterSeconds\n      }\n      ... on CompanyBlockedError {\n        errorCode\n        message\n      }\n      ... on CompanyPendingError {\n        errorCode\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      __typename\n      ... on ShopAuthPayload {\n        accessToken\n        expiresAt\n        session {\n          ...SessionFields\n        }\n      }\n      ... on InvalidCredentialsError {\n        errorCode\n        message\n      }\n      ... on TooManyAttemptsError {\n        errorCode\n        message\n        retryAfterSeconds\n      }\n      ... on CompanyBlockedError {\n        errorCode\n        message\n      }\n      ... on CompanyPendingError {\n        errorCode\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefreshAccessToken {\n    refreshAccessToken {\n      __typename\n      ... on ShopAuthPayload {\n        accessToken\n        expiresAt\n        session {\n          ...SessionFields\n        }\n      }\n      ... on InvalidRefreshTokenError {\n        errorCode\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RefreshAccessToken {\n    refreshAccessToken {\n      __typename\n      ... on ShopAuthPayload {\n        accessToken\n        expiresAt\n        session {\n          ...SessionFields\n        }\n      }\n      ... on InvalidRefreshTokenError {\n        errorCode\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SwitchLegalEntity($legalEntityId: ID!) {\n    switchLegalEntity(legalEntityId: $legalEntityId) {\n      __typename\n      ... on ShopSession {\n        activeLegalEntity {\n          id\n          name\n        }\n      }\n      ... on NotFoundError {\n        errorCode\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SwitchLegalEntity($legalEntityId: ID!) {\n    switchLegalEntity(legalEntityId: $legalEntityId) {\n      __typename\n      ... on ShopSession {\n        activeLegalEntity {\n          id\n          name\n        }\n      }\n      ... on NotFoundError {\n        errorCode\n        message\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;