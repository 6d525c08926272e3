/** GraphQL documents the order specs share. */
export const SUBMISSION = `id number total vatTotal approvalStatus poNumber comment desiredDate buyerName
  orders { id number status warehouse { id } divisionName sellerName total lineCount nextStatuses
           lines { sku quantity baseQuantity price amount } history { fromStatus toStatus actorKind actorName comment } }`;
export const PLACE = `mutation P($input: PlaceOrderInput!) { placeOrder(input: $input) { __typename
  ... on OrderSubmission { ${SUBMISSION} }
  ... on ErrorResult { errorCode message }
  ... on OrderLinesError { lines { sku problem message requested available } }
  ... on CheckoutRefusedError { field } } }`;
