/* eslint-disable */
import * as types from './graphql.js';
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
    "mutation BuildCompany($input: CreateCompanyInput!) {\n  createCompany(input: $input) {\n    company {\n      id\n    }\n  }\n}\n\nmutation BuildContact($input: CreateContactInput!) {\n  createContact(input: $input) {\n    contact {\n      id\n    }\n  }\n}\n\nmutation BuildLead($input: CreateLeadInput!) {\n  createLead(input: $input) {\n    lead {\n      id\n    }\n  }\n}\n\nmutation BuildDeal($input: CreateDealInput!) {\n  createDeal(input: $input) {\n    deal {\n      id\n    }\n  }\n}\n\nmutation BuildActivity($input: CreateActivityInput!) {\n  createActivity(input: $input) {\n    activity {\n      id\n    }\n  }\n}\n\nmutation BuildPipeline($input: CreatePipelineInput!) {\n  createPipeline(input: $input) {\n    pipeline {\n      id\n      stages {\n        id\n      }\n    }\n  }\n}\n\nquery BuildMe {\n  me {\n    id\n  }\n}\n\nquery BuildDefaultPipeline {\n  pipelines(first: 1, filter: {isDefault: {equals: true}}) {\n    edges {\n      node {\n        id\n        stages {\n          id\n          name\n        }\n      }\n    }\n  }\n}": typeof types.BuildCompanyDocument,
    "mutation SmokeCreateContact($input: CreateContactInput!) {\n  createContact(input: $input) {\n    contact {\n      id\n      fullName\n    }\n  }\n}\n\nquery SmokeContacts {\n  contacts(first: 10) {\n    totalCount\n    edges {\n      node {\n        id\n        fullName\n      }\n    }\n  }\n}": typeof types.SmokeCreateContactDocument,
};
const documents: Documents = {
    "mutation BuildCompany($input: CreateCompanyInput!) {\n  createCompany(input: $input) {\n    company {\n      id\n    }\n  }\n}\n\nmutation BuildContact($input: CreateContactInput!) {\n  createContact(input: $input) {\n    contact {\n      id\n    }\n  }\n}\n\nmutation BuildLead($input: CreateLeadInput!) {\n  createLead(input: $input) {\n    lead {\n      id\n    }\n  }\n}\n\nmutation BuildDeal($input: CreateDealInput!) {\n  createDeal(input: $input) {\n    deal {\n      id\n    }\n  }\n}\n\nmutation BuildActivity($input: CreateActivityInput!) {\n  createActivity(input: $input) {\n    activity {\n      id\n    }\n  }\n}\n\nmutation BuildPipeline($input: CreatePipelineInput!) {\n  createPipeline(input: $input) {\n    pipeline {\n      id\n      stages {\n        id\n      }\n    }\n  }\n}\n\nquery BuildMe {\n  me {\n    id\n  }\n}\n\nquery BuildDefaultPipeline {\n  pipelines(first: 1, filter: {isDefault: {equals: true}}) {\n    edges {\n      node {\n        id\n        stages {\n          id\n          name\n        }\n      }\n    }\n  }\n}": types.BuildCompanyDocument,
    "mutation SmokeCreateContact($input: CreateContactInput!) {\n  createContact(input: $input) {\n    contact {\n      id\n      fullName\n    }\n  }\n}\n\nquery SmokeContacts {\n  contacts(first: 10) {\n    totalCount\n    edges {\n      node {\n        id\n        fullName\n      }\n    }\n  }\n}": types.SmokeCreateContactDocument,
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
export function graphql(source: "mutation BuildCompany($input: CreateCompanyInput!) {\n  createCompany(input: $input) {\n    company {\n      id\n    }\n  }\n}\n\nmutation BuildContact($input: CreateContactInput!) {\n  createContact(input: $input) {\n    contact {\n      id\n    }\n  }\n}\n\nmutation BuildLead($input: CreateLeadInput!) {\n  createLead(input: $input) {\n    lead {\n      id\n    }\n  }\n}\n\nmutation BuildDeal($input: CreateDealInput!) {\n  createDeal(input: $input) {\n    deal {\n      id\n    }\n  }\n}\n\nmutation BuildActivity($input: CreateActivityInput!) {\n  createActivity(input: $input) {\n    activity {\n      id\n    }\n  }\n}\n\nmutation BuildPipeline($input: CreatePipelineInput!) {\n  createPipeline(input: $input) {\n    pipeline {\n      id\n      stages {\n        id\n      }\n    }\n  }\n}\n\nquery BuildMe {\n  me {\n    id\n  }\n}\n\nquery BuildDefaultPipeline {\n  pipelines(first: 1, filter: {isDefault: {equals: true}}) {\n    edges {\n      node {\n        id\n        stages {\n          id\n          name\n        }\n      }\n    }\n  }\n}"): (typeof documents)["mutation BuildCompany($input: CreateCompanyInput!) {\n  createCompany(input: $input) {\n    company {\n      id\n    }\n  }\n}\n\nmutation BuildContact($input: CreateContactInput!) {\n  createContact(input: $input) {\n    contact {\n      id\n    }\n  }\n}\n\nmutation BuildLead($input: CreateLeadInput!) {\n  createLead(input: $input) {\n    lead {\n      id\n    }\n  }\n}\n\nmutation BuildDeal($input: CreateDealInput!) {\n  createDeal(input: $input) {\n    deal {\n      id\n    }\n  }\n}\n\nmutation BuildActivity($input: CreateActivityInput!) {\n  createActivity(input: $input) {\n    activity {\n      id\n    }\n  }\n}\n\nmutation BuildPipeline($input: CreatePipelineInput!) {\n  createPipeline(input: $input) {\n    pipeline {\n      id\n      stages {\n        id\n      }\n    }\n  }\n}\n\nquery BuildMe {\n  me {\n    id\n  }\n}\n\nquery BuildDefaultPipeline {\n  pipelines(first: 1, filter: {isDefault: {equals: true}}) {\n    edges {\n      node {\n        id\n        stages {\n          id\n          name\n        }\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SmokeCreateContact($input: CreateContactInput!) {\n  createContact(input: $input) {\n    contact {\n      id\n      fullName\n    }\n  }\n}\n\nquery SmokeContacts {\n  contacts(first: 10) {\n    totalCount\n    edges {\n      node {\n        id\n        fullName\n      }\n    }\n  }\n}"): (typeof documents)["mutation SmokeCreateContact($input: CreateContactInput!) {\n  createContact(input: $input) {\n    contact {\n      id\n      fullName\n    }\n  }\n}\n\nquery SmokeContacts {\n  contacts(first: 10) {\n    totalCount\n    edges {\n      node {\n        id\n        fullName\n      }\n    }\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;