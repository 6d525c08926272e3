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
    "\n  query ActAsSessions {\n    actAsSessions {\n      id\n      staffName\n      staffUserId\n      buyerName\n      buyerEmail\n      buyerUserId\n      companyId\n      companyName\n      startedAt\n      expiresAt\n    }\n  }\n": typeof types.ActAsSessionsDocument,
    "\n  mutation EndActAsSession($id: ID!) {\n    endActAsSession(id: $id)\n  }\n": typeof types.EndActAsSessionDocument,
    "\n  fragment ApiKeyFields on ApiKey {\n    id\n    name\n    prefix\n    scopes\n    createdAt\n    lastUsedAt\n    revokedAt\n    createdBy {\n      id\n      fullName\n    }\n  }\n": typeof types.ApiKeyFieldsFragmentDoc,
    "\n  query ApiKeys {\n    apiKeys {\n      ...ApiKeyFields\n    }\n  }\n": typeof types.ApiKeysDocument,
    "\n  query ApiKeyScopes {\n    apiKeyScopes\n  }\n": typeof types.ApiKeyScopesDocument,
    "\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey {\n        ...ApiKeyFields\n      }\n    }\n  }\n": typeof types.CreateApiKeyDocument,
    "\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      ...ApiKeyFields\n    }\n  }\n": typeof types.RevokeApiKeyDocument,
    "\n  query AuditEvents($filter: AuditFilterInput, $skip: Int!, $take: Int!) {\n    auditEvents(filter: $filter, skip: $skip, take: $take) {\n      totalCount\n      items {\n        id\n        at\n        action\n        actorKind\n        staffUserId\n        staffUserName\n        buyerUserId\n        buyerUserName\n        apiKeyName\n        actingStaffUserName\n        companyId\n        companyName\n        entityType\n        entityId\n        reason\n        before\n        after\n      }\n    }\n  }\n": typeof types.AuditEventsDocument,
    "\n  fragment SessionFields on AdminSession {\n    kind\n    staffUser {\n      id\n      email\n      fullName\n      role\n    }\n    apiKey {\n      id\n      name\n    }\n    permissions\n  }\n": typeof types.SessionFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      ...SessionFields\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      __typename\n      ... on AdminAuthPayload {\n        accessToken\n        expiresAt\n        session {\n          ...SessionFields\n        }\n      }\n      ... on InvalidCredentialsError {\n        errorCode\n        message\n      }\n      ... on TooManyAttemptsError {\n        errorCode\n        message\n        retryAfterSeconds\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation RefreshAccessToken {\n    refreshAccessToken {\n      __typename\n      ... on AdminAuthPayload {\n        accessToken\n        expiresAt\n        session {\n          ...SessionFields\n        }\n      }\n      ... on InvalidRefreshTokenError {\n        errorCode\n        message\n      }\n    }\n  }\n": typeof types.RefreshAccessTokenDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input) {\n      __typename\n      ... on TooManyAttemptsError {\n        errorCode\n        message\n        retryAfterSeconds\n      }\n    }\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation SetPassword($input: SetPasswordInput!) {\n    setPassword(input: $input) {\n      __typename\n      ... on PasswordSet {\n        email\n      }\n      ... on InvalidTokenError {\n        errorCode\n        message\n        reason\n      }\n    }\n  }\n": typeof types.SetPasswordDocument,
    "\n  fragment CategoryFields on AdminCategory {\n    id\n    name\n    parentId\n    path\n    depth\n    position\n    active\n    externalId\n    productCount\n  }\n": typeof types.CategoryFieldsFragmentDoc,
    "\n  query Categories {\n    categories {\n      ...CategoryFields\n    }\n  }\n": typeof types.CategoriesDocument,
    "\n  mutation CreateCategory($input: CategoryInput!) {\n    createCategory(input: $input) {\n      ...CategoryFields\n    }\n  }\n": typeof types.CreateCategoryDocument,
    "\n  mutation UpdateCategory($id: ID!, $input: UpdateCategoryInput!) {\n    updateCategory(id: $id, input: $input) {\n      ...CategoryFields\n    }\n  }\n": typeof types.UpdateCategoryDocument,
    "\n  mutation MoveCategory($id: ID!, $parentId: ID, $position: Int!) {\n    moveCategory(id: $id, parentId: $parentId, position: $position) {\n      ...CategoryFields\n    }\n  }\n": typeof types.MoveCategoryDocument,
    "\n  mutation DeleteCategory($id: ID!) {\n    deleteCategory(id: $id)\n  }\n": typeof types.DeleteCategoryDocument,
    "\n  fragment BrandFields on AdminBrand {\n    id\n    name\n    externalId\n    productCount\n  }\n": typeof types.BrandFieldsFragmentDoc,
    "\n  query Brands {\n    brands {\n      ...BrandFields\n    }\n  }\n": typeof types.BrandsDocument,
    "\n  mutation CreateBrand($input: BrandInput!) {\n    createBrand(input: $input) {\n      ...BrandFields\n    }\n  }\n": typeof types.CreateBrandDocument,
    "\n  mutation UpdateBrand($id: ID!, $input: BrandInput!) {\n    updateBrand(id: $id, input: $input) {\n      ...BrandFields\n    }\n  }\n": typeof types.UpdateBrandDocument,
    "\n  mutation DeleteBrand($id: ID!) {\n    deleteBrand(id: $id)\n  }\n": typeof types.DeleteBrandDocument,
    "\n  fragment AttributeFields on AdminAttributeDefinition {\n    id\n    code\n    name\n    type\n    unit\n    filterable\n    position\n    options {\n      id\n      code\n      label\n    }\n  }\n": typeof types.AttributeFieldsFragmentDoc,
    "\n  query AttributeDefinitions {\n    attributeDefinitions {\n      ...AttributeFields\n    }\n  }\n": typeof types.AttributeDefinitionsDocument,
    "\n  mutation CreateAttributeDefinition($input: AttributeDefinitionInput!) {\n    createAttributeDefinition(input: $input) {\n      ...AttributeFields\n    }\n  }\n": typeof types.CreateAttributeDefinitionDocument,
    "\n  mutation UpdateAttributeDefinition($id: ID!, $input: UpdateAttributeDefinitionInput!) {\n    updateAttributeDefinition(id: $id, input: $input) {\n      ...AttributeFields\n    }\n  }\n": typeof types.UpdateAttributeDefinitionDocument,
    "\n  mutation DeleteAttributeDefinition($id: ID!) {\n    deleteAttributeDefinition(id: $id)\n  }\n": typeof types.DeleteAttributeDefinitionDocument,
    "\n  query Units {\n    units {\n      code\n      name\n      shortName\n      scale\n    }\n  }\n": typeof types.UnitsDocument,
    "\n  fragment ProductRowFields on AdminProduct {\n    id\n    sku\n    name\n    summary\n    active\n    categoryId\n    categoryName\n    thumbnailUrl\n    brand {\n      id\n      name\n    }\n    unit {\n      code\n      shortName\n    }\n    orderStep\n    minOrderQuantity\n    packagings {\n      code\n      name\n      factor\n    }\n    updatedAt\n  }\n": typeof types.ProductRowFieldsFragmentDoc,
    "\n  query AdminProducts($filter: AdminProductFilterInput, $skip: Int!, $take: Int!) {\n    products(filter: $filter, skip: $skip, take: $take) {\n      totalCount\n      items {\n        ...ProductRowFields\n      }\n    }\n  }\n": typeof types.AdminProductsDocument,
    "\n  fragment ProductFields on AdminProduct {\n    ...ProductRowFields\n    externalId\n    barcodes\n    vatRate\n    imageUrl\n    unit {\n      code\n      name\n      shortName\n      scale\n    }\n    packagings {\n      code\n      name\n      factor\n      barcode\n    }\n    attributes {\n      attribute {\n        id\n        code\n        name\n        type\n        unit\n      }\n      text\n      number\n      boolean\n      display\n      valueId\n    }\n    analogs {\n      productId\n      sku\n      name\n      kind\n      note\n    }\n  }\n": typeof types.ProductFieldsFragmentDoc,
    "\n  query AdminProduct($id: ID!) {\n    product(id: $id) {\n      ...ProductFields\n    }\n  }\n": typeof types.AdminProductDocument,
    "\n  query ProductOptions($search: String) {\n    products(filter: { search: $search }, take: 20) {\n      items {\n        id\n        sku\n        name\n        unit {\n          code\n          shortName\n          scale\n        }\n      }\n    }\n  }\n": typeof types.ProductOptionsDocument,
    "\n  mutation CreateProduct($input: ProductInput!) {\n    createProduct(input: $input) {\n      ...ProductFields\n    }\n  }\n": typeof types.CreateProductDocument,
    "\n  mutation UpdateProduct($id: ID!, $input: ProductInput!) {\n    updateProduct(id: $id, input: $input) {\n      ...ProductFields\n    }\n  }\n": typeof types.UpdateProductDocument,
    "\n  fragment StaffRefFields on StaffUser {\n    id\n    fullName\n    email\n    role\n    active\n  }\n": typeof types.StaffRefFieldsFragmentDoc,
    "\n  fragment CompanyRowFields on ClientCompany {\n    id\n    name\n    status\n    updatedAt\n    manager {\n      ...StaffRefFields\n    }\n    groups {\n      id\n      code\n      name\n    }\n    legalEntities {\n      id\n      name\n      inn\n      kpp\n    }\n  }\n": typeof types.CompanyRowFieldsFragmentDoc,
    "\n  query Companies($filter: CompaniesFilterInput, $skip: Int!, $take: Int!) {\n    companies(filter: $filter, skip: $skip, take: $take) {\n      totalCount\n      items {\n        ...CompanyRowFields\n      }\n    }\n  }\n": typeof types.CompaniesDocument,
    "\n  query CompanyOptions($search: String) {\n    companies(filter: { search: $search }, take: 20) {\n      items {\n        id\n        name\n        status\n        legalEntities {\n          id\n          inn\n        }\n      }\n    }\n  }\n": typeof types.CompanyOptionsDocument,
    "\n  fragment ClientContractFields on ClientContract {\n    id\n    legalEntityId\n    number\n    date\n    currency\n    paymentTerms\n    deferralDays\n    creditLimit\n    validFrom\n    validTo\n    status\n    isDefault\n    basePriceTypeId\n    externalId\n    updatedAt\n  }\n": typeof types.ClientContractFieldsFragmentDoc,
    "\n  fragment ClientLegalEntityFields on ClientLegalEntity {\n    id\n    companyId\n    name\n    fullName\n    inn\n    kpp\n    ogrn\n    legalAddress\n    postalAddress\n    bankName\n    bik\n    correspondentAccount\n    settlementAccount\n    externalId\n    basePriceTypeId\n    updatedAt\n    contracts {\n      ...ClientContractFields\n    }\n  }\n": typeof types.ClientLegalEntityFieldsFragmentDoc,
    "\n  fragment AdminCompanyUserFields on CompanyUser {\n    id\n    fullName\n    email\n    phone\n    role\n    active\n    invitationPending\n    lastLoginAt\n    orderLimit\n    monthlyLimit\n  }\n": typeof types.AdminCompanyUserFieldsFragmentDoc,
    "\n  fragment DeliveryAddressFields on DeliveryAddress {\n    id\n    label\n    address\n    contactName\n    contactPhone\n    comment\n  }\n": typeof types.DeliveryAddressFieldsFragmentDoc,
    "\n  fragment CompanyFields on ClientCompany {\n    ...CompanyRowFields\n    notes\n    externalId\n    basePriceTypeId\n    blockedReason\n    createdAt\n    legalEntities {\n      ...ClientLegalEntityFields\n    }\n    users {\n      ...AdminCompanyUserFields\n    }\n    deliveryAddresses {\n      ...DeliveryAddressFields\n    }\n  }\n": typeof types.CompanyFieldsFragmentDoc,
    "\n  query Company($id: ID!) {\n    company(id: $id) {\n      ...CompanyFields\n    }\n  }\n": typeof types.CompanyDocument,
    "\n  query ContractorGroups {\n    contractorGroups {\n      id\n      code\n      name\n      companyCount\n    }\n  }\n": typeof types.ContractorGroupsDocument,
    "\n  query ManagerOptions {\n    staffUsers(active: true, take: 500) {\n      items {\n        ...StaffRefFields\n      }\n    }\n  }\n": typeof types.ManagerOptionsDocument,
    "\n  mutation CreateCompany($input: CreateCompanyInput!) {\n    createCompany(input: $input) {\n      __typename\n      ... on ClientCompany {\n        id\n        name\n      }\n      ... on AlreadyExistsError {\n        errorCode\n        message\n        field\n      }\n    }\n  }\n": typeof types.CreateCompanyDocument,
    "\n  mutation UpdateCompany($id: ID!, $input: UpdateCompanyInput!) {\n    updateCompany(id: $id, input: $input) {\n      __typename\n      ... on ClientCompany {\n        ...CompanyFields\n      }\n      ... on AlreadyExistsError {\n        errorCode\n        message\n        field\n      }\n    }\n  }\n": typeof types.UpdateCompanyDocument,
    "\n  mutation SetCompanyStatus($id: ID!, $status: CompanyStatus!, $reason: String) {\n    setCompanyStatus(id: $id, status: $status, reason: $reason) {\n      ...CompanyFields\n    }\n  }\n": typeof types.SetCompanyStatusDocument,
    "\n  mutation SetCompanyManager($id: ID!, $managerId: ID) {\n    setCompanyManager(id: $id, managerId: $managerId) {\n      ...CompanyFields\n    }\n  }\n": typeof types.SetCompanyManagerDocument,
    "\n  mutation SetCompanyGroups($id: ID!, $groupIds: [ID!]!) {\n    setCompanyGroups(id: $id, groupIds: $groupIds) {\n      ...CompanyFields\n    }\n  }\n": typeof types.SetCompanyGroupsDocument,
    "\n  mutation CreateLegalEntity($companyId: ID!, $input: LegalEntityInput!) {\n    createLegalEntity(companyId: $companyId, input: $input) {\n      __typename\n      ... on ClientLegalEntity {\n        ...ClientLegalEntityFields\n      }\n      ... on AlreadyExistsError {\n        errorCode\n        message\n        field\n      }\n    }\n  }\n": typeof types.CreateLegalEntityDocument,
    "\n  mutation UpdateLegalEntity($id: ID!, $input: LegalEntityInput!) {\n    updateLegalEntity(id: $id, input: $input) {\n      __typename\n      ... on ClientLegalEntity {\n        ...ClientLegalEntityFields\n      }\n      ... on AlreadyExistsError {\n        errorCode\n        message\n        field\n      }\n    }\n  }\n": typeof types.UpdateLegalEntityDocument,
    "\n  mutation DeleteLegalEntity($id: ID!) {\n    deleteLegalEntity(id: $id) {\n      __typename\n      ... on Deleted {\n        id\n      }\n      ... on InUseError {\n        errorCode\n        message\n      }\n    }\n  }\n": typeof types.DeleteLegalEntityDocument,
    "\n  mutation CreateContract($legalEntityId: ID!, $input: ContractInput!) {\n    createContract(legalEntityId: $legalEntityId, input: $input) {\n      __typename\n      ... on ClientContract {\n        ...ClientContractFields\n      }\n      ... on AlreadyExistsError {\n        errorCode\n        message\n        field\n      }\n    }\n  }\n": typeof types.CreateContractDocument,
    "\n  mutation UpdateContract($id: ID!, $input: ContractInput!) {\n    updateContract(id: $id, input: $input) {\n      __typename\n      ... on ClientContract {\n        ...ClientContractFields\n      }\n      ... on AlreadyExistsError {\n        errorCode\n        message\n        field\n      }\n    }\n  }\n": typeof types.UpdateContractDocument,
    "\n  mutation DeleteContract($id: ID!) {\n    deleteContract(id: $id) {\n      id\n    }\n  }\n": typeof types.DeleteContractDocument,
    "\n  mutation CreateDeliveryAddress($companyId: ID!, $input: DeliveryAddressInput!) {\n    createDeliveryAddress(companyId: $companyId, input: $input) {\n      ...DeliveryAddressFields\n    }\n  }\n": typeof types.CreateDeliveryAddressDocument,
    "\n  mutation UpdateDeliveryAddress($id: ID!, $input: DeliveryAddressInput!) {\n    updateDeliveryAddress(id: $id, input: $input) {\n      ...DeliveryAddressFields\n    }\n  }\n": typeof types.UpdateDeliveryAddressDocument,
    "\n  mutation DeleteDeliveryAddress($id: ID!) {\n    deleteDeliveryAddress(id: $id) {\n      id\n    }\n  }\n": typeof types.DeleteDeliveryAddressDocument,
    "\n  mutation InviteClientUser($companyId: ID!, $input: InviteUserInput!) {\n    inviteClientUser(companyId: $companyId, input: $input) {\n      __typename\n      ... on CompanyUser {\n        id\n      }\n      ... on AlreadyMemberError {\n        errorCode\n        message\n      }\n    }\n  }\n": typeof types.InviteClientUserDocument,
    "\n  mutation SetClientUserRole($companyId: ID!, $userId: ID!, $role: BuyerRole!) {\n    setClientUserRole(companyId: $companyId, userId: $userId, role: $role) {\n      __typename\n      ... on ErrorResult {\n        errorCode\n        message\n      }\n    }\n  }\n": typeof types.SetClientUserRoleDocument,
    "\n  mutation SetClientUserLimits($companyId: ID!, $userId: ID!, $limits: UserLimitsInput!) {\n    setClientUserLimits(companyId: $companyId, userId: $userId, limits: $limits) {\n      __typename\n      ... on ErrorResult {\n        errorCode\n        message\n      }\n    }\n  }\n": typeof types.SetClientUserLimitsDocument,
    "\n  mutation SetClientUserActive($companyId: ID!, $userId: ID!, $active: Boolean!) {\n    setClientUserActive(companyId: $companyId, userId: $userId, active: $active) {\n      __typename\n      ... on ErrorResult {\n        errorCode\n        message\n      }\n    }\n  }\n": typeof types.SetClientUserActiveDocument,
    "\n  mutation StartActAsBuyer($companyId: ID!, $buyerUserId: ID!) {\n    startActAsBuyer(companyId: $companyId, buyerUserId: $buyerUserId) {\n      __typename\n      ... on ActAsTicket {\n        url\n        expiresAt\n      }\n      ... on NotActiveError {\n        errorCode\n        message\n      }\n    }\n  }\n": typeof types.StartActAsBuyerDocument,
    "\n  mutation CreateContractorGroup($input: ContractorGroupInput!) {\n    createContractorGroup(input: $input) {\n      __typename\n      ... on ContractorGroup {\n        id\n        code\n        name\n        companyCount\n      }\n      ... on AlreadyExistsError {\n        errorCode\n        message\n        field\n      }\n    }\n  }\n": typeof types.CreateContractorGroupDocument,
    "\n  mutation UpdateContractorGroup($id: ID!, $input: ContractorGroupInput!) {\n    updateContractorGroup(id: $id, input: $input) {\n      __typename\n      ... on ContractorGroup {\n        id\n        code\n        name\n        companyCount\n      }\n      ... on AlreadyExistsError {\n        errorCode\n        message\n        field\n      }\n    }\n  }\n": typeof types.UpdateContractorGroupDocument,
    "\n  mutation DeleteContractorGroup($id: ID!) {\n    deleteContractorGroup(id: $id) {\n      id\n    }\n  }\n": typeof types.DeleteContractorGroupDocument,
    "\n  fragment WarehouseFields on Warehouse {\n    id\n    code\n    name\n    city\n    region\n    branch\n    pickupPoint\n    active\n    position\n  }\n": typeof types.WarehouseFieldsFragmentDoc,
    "\n  query Warehouses {\n    warehouses {\n      ...WarehouseFields\n    }\n  }\n": typeof types.WarehousesDocument,
    "\n  mutation CreateWarehouse($input: WarehouseInput!) {\n    createWarehouse(input: $input) {\n      ...WarehouseFields\n    }\n  }\n": typeof types.CreateWarehouseDocument,
    "\n  mutation UpdateWarehouse($id: ID!, $input: WarehouseInput!) {\n    updateWarehouse(id: $id, input: $input) {\n      ...WarehouseFields\n    }\n  }\n": typeof types.UpdateWarehouseDocument,
    "\n  fragment StockLevelFields on StockLevel {\n    onHand\n    reserved\n    available\n    updatedAt\n    product {\n      id\n      sku\n      name\n      unit {\n        code\n        shortName\n        scale\n      }\n    }\n    warehouse {\n      id\n      code\n      name\n      city\n    }\n  }\n": typeof types.StockLevelFieldsFragmentDoc,
    "\n  query StockLevels($filter: StockFilterInput, $skip: Int!, $take: Int!) {\n    stockLevels(filter: $filter, skip: $skip, take: $take) {\n      totalCount\n      items {\n        ...StockLevelFields\n      }\n    }\n  }\n": typeof types.StockLevelsDocument,
    "\n  mutation AdjustStock($input: StockAdjustmentInput!) {\n    adjustStock(input: $input) {\n      ...StockLevelFields\n    }\n  }\n": typeof types.AdjustStockDocument,
    "\n  fragment SupplyFields on IncomingSupply {\n    id\n    quantity\n    expectedDate\n    status\n    note\n    externalId\n    product {\n      id\n      sku\n      name\n      unit {\n        code\n        shortName\n        scale\n      }\n    }\n    warehouse {\n      id\n      code\n      name\n    }\n  }\n": typeof types.SupplyFieldsFragmentDoc,
    "\n  query IncomingSupplies($filter: SupplyFilterInput, $skip: Int!, $take: Int!) {\n    incomingSupplies(filter: $filter, skip: $skip, take: $take) {\n      totalCount\n      items {\n        ...SupplyFields\n      }\n    }\n  }\n": typeof types.IncomingSuppliesDocument,
    "\n  mutation CreateIncomingSupply($input: IncomingSupplyInput!) {\n    createIncomingSupply(input: $input) {\n      ...SupplyFields\n    }\n  }\n": typeof types.CreateIncomingSupplyDocument,
    "\n  mutation UpdateIncomingSupply($id: ID!, $input: UpdateIncomingSupplyInput!) {\n    updateIncomingSupply(id: $id, input: $input) {\n      ...SupplyFields\n    }\n  }\n": typeof types.UpdateIncomingSupplyDocument,
    "\n  query AdminReservations($filter: AdminReservationFilterInput, $skip: Int!, $take: Int!) {\n    reservations(filter: $filter, skip: $skip, take: $take) {\n      totalCount\n      items {\n        id\n        quantity\n        status\n        createdAt\n        expiresAt\n        endedAt\n        secondsLeft\n        comment\n        reservedBy\n        company {\n          id\n          name\n        }\n        product {\n          id\n          sku\n          name\n          unit {\n            code\n            shortName\n          }\n        }\n        warehouse {\n          id\n          code\n          name\n        }\n      }\n    }\n  }\n": typeof types.AdminReservationsDocument,
    "\n  mutation ReleaseReservation($id: ID!, $reason: String) {\n    releaseReservation(id: $id, reason: $reason) {\n      id\n      status\n      endedAt\n      secondsLeft\n    }\n  }\n": typeof types.ReleaseReservationDocument,
    "\n  fragment AdminOrderRowFields on AdminOrder {\n    id\n    number\n    status\n    submissionId\n    submissionNumber\n    company {\n      id\n      name\n    }\n    buyerName\n    poNumber\n    warehouse {\n      id\n      code\n      name\n    }\n    divisionName\n    sellerName\n    total\n    currency\n    lineCount\n    createdAt\n    updatedAt\n  }\n": typeof types.AdminOrderRowFieldsFragmentDoc,
    "\n  query AdminOrders($filter: AdminOrderFilterInput, $skip: Int!, $take: Int!) {\n    adminOrders(filter: $filter, skip: $skip, take: $take) {\n      totalCount\n      items {\n        ...AdminOrderRowFields\n      }\n    }\n  }\n": typeof types.AdminOrdersDocument,
    "\n  fragment AdminOrderFields on AdminOrder {\n    ...AdminOrderRowFields\n    buyerName\n    externalId\n    vatTotal\n    contractNumber\n    deliveryAddress\n    pickupWarehouse {\n      id\n      code\n      name\n      city\n    }\n    desiredDate\n    comment\n    approvalStatus\n    approvalComment\n    approvalReasons {\n      kind\n      limit\n      orderTotal\n      monthSpent\n    }\n    nextStatuses\n    lines {\n      id\n      position\n      sku\n      name\n      unitCode\n      packagingCode\n      quantity\n      price\n      vatRate\n      amount\n    }\n    history {\n      fromStatus\n      toStatus\n      actorKind\n      actorName\n      comment\n      at\n    }\n  }\n": typeof types.AdminOrderFieldsFragmentDoc,
    "\n  query AdminOrder($id: ID!) {\n    adminOrder(id: $id) {\n      ...AdminOrderFields\n    }\n  }\n": typeof types.AdminOrderDocument,
    "\n  query SubmissionOrders($search: String!) {\n    adminOrders(filter: { search: $search }, take: 50) {\n      items {\n        ...AdminOrderRowFields\n      }\n    }\n  }\n": typeof types.SubmissionOrdersDocument,
    "\n  mutation ChangeOrderStatus($id: ID!, $status: OrderStatus!, $comment: String) {\n    changeOrderStatus(id: $id, status: $status, comment: $comment) {\n      __typename\n      ... on AdminOrder {\n        ...AdminOrderFields\n      }\n      ... on StatusChangeRefusedError {\n        errorCode\n        message\n        reason\n      }\n      ... on NotFoundError {\n        errorCode\n        message\n      }\n    }\n  }\n": typeof types.ChangeOrderStatusDocument,
    "\n  fragment SplitRuleFields on SplitRule {\n    id\n    name\n    kind\n    warehouseIds\n    categoryIds\n    divisionIds\n    divisionId\n    sellerLegalEntityId\n  }\n": typeof types.SplitRuleFieldsFragmentDoc,
    "\n  query SplitRules {\n    splitRules {\n      rules {\n        ...SplitRuleFields\n      }\n      problems\n    }\n    sellerDivisions {\n      id\n      name\n      sellerLegalEntityId\n    }\n    sellerLegalEntities {\n      id\n      name\n      inn\n    }\n  }\n": typeof types.SplitRulesDocument,
    "\n  mutation SaveSplitRules($rules: [SplitRuleInput!]!) {\n    saveSplitRules(rules: $rules) {\n      rules {\n        ...SplitRuleFields\n      }\n      problems\n    }\n  }\n": typeof types.SaveSplitRulesDocument,
    "\n  fragment OutboxEmailFields on OutboxEmail {\n    id\n    createdAt\n    to\n    toName\n    subject\n    template\n    locale\n    status\n    attempts\n    sentAt\n    lastError\n    companyId\n    # Small plain-text and HTML bodies: the preview shows them without another round trip.\n    textBody\n    htmlBody\n  }\n": typeof types.OutboxEmailFieldsFragmentDoc,
    "\n  query EmailOutbox($filter: OutboxFilterInput, $skip: Int!, $take: Int!) {\n    emailOutbox(filter: $filter, skip: $skip, take: $take) {\n      totalCount\n      items {\n        ...OutboxEmailFields\n      }\n    }\n  }\n": typeof types.EmailOutboxDocument,
    "\n  mutation RetryEmail($id: ID!) {\n    retryEmail(id: $id) {\n      ...OutboxEmailFields\n    }\n  }\n": typeof types.RetryEmailDocument,
    "\n  fragment PriceTypeFields on PriceType {\n    id\n    code\n    name\n    currency\n    vatIncluded\n    staffOnly\n    isDefault\n    position\n    entryCount\n  }\n": typeof types.PriceTypeFieldsFragmentDoc,
    "\n  query PriceTypes {\n    priceTypes {\n      ...PriceTypeFields\n    }\n  }\n": typeof types.PriceTypesDocument,
    "\n  mutation CreatePriceType($input: PriceTypeInput!) {\n    createPriceType(input: $input) {\n      ...PriceTypeFields\n    }\n  }\n": typeof types.CreatePriceTypeDocument,
    "\n  mutation UpdatePriceType($id: ID!, $input: PriceTypeInput!) {\n    updatePriceType(id: $id, input: $input) {\n      ...PriceTypeFields\n    }\n  }\n": typeof types.UpdatePriceTypeDocument,
    "\n  mutation DeletePriceType($id: ID!) {\n    deletePriceType(id: $id)\n  }\n": typeof types.DeletePriceTypeDocument,
    "\n  mutation SetBasePriceType($input: SetBasePriceTypeInput!) {\n    setBasePriceType(input: $input)\n  }\n": typeof types.SetBasePriceTypeDocument,
    "\n  fragment PriceEntryFields on PriceEntry {\n    priceTypeId\n    priceTypeCode\n    packagingCode\n    price\n    tiers {\n      from\n      price\n    }\n    updatedAt\n    product {\n      id\n      sku\n      name\n      externalId\n    }\n  }\n": typeof types.PriceEntryFieldsFragmentDoc,
    "\n  query PriceEntries($filter: PriceEntryFilterInput, $skip: Int!, $take: Int!) {\n    priceEntries(filter: $filter, skip: $skip, take: $take) {\n      totalCount\n      items {\n        ...PriceEntryFields\n      }\n    }\n  }\n": typeof types.PriceEntriesDocument,
    "\n  mutation UpsertPriceEntries($input: UpsertPriceEntriesInput!) {\n    upsertPriceEntries(input: $input) {\n      applied\n      items {\n        row\n        sku\n        priceTypeCode\n        packagingCode\n        changed\n      }\n      rowErrors {\n        row\n        field\n        key\n        errorCode\n        message\n      }\n    }\n  }\n": typeof types.UpsertPriceEntriesDocument,
    "\n  fragment PriceRuleFields on PriceRule {\n    id\n    name\n    publicLabel\n    active\n    priority\n    policy\n    scopeKind\n    scopeId\n    scopeName\n    targetKind\n    targetId\n    targetName\n    actionKind\n    value\n    priceTypeId\n    currency\n    tierBasis\n    tiers {\n      from\n      value\n    }\n    validFrom\n    validTo\n    warehouseIds\n    paymentTerms\n    maxDeferralDays\n    minOrderAmount\n    externalId\n    specialPriceRequestId\n    updatedAt\n  }\n": typeof types.PriceRuleFieldsFragmentDoc,
    "\n  query PriceRules($filter: PriceRuleFilterInput, $skip: Int!, $take: Int!) {\n    priceRules(filter: $filter, skip: $skip, take: $take) {\n      totalCount\n      items {\n        ...PriceRuleFields\n      }\n    }\n  }\n": typeof types.PriceRulesDocument,
    "\n  query PriceRule($id: ID!) {\n    priceRule(id: $id) {\n      ...PriceRuleFields\n    }\n  }\n": typeof types.PriceRuleDocument,
    "\n  query PriceRuleWarnings($id: ID, $input: PriceRuleInput!) {\n    priceRuleWarnings(id: $id, input: $input) {\n      code\n      message\n      ruleId\n      ruleName\n    }\n  }\n": typeof types.PriceRuleWarningsDocument,
    "\n  mutation CreatePriceRule($input: PriceRuleInput!) {\n    createPriceRule(input: $input) {\n      rule {\n        ...PriceRuleFields\n      }\n      warnings {\n        code\n        ruleName\n      }\n    }\n  }\n": typeof types.CreatePriceRuleDocument,
    "\n  mutation UpdatePriceRule($id: ID!, $input: PriceRuleInput!) {\n    updatePriceRule(id: $id, input: $input) {\n      rule {\n        ...PriceRuleFields\n      }\n      warnings {\n        code\n        ruleName\n      }\n    }\n  }\n": typeof types.UpdatePriceRuleDocument,
    "\n  mutation DeletePriceRule($id: ID!) {\n    deletePriceRule(id: $id)\n  }\n": typeof types.DeletePriceRuleDocument,
    "\n  query SimulatePrices($input: SimulatePricesInput!) {\n    simulatePrices(input: $input) {\n      at\n      contractId\n      basePriceType {\n        id\n        code\n        name\n      }\n      lines {\n        productId\n        sku\n        status\n        quantity\n        unit\n        baseQuantity\n        basePrice\n        unitPrice\n        baseUnitPrice\n        lineAmount\n        currency\n        clampedAtZero\n        priceType {\n          code\n          name\n          vatIncluded\n        }\n        noPriceReason {\n          code\n          text\n        }\n        hints {\n          fromQuantity\n          price\n        }\n        steps {\n          ruleId\n          ruleName\n          publicLabel\n          actionKind\n          policy\n          value\n          tierFrom\n          outcome\n          priceBefore\n          priceAfter\n          reason {\n            code\n            text\n          }\n        }\n      }\n    }\n  }\n": typeof types.SimulatePricesDocument,
    "\n  fragment AdminSpecialPriceRequestFields on AdminSpecialPriceRequest {\n    id\n    number\n    status\n    active\n    comment\n    createdAt\n    decidedAt\n    validUntil\n    managerComment\n    rejectReason\n    declineComment\n    ruleIds\n    client {\n      companyId\n      companyName\n      contractId\n      contractNumber\n      buyerName\n      buyerEmail\n    }\n    lines {\n      id\n      quantity\n      targetPrice\n      currentPrice\n      offeredPrice\n      approvedPrice\n      product {\n        id\n        sku\n        name\n      }\n    }\n  }\n": typeof types.AdminSpecialPriceRequestFieldsFragmentDoc,
    "\n  query AdminSpecialPriceRequests($filter: SpecialPriceFilterInput, $skip: Int!, $take: Int!) {\n    adminSpecialPriceRequests(filter: $filter, skip: $skip, take: $take) {\n      totalCount\n      items {\n        ...AdminSpecialPriceRequestFields\n      }\n    }\n  }\n": typeof types.AdminSpecialPriceRequestsDocument,
    "\n  query AdminSpecialPriceRequest($id: ID!) {\n    adminSpecialPriceRequest(id: $id) {\n      ...AdminSpecialPriceRequestFields\n    }\n  }\n": typeof types.AdminSpecialPriceRequestDocument,
    "\n  mutation ApproveSpecialPriceRequest($id: ID!, $input: DecideSpecialPriceInput) {\n    approveSpecialPriceRequest(id: $id, input: $input) {\n      ... on AdminSpecialPriceRequest {\n        ...AdminSpecialPriceRequestFields\n      }\n      ... on ErrorResult {\n        errorCode\n        message\n      }\n    }\n  }\n": typeof types.ApproveSpecialPriceRequestDocument,
    "\n  mutation CounterOfferSpecialPriceRequest($id: ID!, $input: DecideSpecialPriceInput!) {\n    counterOfferSpecialPriceRequest(id: $id, input: $input) {\n      ... on AdminSpecialPriceRequest {\n        ...AdminSpecialPriceRequestFields\n      }\n      ... on ErrorResult {\n        errorCode\n        message\n      }\n    }\n  }\n": typeof types.CounterOfferSpecialPriceRequestDocument,
    "\n  mutation RejectSpecialPriceRequest($id: ID!, $input: RejectSpecialPriceInput!) {\n    rejectSpecialPriceRequest(id: $id, input: $input) {\n      ... on AdminSpecialPriceRequest {\n        ...AdminSpecialPriceRequestFields\n      }\n      ... on ErrorResult {\n        errorCode\n        message\n      }\n    }\n  }\n": typeof types.RejectSpecialPriceRequestDocument,
    "\n  query PricingClient($id: ID!) {\n    company(id: $id) {\n      id\n      name\n      basePriceTypeId\n      legalEntities {\n        id\n        name\n        inn\n        basePriceTypeId\n        contracts {\n          id\n          number\n          isDefault\n          status\n          currency\n          basePriceTypeId\n        }\n      }\n    }\n  }\n": typeof types.PricingClientDocument,
    "\n  fragment RegistrationRowFields on RegistrationRequest {\n    id\n    kind\n    status\n    companyName\n    inn\n    kpp\n    contactName\n    email\n    phone\n    createdAt\n    emailVerifiedAt\n  }\n": typeof types.RegistrationRowFieldsFragmentDoc,
    "\n  query Registrations($filter: RegistrationsFilterInput, $skip: Int!, $take: Int!) {\n    registrations(filter: $filter, skip: $skip, take: $take) {\n      totalCount\n      items {\n        ...RegistrationRowFields\n      }\n    }\n  }\n": typeof types.RegistrationsDocument,
    "\n  fragment CompanyRefFields on RegistrationCompanyRef {\n    companyId\n    companyName\n    legalEntityName\n    inn\n    kpp\n    managerName\n    accessible\n    sameKpp\n  }\n": typeof types.CompanyRefFieldsFragmentDoc,
    "\n  fragment RegistrationFields on RegistrationRequest {\n    ...RegistrationRowFields\n    region\n    businessKind\n    comment\n    contractNumber\n    locale\n    decidedAt\n    decidedBy {\n      id\n      fullName\n    }\n    rejectionReason\n    resultCompanyId\n    duplicates {\n      ...CompanyRefFields\n    }\n    matchedCompany {\n      ...CompanyRefFields\n    }\n  }\n": typeof types.RegistrationFieldsFragmentDoc,
    "\n  query Registration($id: ID!) {\n    registration(id: $id) {\n      ...RegistrationFields\n    }\n  }\n": typeof types.RegistrationDocument,
    "\n  mutation ApproveRegistration($id: ID!, $input: ApproveRegistrationInput) {\n    approveRegistration(id: $id, input: $input) {\n      __typename\n      ... on RegistrationRequest {\n        ...RegistrationFields\n      }\n      ... on AlreadyDecidedError {\n        errorCode\n        message\n      }\n      ... on AlreadyExistsError {\n        errorCode\n        message\n        field\n      }\n    }\n  }\n": typeof types.ApproveRegistrationDocument,
    "\n  mutation RejectRegistration($id: ID!, $reason: String!) {\n    rejectRegistration(id: $id, reason: $reason) {\n      __typename\n      ... on RegistrationRequest {\n        ...RegistrationFields\n      }\n      ... on AlreadyDecidedError {\n        errorCode\n        message\n      }\n    }\n  }\n": typeof types.RejectRegistrationDocument,
    "\n  query PendingRegistrations {\n    registrations(filter: { status: PENDING }, take: 1) {\n      totalCount\n    }\n  }\n": typeof types.PendingRegistrationsDocument,
    "\n  fragment StaffUserFields on StaffUser {\n    id\n    fullName\n    email\n    role\n    phone\n    photoUrl\n    locale\n    active\n    hasPassword\n    lastLoginAt\n  }\n": typeof types.StaffUserFieldsFragmentDoc,
    "\n  query StaffUsers($search: String, $role: StaffRole, $active: Boolean, $skip: Int!, $take: Int!) {\n    staffUsers(search: $search, role: $role, active: $active, skip: $skip, take: $take) {\n      totalCount\n      items {\n        ...StaffUserFields\n      }\n    }\n  }\n": typeof types.StaffUsersDocument,
    "\n  mutation CreateStaffUser($input: CreateStaffUserInput!) {\n    createStaffUser(input: $input) {\n      __typename\n      ... on StaffUser {\n        ...StaffUserFields\n      }\n      ... on AlreadyExistsError {\n        errorCode\n        message\n        field\n      }\n    }\n  }\n": typeof types.CreateStaffUserDocument,
    "\n  mutation UpdateStaffUser($id: ID!, $input: UpdateStaffUserInput!) {\n    updateStaffUser(id: $id, input: $input) {\n      __typename\n      ... on StaffUser {\n        ...StaffUserFields\n      }\n      ... on SelfChangeError {\n        errorCode\n        message\n      }\n    }\n  }\n": typeof types.UpdateStaffUserDocument,
    "\n  mutation SetStaffUserActive($id: ID!, $active: Boolean!) {\n    setStaffUserActive(id: $id, active: $active) {\n      __typename\n      ... on StaffUser {\n        ...StaffUserFields\n      }\n      ... on SelfChangeError {\n        errorCode\n        message\n      }\n    }\n  }\n": typeof types.SetStaffUserActiveDocument,
};
const documents: Documents = {
    "\n  query ActAsSessions {\n    actAsSessions {\n      id\n      staffName\n      staffUserId\n      buyerName\n      buyerEmail\n      buyerUserId\n      companyId\n      companyName\n      startedAt\n      expiresAt\n    }\n  }\n": types.ActAsSessionsDocument,
    "\n  mutation EndActAsSession($id: ID!) {\n    endActAsSession(id: $id)\n  }\n": types.EndActAsSessionDocument,
    "\n  fragment ApiKeyFields on ApiKey {\n    id\n    name\n    prefix\n    scopes\n    createdAt\n    lastUsedAt\n    revokedAt\n    createdBy {\n      id\n      fullName\n    }\n  }\n": types.ApiKeyFieldsFragmentDoc,
    "\n  query ApiKeys {\n    apiKeys {\n      ...ApiKeyFields\n    }\n  }\n": types.ApiKeysDocument,
    "\n  query ApiKeyScopes {\n    apiKeyScopes\n  }\n": types.ApiKeyScopesDocument,
    "\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey {\n        ...ApiKeyFields\n      }\n    }\n  }\n": types.CreateApiKeyDocument,
    "\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      ...ApiKeyFields\n    }\n  }\n": types.RevokeApiKeyDocument,
    "\n  query AuditEvents($filter: AuditFilterInput, $skip: Int!, $take: Int!) {\n    auditEvents(filter: $filter, skip: $skip, take: $take) {\n      totalCount\n      items {\n        id\n        at\n        action\n        actorKind\n        staffUserId\n        staffUserName\n        buyerUserId\n        buyerUserName\n        apiKeyName\n        actingStaffUserName\n        companyId\n        companyName\n        entityType\n        entityId\n        reason\n        before\n        after\n      }\n    }\n  }\n": types.AuditEventsDocument,
    "\n  fragment SessionFields on AdminSession {\n    kind\n    staffUser {\n      id\n      email\n      fullName\n      role\n    }\n    apiKey {\n      id\n      name\n    }\n    permissions\n  }\n": types.SessionFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      ...SessionFields\n    }\n  }\n": types.MeDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      __typename\n      ... on AdminAuthPayload {\n        accessToken\n        expiresAt\n        session {\n          ...SessionFields\n        }\n      }\n      ... on InvalidCredentialsError {\n        errorCode\n        message\n      }\n      ... on TooManyAttemptsError {\n        errorCode\n        message\n        retryAfterSeconds\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation RefreshAccessToken {\n    refreshAccessToken {\n      __typename\n      ... on AdminAuthPayload {\n        accessToken\n        expiresAt\n        session {\n          ...SessionFields\n        }\n      }\n      ... on InvalidRefreshTokenError {\n        errorCode\n        message\n      }\n    }\n  }\n": types.RefreshAccessTokenDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input) {\n      __typename\n      ... on TooManyAttemptsError {\n        errorCode\n        message\n        retryAfterSeconds\n      }\n    }\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation SetPassword($input: SetPasswordInput!) {\n    setPassword(input: $input) {\n      __typename\n      ... on PasswordSet {\n        email\n      }\n      ... on InvalidTokenError {\n        errorCode\n        message\n        reason\n      }\n    }\n  }\n": types.SetPasswordDocument,
    "\n  fragment CategoryFields on AdminCategory {\n    id\n    name\n    parentId\n    path\n    depth\n    position\n    active\n    externalId\n    productCount\n  }\n": types.CategoryFieldsFragmentDoc,
    "\n  query Categories {\n    categories {\n      ...CategoryFields\n    }\n  }\n": types.CategoriesDocument,
    "\n  mutation CreateCategory($input: CategoryInput!) {\n    createCategory(input: $input) {\n      ...CategoryFields\n    }\n  }\n": types.CreateCategoryDocument,
    "\n  mutation UpdateCategory($id: ID!, $input: UpdateCategoryInput!) {\n    updateCategory(id: $id, input: $input) {\n      ...CategoryFields\n    }\n  }\n": types.UpdateCategoryDocument,
    "\n  mutation MoveCategory($id: ID!, $parentId: ID, $position: Int!) {\n    moveCategory(id: $id, parentId: $parentId, position: $position) {\n      ...CategoryFields\n    }\n  }\n": types.MoveCategoryDocument,
    "\n  mutation DeleteCategory($id: ID!) {\n    deleteCategory(id: $id)\n  }\n": types.DeleteCategoryDocument,
    "\n  fragment BrandFields on AdminBrand {\n    id\n    name\n    externalId\n    productCount\n  }\n": types.BrandFieldsFragmentDoc,
    "\n  query Brands {\n    brands {\n      ...BrandFields\n    }\n  }\n": types.BrandsDocument,
    "\n  mutation CreateBrand($input: BrandInput!) {\n    createBrand(input: $input) {\n      ...BrandFields\n    }\n  }\n": types.CreateBrandDocument,
    "\n  mutation UpdateBrand($id: ID!, $input: BrandInput!) {\n    updateBrand(id: $id, input: $input) {\n      ...BrandFields\n    }\n  }\n": types.UpdateBrandDocument,
    "\n  mutation DeleteBrand($id: ID!) {\n    deleteBrand(id: $id)\n  }\n": types.DeleteBrandDocument,
    "\n  fragment AttributeFields on AdminAttributeDefinition {\n    id\n    code\n    name\n    type\n    unit\n    filterable\n    position\n    options {\n      id\n      code\n      label\n    }\n  }\n": types.AttributeFieldsFragmentDoc,
    "\n  query AttributeDefinitions {\n    attributeDefinitions {\n      ...AttributeFields\n    }\n  }\n": types.AttributeDefinitionsDocument,
    "\n  mutation CreateAttributeDefinition($input: AttributeDefinitionInput!) {\n    createAttributeDefinition(input: $input) {\n      ...AttributeFields\n    }\n  }\n": types.CreateAttributeDefinitionDocument,
    "\n  mutation UpdateAttributeDefinition($id: ID!, $input: UpdateAttributeDefinitionInput!) {\n    updateAttributeDefinition(id: $id, input: $input) {\n      ...AttributeFields\n    }\n  }\n": types.UpdateAttributeDefinitionDocument,
    "\n  mutation DeleteAttributeDefinition($id: ID!) {\n    deleteAttributeDefinition(id: $id)\n  }\n": types.DeleteAttributeDefinitionDocument,
    "\n  query Units {\n    units {\n      code\n      name\n      shortName\n      scale\n    }\n  }\n": types.UnitsDocument,
    "\n  fragment ProductRowFields on AdminProduct {\n    id\n    sku\n    name\n    summary\n    active\n    categoryId\n    categoryName\n    thumbnailUrl\n    brand {\n      id\n      name\n    }\n    unit {\n      code\n      shortName\n    }\n    orderStep\n    minOrderQuantity\n    packagings {\n      code\n      name\n      factor\n    }\n    updatedAt\n  }\n": types.ProductRowFieldsFragmentDoc,
    "\n  query AdminProducts($filter: AdminProductFilterInput, $skip: Int!, $take: Int!) {\n    products(filter: $filter, skip: $skip, take: $take) {\n      totalCount\n      items {\n        ...ProductRowFields\n      }\n    }\n  }\n": types.AdminProductsDocument,
    "\n  fragment ProductFields on AdminProduct {\n    ...ProductRowFields\n    externalId\n    barcodes\n    vatRate\n    imageUrl\n    unit {\n      code\n      name\n      shortName\n      scale\n    }\n    packagings {\n      code\n      name\n      factor\n      barcode\n    }\n    attributes {\n      attribute {\n        id\n        code\n        name\n        type\n        unit\n      }\n      text\n      number\n      boolean\n      display\n      valueId\n    }\n    analogs {\n      productId\n      sku\n      name\n      kind\n      note\n    }\n  }\n": types.ProductFieldsFragmentDoc,
    "\n  query AdminProduct($id: ID!) {\n    product(id: $id) {\n      ...ProductFields\n    }\n  }\n": types.AdminProductDocument,
    "\n  query ProductOptions($search: String) {\n    products(filter: { search: $search }, take: 20) {\n      items {\n        id\n        sku\n        name\n        unit {\n          code\n          shortName\n          scale\n        }\n      }\n    }\n  }\n": types.ProductOptionsDocument,
    "\n  mutation CreateProduct($input: ProductInput!) {\n    createProduct(input: $input) {\n      ...ProductFields\n    }\n  }\n": types.CreateProductDocument,
    "\n  mutation UpdateProduct($id: ID!, $input: ProductInput!) {\n    updateProduct(id: $id, input: $input) {\n      ...ProductFields\n    }\n  }\n": types.UpdateProductDocument,
    "\n  fragment StaffRefFields on StaffUser {\n    id\n    fullName\n    email\n    role\n    active\n  }\n": types.StaffRefFieldsFragmentDoc,
    "\n  fragment CompanyRowFields on ClientCompany {\n    id\n    name\n    status\n    updatedAt\n    manager {\n      ...StaffRefFields\n    }\n    groups {\n      id\n      code\n      name\n    }\n    legalEntities {\n      id\n      name\n      inn\n      kpp\n    }\n  }\n": types.CompanyRowFieldsFragmentDoc,
    "\n  query Companies($filter: CompaniesFilterInput, $skip: Int!, $take: Int!) {\n    companies(filter: $filter, skip: $skip, take: $take) {\n      totalCount\n      items {\n        ...CompanyRowFields\n      }\n    }\n  }\n": types.CompaniesDocument,
    "\n  query CompanyOptions($search: String) {\n    companies(filter: { search: $search }, take: 20) {\n      items {\n        id\n        name\n        status\n        legalEntities {\n          id\n          inn\n        }\n      }\n    }\n  }\n": types.CompanyOptionsDocument,
    "\n  fragment ClientContractFields on ClientContract {\n    id\n    legalEntityId\n    number\n    date\n    currency\n    paymentTerms\n    deferralDays\n    creditLimit\n    validFrom\n    validTo\n    status\n    isDefault\n    basePriceTypeId\n    externalId\n    updatedAt\n  }\n": types.ClientContractFieldsFragmentDoc,
    "\n  fragment ClientLegalEntityFields on ClientLegalEntity {\n    id\n    companyId\n    name\n    fullName\n    inn\n    kpp\n    ogrn\n    legalAddress\n    postalAddress\n    bankName\n    bik\n    correspondentAccount\n    settlementAccount\n    externalId\n    basePriceTypeId\n    updatedAt\n    contracts {\n      ...ClientContractFields\n    }\n  }\n": types.ClientLegalEntityFieldsFragmentDoc,
    "\n  fragment AdminCompanyUserFields on CompanyUser {\n    id\n    fullName\n    email\n    phone\n    role\n    active\n    invitationPending\n    lastLoginAt\n    orderLimit\n    monthlyLimit\n  }\n": types.AdminCompanyUserFieldsFragmentDoc,
    "\n  fragment DeliveryAddressFields on DeliveryAddress {\n    id\n    label\n    address\n    contactName\n    contactPhone\n    comment\n  }\n": types.DeliveryAddressFieldsFragmentDoc,
    "\n  fragment CompanyFields on ClientCompany {\n    ...CompanyRowFields\n    notes\n    externalId\n    basePriceTypeId\n    blockedReason\n    createdAt\n    legalEntities {\n      ...ClientLegalEntityFields\n    }\n    users {\n      ...AdminCompanyUserFields\n    }\n    deliveryAddresses {\n      ...DeliveryAddressFields\n    }\n  }\n": types.CompanyFieldsFragmentDoc,
    "\n  query Company($id: ID!) {\n    company(id: $id) {\n      ...CompanyFields\n    }\n  }\n": types.CompanyDocument,
    "\n  query ContractorGroups {\n    contractorGroups {\n      id\n      code\n      name\n      companyCount\n    }\n  }\n": types.ContractorGroupsDocument,
    "\n  query ManagerOptions {\n    staffUsers(active: true, take: 500) {\n      items {\n        ...StaffRefFields\n      }\n    }\n  }\n": types.ManagerOptionsDocument,
    "\n  mutation CreateCompany($input: CreateCompanyInput!) {\n    createCompany(input: $input) {\n      __typename\n      ... on ClientCompany {\n        id\n        name\n      }\n      ... on AlreadyExistsError {\n        errorCode\n        message\n        field\n      }\n    }\n  }\n": types.CreateCompanyDocument,
    "\n  mutation UpdateCompany($id: ID!, $input: UpdateCompanyInput!) {\n    updateCompany(id: $id, input: $input) {\n      __typename\n      ... on ClientCompany {\n        ...CompanyFields\n      }\n      ... on AlreadyExistsError {\n        errorCode\n        message\n        field\n      }\n    }\n  }\n": types.UpdateCompanyDocument,
    "\n  mutation SetCompanyStatus($id: ID!, $status: CompanyStatus!, $reason: String) {\n    setCompanyStatus(id: $id, status: $status, reason: $reason) {\n      ...CompanyFields\n    }\n  }\n": types.SetCompanyStatusDocument,
    "\n  mutation SetCompanyManager($id: ID!, $managerId: ID) {\n    setCompanyManager(id: $id, managerId: $managerId) {\n      ...CompanyFields\n    }\n  }\n": types.SetCompanyManagerDocument,
    "\n  mutation SetCompanyGroups($id: ID!, $groupIds: [ID!]!) {\n    setCompanyGroups(id: $id, groupIds: $groupIds) {\n      ...CompanyFields\n    }\n  }\n": types.SetCompanyGroupsDocument,
    "\n  mutation CreateLegalEntity($companyId: ID!, $input: LegalEntityInput!) {\n    createLegalEntity(companyId: $companyId, input: $input) {\n      __typename\n      ... on ClientLegalEntity {\n        ...ClientLegalEntityFields\n      }\n      ... on AlreadyExistsError {\n        errorCode\n        message\n        field\n      }\n    }\n  }\n": types.CreateLegalEntityDocument,
    "\n  mutation UpdateLegalEntity($id: ID!, $input: LegalEntityInput!) {\n    updateLegalEntity(id: $id, input: $input) {\n      __typename\n      ... on ClientLegalEntity {\n        ...ClientLegalEntityFields\n      }\n      ... on AlreadyExistsError {\n        errorCode\n        message\n        field\n      }\n    }\n  }\n": types.UpdateLegalEntityDocument,
    "\n  mutation DeleteLegalEntity($id: ID!) {\n    deleteLegalEntity(id: $id) {\n      __typename\n      ... on Deleted {\n        id\n      }\n      ... on InUseError {\n        errorCode\n        message\n      }\n    }\n  }\n": types.DeleteLegalEntityDocument,
    "\n  mutation CreateContract($legalEntityId: ID!, $input: ContractInput!) {\n    createContract(legalEntityId: $legalEntityId, input: $input) {\n      __typename\n      ... on ClientContract {\n        ...ClientContractFields\n      }\n      ... on AlreadyExistsError {\n        errorCode\n        message\n        field\n      }\n    }\n  }\n": types.CreateContractDocument,
    "\n  mutation UpdateContract($id: ID!, $input: ContractInput!) {\n    updateContract(id: $id, input: $input) {\n      __typename\n      ... on ClientContract {\n        ...ClientContractFields\n      }\n      ... on AlreadyExistsError {\n        errorCode\n        message\n        field\n      }\n    }\n  }\n": types.UpdateContractDocument,
    "\n  mutation DeleteContract($id: ID!) {\n    deleteContract(id: $id) {\n      id\n    }\n  }\n": types.DeleteContractDocument,
    "\n  mutation CreateDeliveryAddress($companyId: ID!, $input: DeliveryAddressInput!) {\n    createDeliveryAddress(companyId: $companyId, input: $input) {\n      ...DeliveryAddressFields\n    }\n  }\n": types.CreateDeliveryAddressDocument,
    "\n  mutation UpdateDeliveryAddress($id: ID!, $input: DeliveryAddressInput!) {\n    updateDeliveryAddress(id: $id, input: $input) {\n      ...DeliveryAddressFields\n    }\n  }\n": types.UpdateDeliveryAddressDocument,
    "\n  mutation DeleteDeliveryAddress($id: ID!) {\n    deleteDeliveryAddress(id: $id) {\n      id\n    }\n  }\n": types.DeleteDeliveryAddressDocument,
    "\n  mutation InviteClientUser($companyId: ID!, $input: InviteUserInput!) {\n    inviteClientUser(companyId: $companyId, input: $input) {\n      __typename\n      ... on CompanyUser {\n        id\n      }\n      ... on AlreadyMemberError {\n        errorCode\n        message\n      }\n    }\n  }\n": types.InviteClientUserDocument,
    "\n  mutation SetClientUserRole($companyId: ID!, $userId: ID!, $role: BuyerRole!) {\n    setClientUserRole(companyId: $companyId, userId: $userId, role: $role) {\n      __typename\n      ... on ErrorResult {\n        errorCode\n        message\n      }\n    }\n  }\n": types.SetClientUserRoleDocument,
    "\n  mutation SetClientUserLimits($companyId: ID!, $userId: ID!, $limits: UserLimitsInput!) {\n    setClientUserLimits(companyId: $companyId, userId: $userId, limits: $limits) {\n      __typename\n      ... on ErrorResult {\n        errorCode\n        message\n      }\n    }\n  }\n": types.SetClientUserLimitsDocument,
    "\n  mutation SetClientUserActive($companyId: ID!, $userId: ID!, $active: Boolean!) {\n    setClientUserActive(companyId: $companyId, userId: $userId, active: $active) {\n      __typename\n      ... on ErrorResult {\n        errorCode\n        message\n      }\n    }\n  }\n": types.SetClientUserActiveDocument,
    "\n  mutation StartActAsBuyer($companyId: ID!, $buyerUserId: ID!) {\n    startActAsBuyer(companyId: $companyId, buyerUserId: $buyerUserId) {\n      __typename\n      ... on ActAsTicket {\n        url\n        expiresAt\n      }\n      ... on NotActiveError {\n        errorCode\n        message\n      }\n    }\n  }\n": types.StartActAsBuyerDocument,
    "\n  mutation CreateContractorGroup($input: ContractorGroupInput!) {\n    createContractorGroup(input: $input) {\n      __typename\n      ... on ContractorGroup {\n        id\n        code\n        name\n        companyCount\n      }\n      ... on AlreadyExistsError {\n        errorCode\n        message\n        field\n      }\n    }\n  }\n": types.CreateContractorGroupDocument,
    "\n  mutation UpdateContractorGroup($id: ID!, $input: ContractorGroupInput!) {\n    updateContractorGroup(id: $id, input: $input) {\n      __typename\n      ... on ContractorGroup {\n        id\n        code\n        name\n        companyCount\n      }\n      ... on AlreadyExistsError {\n        errorCode\n        message\n        field\n      }\n    }\n  }\n": types.UpdateContractorGroupDocument,
    "\n  mutation DeleteContractorGroup($id: ID!) {\n    deleteContractorGroup(id: $id) {\n      id\n    }\n  }\n": types.DeleteContractorGroupDocument,
    "\n  fragment WarehouseFields on Warehouse {\n    id\n    code\n    name\n    city\n    region\n    branch\n    pickupPoint\n    active\n    position\n  }\n": types.WarehouseFieldsFragmentDoc,
    "\n  query Warehouses {\n    warehouses {\n      ...WarehouseFields\n    }\n  }\n": types.WarehousesDocument,
    "\n  mutation CreateWarehouse($input: WarehouseInput!) {\n    createWarehouse(input: $input) {\n      ...WarehouseFields\n    }\n  }\n": types.CreateWarehouseDocument,
    "\n  mutation UpdateWarehouse($id: ID!, $input: WarehouseInput!) {\n    updateWarehouse(id: $id, input: $input) {\n      ...WarehouseFields\n    }\n  }\n": types.UpdateWarehouseDocument,
    "\n  fragment StockLevelFields on StockLevel {\n    onHand\n    reserved\n    available\n    updatedAt\n    product {\n      id\n      sku\n      name\n      unit {\n        code\n        shortName\n        scale\n      }\n    }\n    warehouse {\n      id\n      code\n      name\n      city\n    }\n  }\n": types.StockLevelFieldsFragmentDoc,
    "\n  query StockLevels($filter: StockFilterInput, $skip: Int!, $take: Int!) {\n    stockLevels(filter: $filter, skip: $skip, take: $take) {\n      totalCount\n      items {\n        ...StockLevelFields\n      }\n    }\n  }\n": types.StockLevelsDocument,
    "\n  mutation AdjustStock($input: StockAdjustmentInput!) {\n    adjustStock(input: $input) {\n      ...StockLevelFields\n    }\n  }\n": types.AdjustStockDocument,
    "\n  fragment SupplyFields on IncomingSupply {\n    id\n    quantity\n    expectedDate\n    status\n    note\n    externalId\n    product {\n      id\n      sku\n      name\n      unit {\n        code\n        shortName\n        scale\n      }\n    }\n    warehouse {\n      id\n      code\n      name\n    }\n  }\n": types.SupplyFieldsFragmentDoc,
    "\n  query IncomingSupplies($filter: SupplyFilterInput, $skip: Int!, $take: Int!) {\n    incomingSupplies(filter: $filter, skip: $skip, take: $take) {\n      totalCount\n      items {\n        ...SupplyFields\n      }\n    }\n  }\n": types.IncomingSuppliesDocument,
    "\n  mutation CreateIncomingSupply($input: IncomingSupplyInput!) {\n    createIncomingSupply(input: $input) {\n      ...SupplyFields\n    }\n  }\n": types.CreateIncomingSupplyDocument,
    "\n  mutation UpdateIncomingSupply($id: ID!, $input: UpdateIncomingSupplyInput!) {\n    updateIncomingSupply(id: $id, input: $input) {\n      ...SupplyFields\n    }\n  }\n": types.UpdateIncomingSupplyDocument,
    "\n  query AdminReservations($filter: AdminReservationFilterInput, $skip: Int!, $take: Int!) {\n    reservations(filter: $filter, skip: $skip, take: $take) {\n      totalCount\n      items {\n        id\n        quantity\n        status\n        createdAt\n        expiresAt\n        endedAt\n        secondsLeft\n        comment\n        reservedBy\n        company {\n          id\n          name\n        }\n        product {\n          id\n          sku\n          name\n          unit {\n            code\n            shortName\n          }\n        }\n        warehouse {\n          id\n          code\n          name\n        }\n      }\n    }\n  }\n": types.AdminReservationsDocument,
    "\n  mutation ReleaseReservation($id: ID!, $reason: String) {\n    releaseReservation(id: $id, reason: $reason) {\n      id\n      status\n      endedAt\n      secondsLeft\n    }\n  }\n": types.ReleaseReservationDocument,
    "\n  fragment AdminOrderRowFields on AdminOrder {\n    id\n    number\n    status\n    submissionId\n    submissionNumber\n    company {\n      id\n      name\n    }\n    buyerName\n    poNumber\n    warehouse {\n      id\n      code\n      name\n    }\n    divisionName\n    sellerName\n    total\n    currency\n    lineCount\n    createdAt\n    updatedAt\n  }\n": types.AdminOrderRowFieldsFragmentDoc,
    "\n  query AdminOrders($filter: AdminOrderFilterInput, $skip: Int!, $take: Int!) {\n    adminOrders(filter: $filter, skip: $skip, take: $take) {\n      totalCount\n      items {\n        ...AdminOrderRowFields\n      }\n    }\n  }\n": types.AdminOrdersDocument,
    "\n  fragment AdminOrderFields on AdminOrder {\n    ...AdminOrderRowFields\n    buyerName\n    externalId\n    vatTotal\n    contractNumber\n    deliveryAddress\n    pickupWarehouse {\n      id\n      code\n      name\n      city\n    }\n    desiredDate\n    comment\n    approvalStatus\n    approvalComment\n    approvalReasons {\n      kind\n      limit\n      orderTotal\n      monthSpent\n    }\n    nextStatuses\n    lines {\n      id\n      position\n      sku\n      name\n      unitCode\n      packagingCode\n      quantity\n      price\n      vatRate\n      amount\n    }\n    history {\n      fromStatus\n      toStatus\n      actorKind\n      actorName\n      comment\n      at\n    }\n  }\n": types.AdminOrderFieldsFragmentDoc,
    "\n  query AdminOrder($id: ID!) {\n    adminOrder(id: $id) {\n      ...AdminOrderFields\n    }\n  }\n": types.AdminOrderDocument,
    "\n  query SubmissionOrders($search: String!) {\n    adminOrders(filter: { search: $search }, take: 50) {\n      items {\n        ...AdminOrderRowFields\n      }\n    }\n  }\n": types.SubmissionOrdersDocument,
    "\n  mutation ChangeOrderStatus($id: ID!, $status: OrderStatus!, $comment: String) {\n    changeOrderStatus(id: $id, status: $status, comment: $comment) {\n      __typename\n      ... on AdminOrder {\n        ...AdminOrderFields\n      }\n      ... on StatusChangeRefusedError {\n        errorCode\n        message\n        reason\n      }\n      ... on NotFoundError {\n        errorCode\n        message\n      }\n    }\n  }\n": types.ChangeOrderStatusDocument,
    "\n  fragment SplitRuleFields on SplitRule {\n    id\n    name\n    kind\n    warehouseIds\n    categoryIds\n    divisionIds\n    divisionId\n    sellerLegalEntityId\n  }\n": types.SplitRuleFieldsFragmentDoc,
    "\n  query SplitRules {\n    splitRules {\n      rules {\n        ...SplitRuleFields\n      }\n      problems\n    }\n    sellerDivisions {\n      id\n      name\n      sellerLegalEntityId\n    }\n    sellerLegalEntities {\n      id\n      name\n      inn\n    }\n  }\n": types.SplitRulesDocument,
    "\n  mutation SaveSplitRules($rules: [SplitRuleInput!]!) {\n    saveSplitRules(rules: $rules) {\n      rules {\n        ...SplitRuleFields\n      }\n      problems\n    }\n  }\n": types.SaveSplitRulesDocument,
    "\n  fragment OutboxEmailFields on OutboxEmail {\n    id\n    createdAt\n    to\n    toName\n    subject\n    template\n    locale\n    status\n    attempts\n    sentAt\n    lastError\n    companyId\n    # Small plain-text and HTML bodies: the preview shows them without another round trip.\n    textBody\n    htmlBody\n  }\n": types.OutboxEmailFieldsFragmentDoc,
    "\n  query EmailOutbox($filter: OutboxFilterInput, $skip: Int!, $take: Int!) {\n    emailOutbox(filter: $filter, skip: $skip, take: $take) {\n      totalCount\n      items {\n        ...OutboxEmailFields\n      }\n    }\n  }\n": types.EmailOutboxDocument,
    "\n  mutation RetryEmail($id: ID!) {\n    retryEmail(id: $id) {\n      ...OutboxEmailFields\n    }\n  }\n": types.RetryEmailDocument,
    "\n  fragment PriceTypeFields on PriceType {\n    id\n    code\n    name\n    currency\n    vatIncluded\n    staffOnly\n    isDefault\n    position\n    entryCount\n  }\n": types.PriceTypeFieldsFragmentDoc,
    "\n  query PriceTypes {\n    priceTypes {\n      ...PriceTypeFields\n    }\n  }\n": types.PriceTypesDocument,
    "\n  mutation CreatePriceType($input: PriceTypeInput!) {\n    createPriceType(input: $input) {\n      ...PriceTypeFields\n    }\n  }\n": types.CreatePriceTypeDocument,
    "\n  mutation UpdatePriceType($id: ID!, $input: PriceTypeInput!) {\n    updatePriceType(id: $id, input: $input) {\n      ...PriceTypeFields\n    }\n  }\n": types.UpdatePriceTypeDocument,
    "\n  mutation DeletePriceType($id: ID!) {\n    deletePriceType(id: $id)\n  }\n": types.DeletePriceTypeDocument,
    "\n  mutation SetBasePriceType($input: SetBasePriceTypeInput!) {\n    setBasePriceType(input: $input)\n  }\n": types.SetBasePriceTypeDocument,
    "\n  fragment PriceEntryFields on PriceEntry {\n    priceTypeId\n    priceTypeCode\n    packagingCode\n    price\n    tiers {\n      from\n      price\n    }\n    updatedAt\n    product {\n      id\n      sku\n      name\n      externalId\n    }\n  }\n": types.PriceEntryFieldsFragmentDoc,
    "\n  query PriceEntries($filter: PriceEntryFilterInput, $skip: Int!, $take: Int!) {\n    priceEntries(filter: $filter, skip: $skip, take: $take) {\n      totalCount\n      items {\n        ...PriceEntryFields\n      }\n    }\n  }\n": types.PriceEntriesDocument,
    "\n  mutation UpsertPriceEntries($input: UpsertPriceEntriesInput!) {\n    upsertPriceEntries(input: $input) {\n      applied\n      items {\n        row\n        sku\n        priceTypeCode\n        packagingCode\n        changed\n      }\n      rowErrors {\n        row\n        field\n        key\n        errorCode\n        message\n      }\n    }\n  }\n": types.UpsertPriceEntriesDocument,
    "\n  fragment PriceRuleFields on PriceRule {\n    id\n    name\n    publicLabel\n    active\n    priority\n    policy\n    scopeKind\n    scopeId\n    scopeName\n    targetKind\n    targetId\n    targetName\n    actionKind\n    value\n    priceTypeId\n    currency\n    tierBasis\n    tiers {\n      from\n      value\n    }\n    validFrom\n    validTo\n    warehouseIds\n    paymentTerms\n    maxDeferralDays\n    minOrderAmount\n    externalId\n    specialPriceRequestId\n    updatedAt\n  }\n": types.PriceRuleFieldsFragmentDoc,
    "\n  query PriceRules($filter: PriceRuleFilterInput, $skip: Int!, $take: Int!) {\n    priceRules(filter: $filter, skip: $skip, take: $take) {\n      totalCount\n      items {\n        ...PriceRuleFields\n      }\n    }\n  }\n": types.PriceRulesDocument,
    "\n  query PriceRule($id: ID!) {\n    priceRule(id: $id) {\n      ...PriceRuleFields\n    }\n  }\n": types.PriceRuleDocument,
    "\n  query PriceRuleWarnings($id: ID, $input: PriceRuleInput!) {\n    priceRuleWarnings(id: $id, input: $input) {\n      code\n      message\n      ruleId\n      ruleName\n    }\n  }\n": types.PriceRuleWarningsDocument,
    "\n  mutation CreatePriceRule($input: PriceRuleInput!) {\n    createPriceRule(input: $input) {\n      rule {\n        ...PriceRuleFields\n      }\n      warnings {\n        code\n        ruleName\n      }\n    }\n  }\n": types.CreatePriceRuleDocument,
    "\n  mutation UpdatePriceRule($id: ID!, $input: PriceRuleInput!) {\n    updatePriceRule(id: $id, input: $input) {\n      rule {\n        ...PriceRuleFields\n      }\n      warnings {\n        code\n        ruleName\n      }\n    }\n  }\n": types.UpdatePriceRuleDocument,
    "\n  mutation DeletePriceRule($id: ID!) {\n    deletePriceRule(id: $id)\n  }\n": types.DeletePriceRuleDocument,
    "\n  query SimulatePrices($input: SimulatePricesInput!) {\n    simulatePrices(input: $input) {\n      at\n      contractId\n      basePriceType {\n        id\n        code\n        name\n      }\n      lines {\n        productId\n        sku\n        status\n        quantity\n        unit\n        baseQuantity\n        basePrice\n        unitPrice\n        baseUnitPrice\n        lineAmount\n        currency\n        clampedAtZero\n        priceType {\n          code\n          name\n          vatIncluded\n        }\n        noPriceReason {\n          code\n          text\n        }\n        hints {\n          fromQuantity\n          price\n        }\n        steps {\n          ruleId\n          ruleName\n          publicLabel\n          actionKind\n          policy\n          value\n          tierFrom\n          outcome\n          priceBefore\n          priceAfter\n          reason {\n            code\n            text\n          }\n        }\n      }\n    }\n  }\n": types.SimulatePricesDocument,
    "\n  fragment AdminSpecialPriceRequestFields on AdminSpecialPriceRequest {\n    id\n    number\n    status\n    active\n    comment\n    createdAt\n    decidedAt\n    validUntil\n    managerComment\n    rejectReason\n    declineComment\n    ruleIds\n    client {\n      companyId\n      companyName\n      contractId\n      contractNumber\n      buyerName\n      buyerEmail\n    }\n    lines {\n      id\n      quantity\n      targetPrice\n      currentPrice\n      offeredPrice\n      approvedPrice\n      product {\n        id\n        sku\n        name\n      }\n    }\n  }\n": types.AdminSpecialPriceRequestFieldsFragmentDoc,
    "\n  query AdminSpecialPriceRequests($filter: SpecialPriceFilterInput, $skip: Int!, $take: Int!) {\n    adminSpecialPriceRequests(filter: $filter, skip: $skip, take: $take) {\n      totalCount\n      items {\n        ...AdminSpecialPriceRequestFields\n      }\n    }\n  }\n": types.AdminSpecialPriceRequestsDocument,
    "\n  query AdminSpecialPriceRequest($id: ID!) {\n    adminSpecialPriceRequest(id: $id) {\n      ...AdminSpecialPriceRequestFields\n    }\n  }\n": types.AdminSpecialPriceRequestDocument,
    "\n  mutation ApproveSpecialPriceRequest($id: ID!, $input: DecideSpecialPriceInput) {\n    approveSpecialPriceRequest(id: $id, input: $input) {\n      ... on AdminSpecialPriceRequest {\n        ...AdminSpecialPriceRequestFields\n      }\n      ... on ErrorResult {\n        errorCode\n        message\n      }\n    }\n  }\n": types.ApproveSpecialPriceRequestDocument,
    "\n  mutation CounterOfferSpecialPriceRequest($id: ID!, $input: DecideSpecialPriceInput!) {\n    counterOfferSpecialPriceRequest(id: $id, input: $input) {\n      ... on AdminSpecialPriceRequest {\n        ...AdminSpecialPriceRequestFields\n      }\n      ... on ErrorResult {\n        errorCode\n        message\n      }\n    }\n  }\n": types.CounterOfferSpecialPriceRequestDocument,
    "\n  mutation RejectSpecialPriceRequest($id: ID!, $input: RejectSpecialPriceInput!) {\n    rejectSpecialPriceRequest(id: $id, input: $input) {\n      ... on AdminSpecialPriceRequest {\n        ...AdminSpecialPriceRequestFields\n      }\n      ... on ErrorResult {\n        errorCode\n        message\n      }\n    }\n  }\n": types.RejectSpecialPriceRequestDocument,
    "\n  query PricingClient($id: ID!) {\n    company(id: $id) {\n      id\n      name\n      basePriceTypeId\n      legalEntities {\n        id\n        name\n        inn\n        basePriceTypeId\n        contracts {\n          id\n          number\n          isDefault\n          status\n          currency\n          basePriceTypeId\n        }\n      }\n    }\n  }\n": types.PricingClientDocument,
    "\n  fragment RegistrationRowFields on RegistrationRequest {\n    id\n    kind\n    status\n    companyName\n    inn\n    kpp\n    contactName\n    email\n    phone\n    createdAt\n    emailVerifiedAt\n  }\n": types.RegistrationRowFieldsFragmentDoc,
    "\n  query Registrations($filter: RegistrationsFilterInput, $skip: Int!, $take: Int!) {\n    registrations(filter: $filter, skip: $skip, take: $take) {\n      totalCount\n      items {\n        ...RegistrationRowFields\n      }\n    }\n  }\n": types.RegistrationsDocument,
    "\n  fragment CompanyRefFields on RegistrationCompanyRef {\n    companyId\n    companyName\n    legalEntityName\n    inn\n    kpp\n    managerName\n    accessible\n    sameKpp\n  }\n": types.CompanyRefFieldsFragmentDoc,
    "\n  fragment RegistrationFields on RegistrationRequest {\n    ...RegistrationRowFields\n    region\n    businessKind\n    comment\n    contractNumber\n    locale\n    decidedAt\n    decidedBy {\n      id\n      fullName\n    }\n    rejectionReason\n    resultCompanyId\n    duplicates {\n      ...CompanyRefFields\n    }\n    matchedCompany {\n      ...CompanyRefFields\n    }\n  }\n": types.RegistrationFieldsFragmentDoc,
    "\n  query Registration($id: ID!) {\n    registration(id: $id) {\n      ...RegistrationFields\n    }\n  }\n": types.RegistrationDocument,
    "\n  mutation ApproveRegistration($id: ID!, $input: ApproveRegistrationInput) {\n    approveRegistration(id: $id, input: $input) {\n      __typename\n      ... on RegistrationRequest {\n        ...RegistrationFields\n      }\n      ... on AlreadyDecidedError {\n        errorCode\n        message\n      }\n      ... on AlreadyExistsError {\n        errorCode\n        message\n        field\n      }\n    }\n  }\n": types.ApproveRegistrationDocument,
    "\n  mutation RejectRegistration($id: ID!, $reason: String!) {\n    rejectRegistration(id: $id, reason: $reason) {\n      __typename\n      ... on RegistrationRequest {\n        ...RegistrationFields\n      }\n      ... on AlreadyDecidedError {\n        errorCode\n        message\n      }\n    }\n  }\n": types.RejectRegistrationDocument,
    "\n  query PendingRegistrations {\n    registrations(filter: { status: PENDING }, take: 1) {\n      totalCount\n    }\n  }\n": types.PendingRegistrationsDocument,
    "\n  fragment StaffUserFields on StaffUser {\n    id\n    fullName\n    email\n    role\n    phone\n    photoUrl\n    locale\n    active\n    hasPassword\n    lastLoginAt\n  }\n": types.StaffUserFieldsFragmentDoc,
    "\n  query StaffUsers($search: String, $role: StaffRole, $active: Boolean, $skip: Int!, $take: Int!) {\n    staffUsers(search: $search, role: $role, active: $active, skip: $skip, take: $take) {\n      totalCount\n      items {\n        ...StaffUserFields\n      }\n    }\n  }\n": types.StaffUsersDocument,
    "\n  mutation CreateStaffUser($input: CreateStaffUserInput!) {\n    createStaffUser(input: $input) {\n      __typename\n      ... on StaffUser {\n        ...StaffUserFields\n      }\n      ... on AlreadyExistsError {\n        errorCode\n        message\n        field\n      }\n    }\n  }\n": types.CreateStaffUserDocument,
    "\n  mutation UpdateStaffUser($id: ID!, $input: UpdateStaffUserInput!) {\n    updateStaffUser(id: $id, input: $input) {\n      __typename\n      ... on StaffUser {\n        ...StaffUserFields\n      }\n      ... on SelfChangeError {\n        errorCode\n        message\n      }\n    }\n  }\n": types.UpdateStaffUserDocument,
    "\n  mutation SetStaffUserActive($id: ID!, $active: Boolean!) {\n    setStaffUserActive(id: $id, active: $active) {\n      __typename\n      ... on StaffUser {\n        ...StaffUserFields\n      }\n      ... on SelfChangeError {\n        errorCode\n        message\n      }\n    }\n  }\n": types.SetStaffUserActiveDocument,
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
export function graphql(source: "\n  query ActAsSessions {\n    actAsSessions {\n      id\n      staffName\n      staffUserId\n      buyerName\n      buyerEmail\n      buyerUserId\n      companyId\n      companyName\n      startedAt\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  query ActAsSessions {\n    actAsSessions {\n      id\n      staffName\n      staffUserId\n      buyerName\n      buyerEmail\n      buyerUserId\n      companyId\n      companyName\n      startedAt\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndActAsSession($id: ID!) {\n    endActAsSession(id: $id)\n  }\n"): (typeof documents)["\n  mutation EndActAsSession($id: ID!) {\n    endActAsSession(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ApiKeyFields on ApiKey {\n    id\n    name\n    prefix\n    scopes\n    createdAt\n    lastUsedAt\n    revokedAt\n    createdBy {\n      id\n      fullName\n    }\n  }\n"): (typeof documents)["\n  fragment ApiKeyFields on ApiKey {\n    id\n    name\n    prefix\n    scopes\n    createdAt\n    lastUsedAt\n    revokedAt\n    createdBy {\n      id\n      fullName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiKeys {\n    apiKeys {\n      ...ApiKeyFields\n    }\n  }\n"): (typeof documents)["\n  query ApiKeys {\n    apiKeys {\n      ...ApiKeyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiKeyScopes {\n    apiKeyScopes\n  }\n"): (typeof documents)["\n  query ApiKeyScopes {\n    apiKeyScopes\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey {\n        ...ApiKeyFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey {\n        ...ApiKeyFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      ...ApiKeyFields\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      ...ApiKeyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditEvents($filter: AuditFilterInput, $skip: Int!, $take: Int!) {\n    auditEvents(filter: $filter, skip: $skip, take: $take) {\n      totalCount\n      items {\n        id\n        at\n        action\n        actorKind\n        staffUserId\n        staffUserName\n        buyerUserId\n        buyerUserName\n        apiKeyName\n        actingStaffUserName\n        companyId\n        companyName\n        entityType\n        entityId\n        reason\n        before\n        after\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditEvents($filter: AuditFilterInput, $skip: Int!, $take: Int!) {\n    auditEvents(filter: $filter, skip: $skip, take: $take) {\n      totalCount\n      items {\n        id\n        at\n        action\n        actorKind\n        staffUserId\n        staffUserName\n        buyerUserId\n        buyerUserName\n        apiKeyName\n        actingStaffUserName\n        companyId\n        companyName\n        entityType\n        entityId\n        reason\n        before\n        after\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionFields on AdminSession {\n    kind\n    staffUser {\n      id\n      email\n      fullName\n      role\n    }\n    apiKey {\n      id\n      name\n    }\n    permissions\n  }\n"): (typeof documents)["\n  fragment SessionFields on AdminSession {\n    kind\n    staffUser {\n      id\n      email\n      fullName\n      role\n    }\n    apiKey {\n      id\n      name\n    }\n    permissions\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      ...SessionFields\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      ...SessionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      __typename\n      ... on AdminAuthPayload {\n        accessToken\n        expiresAt\n        session {\n          ...SessionFields\n        }\n      }\n      ... on InvalidCredentialsError {\n        errorCode\n        message\n      }\n      ... on TooManyAttemptsError {\n        errorCode\n        message\n        retryAfterSeconds\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      __typename\n      ... on AdminAuthPayload {\n        accessToken\n        expiresAt\n        session {\n          ...SessionFields\n        }\n      }\n      ... on InvalidCredentialsError {\n        errorCode\n        message\n      }\n      ... on TooManyAttemptsError {\n        errorCode\n        message\n        retryAfterSeconds\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefreshAccessToken {\n    refreshAccessToken {\n      __typename\n      ... on AdminAuthPayload {\n        accessToken\n        expiresAt\n        session {\n          ...SessionFields\n        }\n      }\n      ... on InvalidRefreshTokenError {\n        errorCode\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RefreshAccessToken {\n    refreshAccessToken {\n      __typename\n      ... on AdminAuthPayload {\n        accessToken\n        expiresAt\n        session {\n          ...SessionFields\n        }\n      }\n      ... on InvalidRefreshTokenError {\n        errorCode\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input) {\n      __typename\n      ... on TooManyAttemptsError {\n        errorCode\n        message\n        retryAfterSeconds\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input) {\n      __typename\n      ... on TooManyAttemptsError {\n        errorCode\n        message\n        retryAfterSeconds\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetPassword($input: SetPasswordInput!) {\n    setPassword(input: $input) {\n      __typename\n      ... on PasswordSet {\n        email\n      }\n      ... on InvalidTokenError {\n        errorCode\n        message\n        reason\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetPassword($input: SetPasswordInput!) {\n    setPassword(input: $input) {\n      __typename\n      ... on PasswordSet {\n        email\n      }\n      ... on InvalidTokenError {\n        errorCode\n        message\n        reason\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CategoryFields on AdminCategory {\n    id\n    name\n    parentId\n    path\n    depth\n    position\n    active\n    externalId\n    productCount\n  }\n"): (typeof documents)["\n  fragment CategoryFields on AdminCategory {\n    id\n    name\n    parentId\n    path\n    depth\n    position\n    active\n    externalId\n    productCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Categories {\n    categories {\n      ...CategoryFields\n    }\n  }\n"): (typeof documents)["\n  query Categories {\n    categories {\n      ...CategoryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCategory($input: CategoryInput!) {\n    createCategory(input: $input) {\n      ...CategoryFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCategory($input: CategoryInput!) {\n    createCategory(input: $input) {\n      ...CategoryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCategory($id: ID!, $input: UpdateCategoryInput!) {\n    updateCategory(id: $id, input: $input) {\n      ...CategoryFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateCategory($id: ID!, $input: UpdateCategoryInput!) {\n    updateCategory(id: $id, input: $input) {\n      ...CategoryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveCategory($id: ID!, $parentId: ID, $position: Int!) {\n    moveCategory(id: $id, parentId: $parentId, position: $position) {\n      ...CategoryFields\n    }\n  }\n"): (typeof documents)["\n  mutation MoveCategory($id: ID!, $parentId: ID, $position: Int!) {\n    moveCategory(id: $id, parentId: $parentId, position: $position) {\n      ...CategoryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteCategory($id: ID!) {\n    deleteCategory(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteCategory($id: ID!) {\n    deleteCategory(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BrandFields on AdminBrand {\n    id\n    name\n    externalId\n    productCount\n  }\n"): (typeof documents)["\n  fragment BrandFields on AdminBrand {\n    id\n    name\n    externalId\n    productCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Brands {\n    brands {\n      ...BrandFields\n    }\n  }\n"): (typeof documents)["\n  query Brands {\n    brands {\n      ...BrandFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateBrand($input: BrandInput!) {\n    createBrand(input: $input) {\n      ...BrandFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateBrand($input: BrandInput!) {\n    createBrand(input: $input) {\n      ...BrandFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateBrand($id: ID!, $input: BrandInput!) {\n    updateBrand(id: $id, input: $input) {\n      ...BrandFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateBrand($id: ID!, $input: BrandInput!) {\n    updateBrand(id: $id, input: $input) {\n      ...BrandFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteBrand($id: ID!) {\n    deleteBrand(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteBrand($id: ID!) {\n    deleteBrand(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AttributeFields on AdminAttributeDefinition {\n    id\n    code\n    name\n    type\n    unit\n    filterable\n    position\n    options {\n      id\n      code\n      label\n    }\n  }\n"): (typeof documents)["\n  fragment AttributeFields on AdminAttributeDefinition {\n    id\n    code\n    name\n    type\n    unit\n    filterable\n    position\n    options {\n      id\n      code\n      label\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AttributeDefinitions {\n    attributeDefinitions {\n      ...AttributeFields\n    }\n  }\n"): (typeof documents)["\n  query AttributeDefinitions {\n    attributeDefinitions {\n      ...AttributeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAttributeDefinition($input: AttributeDefinitionInput!) {\n    createAttributeDefinition(input: $input) {\n      ...AttributeFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateAttributeDefinition($input: AttributeDefinitionInput!) {\n    createAttributeDefinition(input: $input) {\n      ...AttributeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAttributeDefinition($id: ID!, $input: UpdateAttributeDefinitionInput!) {\n    updateAttributeDefinition(id: $id, input: $input) {\n      ...AttributeFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateAttributeDefinition($id: ID!, $input: UpdateAttributeDefinitionInput!) {\n    updateAttributeDefinition(id: $id, input: $input) {\n      ...AttributeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteAttributeDefinition($id: ID!) {\n    deleteAttributeDefinition(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteAttributeDefinition($id: ID!) {\n    deleteAttributeDefinition(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Units {\n    units {\n      code\n      name\n      shortName\n      scale\n    }\n  }\n"): (typeof documents)["\n  query Units {\n    units {\n      code\n      name\n      shortName\n      scale\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProductRowFields on AdminProduct {\n    id\n    sku\n    name\n    summary\n    active\n    categoryId\n    categoryName\n    thumbnailUrl\n    brand {\n      id\n      name\n    }\n    unit {\n      code\n      shortName\n    }\n    orderStep\n    minOrderQuantity\n    packagings {\n      code\n      name\n      factor\n    }\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment ProductRowFields on AdminProduct {\n    id\n    sku\n    name\n    summary\n    active\n    categoryId\n    categoryName\n    thumbnailUrl\n    brand {\n      id\n      name\n    }\n    unit {\n      code\n      shortName\n    }\n    orderStep\n    minOrderQuantity\n    packagings {\n      code\n      name\n      factor\n    }\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminProducts($filter: AdminProductFilterInput, $skip: Int!, $take: Int!) {\n    products(filter: $filter, skip: $skip, take: $take) {\n      totalCount\n      items {\n        ...ProductRowFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminProducts($filter: AdminProductFilterInput, $skip: Int!, $take: Int!) {\n    products(filter: $filter, skip: $skip, take: $take) {\n      totalCount\n      items {\n        ...ProductRowFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProductFields on AdminProduct {\n    ...ProductRowFields\n    externalId\n    barcodes\n    vatRate\n    imageUrl\n    unit {\n      code\n      name\n      shortName\n      scale\n    }\n    packagings {\n      code\n      name\n      factor\n      barcode\n    }\n    attributes {\n      attribute {\n        id\n        code\n        name\n        type\n        unit\n      }\n      text\n      number\n      boolean\n      display\n      valueId\n    }\n    analogs {\n      productId\n      sku\n      name\n      kind\n      note\n    }\n  }\n"): (typeof documents)["\n  fragment ProductFields on AdminProduct {\n    ...ProductRowFields\n    externalId\n    barcodes\n    vatRate\n    imageUrl\n    unit {\n      code\n      name\n      shortName\n      scale\n    }\n    packagings {\n      code\n      name\n      factor\n      barcode\n    }\n    attributes {\n      attribute {\n        id\n        code\n        name\n        type\n        unit\n      }\n      text\n      number\n      boolean\n      display\n      valueId\n    }\n    analogs {\n      productId\n      sku\n      name\n      kind\n      note\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminProduct($id: ID!) {\n    product(id: $id) {\n      ...ProductFields\n    }\n  }\n"): (typeof documents)["\n  query AdminProduct($id: ID!) {\n    product(id: $id) {\n      ...ProductFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProductOptions($search: String) {\n    products(filter: { search: $search }, take: 20) {\n      items {\n        id\n        sku\n        name\n        unit {\n          code\n          shortName\n          scale\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProductOptions($search: String) {\n    products(filter: { search: $search }, take: 20) {\n      items {\n        id\n        sku\n        name\n        unit {\n          code\n          shortName\n          scale\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateProduct($input: ProductInput!) {\n    createProduct(input: $input) {\n      ...ProductFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateProduct($input: ProductInput!) {\n    createProduct(input: $input) {\n      ...ProductFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProduct($id: ID!, $input: ProductInput!) {\n    updateProduct(id: $id, input: $input) {\n      ...ProductFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateProduct($id: ID!, $input: ProductInput!) {\n    updateProduct(id: $id, input: $input) {\n      ...ProductFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StaffRefFields on StaffUser {\n    id\n    fullName\n    email\n    role\n    active\n  }\n"): (typeof documents)["\n  fragment StaffRefFields on StaffUser {\n    id\n    fullName\n    email\n    role\n    active\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CompanyRowFields on ClientCompany {\n    id\n    name\n    status\n    updatedAt\n    manager {\n      ...StaffRefFields\n    }\n    groups {\n      id\n      code\n      name\n    }\n    legalEntities {\n      id\n      name\n      inn\n      kpp\n    }\n  }\n"): (typeof documents)["\n  fragment CompanyRowFields on ClientCompany {\n    id\n    name\n    status\n    updatedAt\n    manager {\n      ...StaffRefFields\n    }\n    groups {\n      id\n      code\n      name\n    }\n    legalEntities {\n      id\n      name\n      inn\n      kpp\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Companies($filter: CompaniesFilterInput, $skip: Int!, $take: Int!) {\n    companies(filter: $filter, skip: $skip, take: $take) {\n      totalCount\n      items {\n        ...CompanyRowFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query Companies($filter: CompaniesFilterInput, $skip: Int!, $take: Int!) {\n    companies(filter: $filter, skip: $skip, take: $take) {\n      totalCount\n      items {\n        ...CompanyRowFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompanyOptions($search: String) {\n    companies(filter: { search: $search }, take: 20) {\n      items {\n        id\n        name\n        status\n        legalEntities {\n          id\n          inn\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CompanyOptions($search: String) {\n    companies(filter: { search: $search }, take: 20) {\n      items {\n        id\n        name\n        status\n        legalEntities {\n          id\n          inn\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ClientContractFields on ClientContract {\n    id\n    legalEntityId\n    number\n    date\n    currency\n    paymentTerms\n    deferralDays\n    creditLimit\n    validFrom\n    validTo\n    status\n    isDefault\n    basePriceTypeId\n    externalId\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment ClientContractFields on ClientContract {\n    id\n    legalEntityId\n    number\n    date\n    currency\n    paymentTerms\n    deferralDays\n    creditLimit\n    validFrom\n    validTo\n    status\n    isDefault\n    basePriceTypeId\n    externalId\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ClientLegalEntityFields on ClientLegalEntity {\n    id\n    companyId\n    name\n    fullName\n    inn\n    kpp\n    ogrn\n    legalAddress\n    postalAddress\n    bankName\n    bik\n    correspondentAccount\n    settlementAccount\n    externalId\n    basePriceTypeId\n    updatedAt\n    contracts {\n      ...ClientContractFields\n    }\n  }\n"): (typeof documents)["\n  fragment ClientLegalEntityFields on ClientLegalEntity {\n    id\n    companyId\n    name\n    fullName\n    inn\n    kpp\n    ogrn\n    legalAddress\n    postalAddress\n    bankName\n    bik\n    correspondentAccount\n    settlementAccount\n    externalId\n    basePriceTypeId\n    updatedAt\n    contracts {\n      ...ClientContractFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdminCompanyUserFields on CompanyUser {\n    id\n    fullName\n    email\n    phone\n    role\n    active\n    invitationPending\n    lastLoginAt\n    orderLimit\n    monthlyLimit\n  }\n"): (typeof documents)["\n  fragment AdminCompanyUserFields on CompanyUser {\n    id\n    fullName\n    email\n    phone\n    role\n    active\n    invitationPending\n    lastLoginAt\n    orderLimit\n    monthlyLimit\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DeliveryAddressFields on DeliveryAddress {\n    id\n    label\n    address\n    contactName\n    contactPhone\n    comment\n  }\n"): (typeof documents)["\n  fragment DeliveryAddressFields on DeliveryAddress {\n    id\n    label\n    address\n    contactName\n    contactPhone\n    comment\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CompanyFields on ClientCompany {\n    ...CompanyRowFields\n    notes\n    externalId\n    basePriceTypeId\n    blockedReason\n    createdAt\n    legalEntities {\n      ...ClientLegalEntityFields\n    }\n    users {\n      ...AdminCompanyUserFields\n    }\n    deliveryAddresses {\n      ...DeliveryAddressFields\n    }\n  }\n"): (typeof documents)["\n  fragment CompanyFields on ClientCompany {\n    ...CompanyRowFields\n    notes\n    externalId\n    basePriceTypeId\n    blockedReason\n    createdAt\n    legalEntities {\n      ...ClientLegalEntityFields\n    }\n    users {\n      ...AdminCompanyUserFields\n    }\n    deliveryAddresses {\n      ...DeliveryAddressFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Company($id: ID!) {\n    company(id: $id) {\n      ...CompanyFields\n    }\n  }\n"): (typeof documents)["\n  query Company($id: ID!) {\n    company(id: $id) {\n      ...CompanyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContractorGroups {\n    contractorGroups {\n      id\n      code\n      name\n      companyCount\n    }\n  }\n"): (typeof documents)["\n  query ContractorGroups {\n    contractorGroups {\n      id\n      code\n      name\n      companyCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ManagerOptions {\n    staffUsers(active: true, take: 500) {\n      items {\n        ...StaffRefFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query ManagerOptions {\n    staffUsers(active: true, take: 500) {\n      items {\n        ...StaffRefFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCompany($input: CreateCompanyInput!) {\n    createCompany(input: $input) {\n      __typename\n      ... on ClientCompany {\n        id\n        name\n      }\n      ... on AlreadyExistsError {\n        errorCode\n        message\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCompany($input: CreateCompanyInput!) {\n    createCompany(input: $input) {\n      __typename\n      ... on ClientCompany {\n        id\n        name\n      }\n      ... on AlreadyExistsError {\n        errorCode\n        message\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCompany($id: ID!, $input: UpdateCompanyInput!) {\n    updateCompany(id: $id, input: $input) {\n      __typename\n      ... on ClientCompany {\n        ...CompanyFields\n      }\n      ... on AlreadyExistsError {\n        errorCode\n        message\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateCompany($id: ID!, $input: UpdateCompanyInput!) {\n    updateCompany(id: $id, input: $input) {\n      __typename\n      ... on ClientCompany {\n        ...CompanyFields\n      }\n      ... on AlreadyExistsError {\n        errorCode\n        message\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetCompanyStatus($id: ID!, $status: CompanyStatus!, $reason: String) {\n    setCompanyStatus(id: $id, status: $status, reason: $reason) {\n      ...CompanyFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetCompanyStatus($id: ID!, $status: CompanyStatus!, $reason: String) {\n    setCompanyStatus(id: $id, status: $status, reason: $reason) {\n      ...CompanyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetCompanyManager($id: ID!, $managerId: ID) {\n    setCompanyManager(id: $id, managerId: $managerId) {\n      ...CompanyFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetCompanyManager($id: ID!, $managerId: ID) {\n    setCompanyManager(id: $id, managerId: $managerId) {\n      ...CompanyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetCompanyGroups($id: ID!, $groupIds: [ID!]!) {\n    setCompanyGroups(id: $id, groupIds: $groupIds) {\n      ...CompanyFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetCompanyGroups($id: ID!, $groupIds: [ID!]!) {\n    setCompanyGroups(id: $id, groupIds: $groupIds) {\n      ...CompanyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateLegalEntity($companyId: ID!, $input: LegalEntityInput!) {\n    createLegalEntity(companyId: $companyId, input: $input) {\n      __typename\n      ... on ClientLegalEntity {\n        ...ClientLegalEntityFields\n      }\n      ... on AlreadyExistsError {\n        errorCode\n        message\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateLegalEntity($companyId: ID!, $input: LegalEntityInput!) {\n    createLegalEntity(companyId: $companyId, input: $input) {\n      __typename\n      ... on ClientLegalEntity {\n        ...ClientLegalEntityFields\n      }\n      ... on AlreadyExistsError {\n        errorCode\n        message\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateLegalEntity($id: ID!, $input: LegalEntityInput!) {\n    updateLegalEntity(id: $id, input: $input) {\n      __typename\n      ... on ClientLegalEntity {\n        ...ClientLegalEntityFields\n      }\n      ... on AlreadyExistsError {\n        errorCode\n        message\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateLegalEntity($id: ID!, $input: LegalEntityInput!) {\n    updateLegalEntity(id: $id, input: $input) {\n      __typename\n      ... on ClientLegalEntity {\n        ...ClientLegalEntityFields\n      }\n      ... on AlreadyExistsError {\n        errorCode\n        message\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteLegalEntity($id: ID!) {\n    deleteLegalEntity(id: $id) {\n      __typename\n      ... on Deleted {\n        id\n      }\n      ... on InUseError {\n        errorCode\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteLegalEntity($id: ID!) {\n    deleteLegalEntity(id: $id) {\n      __typename\n      ... on Deleted {\n        id\n      }\n      ... on InUseError {\n        errorCode\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateContract($legalEntityId: ID!, $input: ContractInput!) {\n    createContract(legalEntityId: $legalEntityId, input: $input) {\n      __typename\n      ... on ClientContract {\n        ...ClientContractFields\n      }\n      ... on AlreadyExistsError {\n        errorCode\n        message\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateContract($legalEntityId: ID!, $input: ContractInput!) {\n    createContract(legalEntityId: $legalEntityId, input: $input) {\n      __typename\n      ... on ClientContract {\n        ...ClientContractFields\n      }\n      ... on AlreadyExistsError {\n        errorCode\n        message\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateContract($id: ID!, $input: ContractInput!) {\n    updateContract(id: $id, input: $input) {\n      __typename\n      ... on ClientContract {\n        ...ClientContractFields\n      }\n      ... on AlreadyExistsError {\n        errorCode\n        message\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateContract($id: ID!, $input: ContractInput!) {\n    updateContract(id: $id, input: $input) {\n      __typename\n      ... on ClientContract {\n        ...ClientContractFields\n      }\n      ... on AlreadyExistsError {\n        errorCode\n        message\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteContract($id: ID!) {\n    deleteContract(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteContract($id: ID!) {\n    deleteContract(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateDeliveryAddress($companyId: ID!, $input: DeliveryAddressInput!) {\n    createDeliveryAddress(companyId: $companyId, input: $input) {\n      ...DeliveryAddressFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateDeliveryAddress($companyId: ID!, $input: DeliveryAddressInput!) {\n    createDeliveryAddress(companyId: $companyId, input: $input) {\n      ...DeliveryAddressFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateDeliveryAddress($id: ID!, $input: DeliveryAddressInput!) {\n    updateDeliveryAddress(id: $id, input: $input) {\n      ...DeliveryAddressFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateDeliveryAddress($id: ID!, $input: DeliveryAddressInput!) {\n    updateDeliveryAddress(id: $id, input: $input) {\n      ...DeliveryAddressFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteDeliveryAddress($id: ID!) {\n    deleteDeliveryAddress(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteDeliveryAddress($id: ID!) {\n    deleteDeliveryAddress(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteClientUser($companyId: ID!, $input: InviteUserInput!) {\n    inviteClientUser(companyId: $companyId, input: $input) {\n      __typename\n      ... on CompanyUser {\n        id\n      }\n      ... on AlreadyMemberError {\n        errorCode\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation InviteClientUser($companyId: ID!, $input: InviteUserInput!) {\n    inviteClientUser(companyId: $companyId, input: $input) {\n      __typename\n      ... on CompanyUser {\n        id\n      }\n      ... on AlreadyMemberError {\n        errorCode\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetClientUserRole($companyId: ID!, $userId: ID!, $role: BuyerRole!) {\n    setClientUserRole(companyId: $companyId, userId: $userId, role: $role) {\n      __typename\n      ... on ErrorResult {\n        errorCode\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetClientUserRole($companyId: ID!, $userId: ID!, $role: BuyerRole!) {\n    setClientUserRole(companyId: $companyId, userId: $userId, role: $role) {\n      __typename\n      ... on ErrorResult {\n        errorCode\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetClientUserLimits($companyId: ID!, $userId: ID!, $limits: UserLimitsInput!) {\n    setClientUserLimits(companyId: $companyId, userId: $userId, limits: $limits) {\n      __typename\n      ... on ErrorResult {\n        errorCode\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetClientUserLimits($companyId: ID!, $userId: ID!, $limits: UserLimitsInput!) {\n    setClientUserLimits(companyId: $companyId, userId: $userId, limits: $limits) {\n      __typename\n      ... on ErrorResult {\n        errorCode\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetClientUserActive($companyId: ID!, $userId: ID!, $active: Boolean!) {\n    setClientUserActive(companyId: $companyId, userId: $userId, active: $active) {\n      __typename\n      ... on ErrorResult {\n        errorCode\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetClientUserActive($companyId: ID!, $userId: ID!, $active: Boolean!) {\n    setClientUserActive(companyId: $companyId, userId: $userId, active: $active) {\n      __typename\n      ... on ErrorResult {\n        errorCode\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartActAsBuyer($companyId: ID!, $buyerUserId: ID!) {\n    startActAsBuyer(companyId: $companyId, buyerUserId: $buyerUserId) {\n      __typename\n      ... on ActAsTicket {\n        url\n        expiresAt\n      }\n      ... on NotActiveError {\n        errorCode\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation StartActAsBuyer($companyId: ID!, $buyerUserId: ID!) {\n    startActAsBuyer(companyId: $companyId, buyerUserId: $buyerUserId) {\n      __typename\n      ... on ActAsTicket {\n        url\n        expiresAt\n      }\n      ... on NotActiveError {\n        errorCode\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateContractorGroup($input: ContractorGroupInput!) {\n    createContractorGroup(input: $input) {\n      __typename\n      ... on ContractorGroup {\n        id\n        code\n        name\n        companyCount\n      }\n      ... on AlreadyExistsError {\n        errorCode\n        message\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateContractorGroup($input: ContractorGroupInput!) {\n    createContractorGroup(input: $input) {\n      __typename\n      ... on ContractorGroup {\n        id\n        code\n        name\n        companyCount\n      }\n      ... on AlreadyExistsError {\n        errorCode\n        message\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateContractorGroup($id: ID!, $input: ContractorGroupInput!) {\n    updateContractorGroup(id: $id, input: $input) {\n      __typename\n      ... on ContractorGroup {\n        id\n        code\n        name\n        companyCount\n      }\n      ... on AlreadyExistsError {\n        errorCode\n        message\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateContractorGroup($id: ID!, $input: ContractorGroupInput!) {\n    updateContractorGroup(id: $id, input: $input) {\n      __typename\n      ... on ContractorGroup {\n        id\n        code\n        name\n        companyCount\n      }\n      ... on AlreadyExistsError {\n        errorCode\n        message\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteContractorGroup($id: ID!) {\n    deleteContractorGroup(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteContractorGroup($id: ID!) {\n    deleteContractorGroup(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WarehouseFields on Warehouse {\n    id\n    code\n    name\n    city\n    region\n    branch\n    pickupPoint\n    active\n    position\n  }\n"): (typeof documents)["\n  fragment WarehouseFields on Warehouse {\n    id\n    code\n    name\n    city\n    region\n    branch\n    pickupPoint\n    active\n    position\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Warehouses {\n    warehouses {\n      ...WarehouseFields\n    }\n  }\n"): (typeof documents)["\n  query Warehouses {\n    warehouses {\n      ...WarehouseFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateWarehouse($input: WarehouseInput!) {\n    createWarehouse(input: $input) {\n      ...WarehouseFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateWarehouse($input: WarehouseInput!) {\n    createWarehouse(input: $input) {\n      ...WarehouseFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateWarehouse($id: ID!, $input: WarehouseInput!) {\n    updateWarehouse(id: $id, input: $input) {\n      ...WarehouseFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateWarehouse($id: ID!, $input: WarehouseInput!) {\n    updateWarehouse(id: $id, input: $input) {\n      ...WarehouseFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StockLevelFields on StockLevel {\n    onHand\n    reserved\n    available\n    updatedAt\n    product {\n      id\n      sku\n      name\n      unit {\n        code\n        shortName\n        scale\n      }\n    }\n    warehouse {\n      id\n      code\n      name\n      city\n    }\n  }\n"): (typeof documents)["\n  fragment StockLevelFields on StockLevel {\n    onHand\n    reserved\n    available\n    updatedAt\n    product {\n      id\n      sku\n      name\n      unit {\n        code\n        shortName\n        scale\n      }\n    }\n    warehouse {\n      id\n      code\n      name\n      city\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StockLevels($filter: StockFilterInput, $skip: Int!, $take: Int!) {\n    stockLevels(filter: $filter, skip: $skip, take: $take) {\n      totalCount\n      items {\n        ...StockLevelFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query StockLevels($filter: StockFilterInput, $skip: Int!, $take: Int!) {\n    stockLevels(filter: $filter, skip: $skip, take: $take) {\n      totalCount\n      items {\n        ...StockLevelFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdjustStock($input: StockAdjustmentInput!) {\n    adjustStock(input: $input) {\n      ...StockLevelFields\n    }\n  }\n"): (typeof documents)["\n  mutation AdjustStock($input: StockAdjustmentInput!) {\n    adjustStock(input: $input) {\n      ...StockLevelFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SupplyFields on IncomingSupply {\n    id\n    quantity\n    expectedDate\n    status\n    note\n    externalId\n    product {\n      id\n      sku\n      name\n      unit {\n        code\n        shortName\n        scale\n      }\n    }\n    warehouse {\n      id\n      code\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment SupplyFields on IncomingSupply {\n    id\n    quantity\n    expectedDate\n    status\n    note\n    externalId\n    product {\n      id\n      sku\n      name\n      unit {\n        code\n        shortName\n        scale\n      }\n    }\n    warehouse {\n      id\n      code\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IncomingSupplies($filter: SupplyFilterInput, $skip: Int!, $take: Int!) {\n    incomingSupplies(filter: $filter, skip: $skip, take: $take) {\n      totalCount\n      items {\n        ...SupplyFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query IncomingSupplies($filter: SupplyFilterInput, $skip: Int!, $take: Int!) {\n    incomingSupplies(filter: $filter, skip: $skip, take: $take) {\n      totalCount\n      items {\n        ...SupplyFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateIncomingSupply($input: IncomingSupplyInput!) {\n    createIncomingSupply(input: $input) {\n      ...SupplyFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateIncomingSupply($input: IncomingSupplyInput!) {\n    createIncomingSupply(input: $input) {\n      ...SupplyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateIncomingSupply($id: ID!, $input: UpdateIncomingSupplyInput!) {\n    updateIncomingSupply(id: $id, input: $input) {\n      ...SupplyFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateIncomingSupply($id: ID!, $input: UpdateIncomingSupplyInput!) {\n    updateIncomingSupply(id: $id, input: $input) {\n      ...SupplyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminReservations($filter: AdminReservationFilterInput, $skip: Int!, $take: Int!) {\n    reservations(filter: $filter, skip: $skip, take: $take) {\n      totalCount\n      items {\n        id\n        quantity\n        status\n        createdAt\n        expiresAt\n        endedAt\n        secondsLeft\n        comment\n        reservedBy\n        company {\n          id\n          name\n        }\n        product {\n          id\n          sku\n          name\n          unit {\n            code\n            shortName\n          }\n        }\n        warehouse {\n          id\n          code\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminReservations($filter: AdminReservationFilterInput, $skip: Int!, $take: Int!) {\n    reservations(filter: $filter, skip: $skip, take: $take) {\n      totalCount\n      items {\n        id\n        quantity\n        status\n        createdAt\n        expiresAt\n        endedAt\n        secondsLeft\n        comment\n        reservedBy\n        company {\n          id\n          name\n        }\n        product {\n          id\n          sku\n          name\n          unit {\n            code\n            shortName\n          }\n        }\n        warehouse {\n          id\n          code\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReleaseReservation($id: ID!, $reason: String) {\n    releaseReservation(id: $id, reason: $reason) {\n      id\n      status\n      endedAt\n      secondsLeft\n    }\n  }\n"): (typeof documents)["\n  mutation ReleaseReservation($id: ID!, $reason: String) {\n    releaseReservation(id: $id, reason: $reason) {\n      id\n      status\n      endedAt\n      secondsLeft\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdminOrderRowFields on AdminOrder {\n    id\n    number\n    status\n    submissionId\n    submissionNumber\n    company {\n      id\n      name\n    }\n    buyerName\n    poNumber\n    warehouse {\n      id\n      code\n      name\n    }\n    divisionName\n    sellerName\n    total\n    currency\n    lineCount\n    createdAt\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment AdminOrderRowFields on AdminOrder {\n    id\n    number\n    status\n    submissionId\n    submissionNumber\n    company {\n      id\n      name\n    }\n    buyerName\n    poNumber\n    warehouse {\n      id\n      code\n      name\n    }\n    divisionName\n    sellerName\n    total\n    currency\n    lineCount\n    createdAt\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminOrders($filter: AdminOrderFilterInput, $skip: Int!, $take: Int!) {\n    adminOrders(filter: $filter, skip: $skip, take: $take) {\n      totalCount\n      items {\n        ...AdminOrderRowFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminOrders($filter: AdminOrderFilterInput, $skip: Int!, $take: Int!) {\n    adminOrders(filter: $filter, skip: $skip, take: $take) {\n      totalCount\n      items {\n        ...AdminOrderRowFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdminOrderFields on AdminOrder {\n    ...AdminOrderRowFields\n    buyerName\n    externalId\n    vatTotal\n    contractNumber\n    deliveryAddress\n    pickupWarehouse {\n      id\n      code\n      name\n      city\n    }\n    desiredDate\n    comment\n    approvalStatus\n    approvalComment\n    approvalReasons {\n      kind\n      limit\n      orderTotal\n      monthSpent\n    }\n    nextStatuses\n    lines {\n      id\n      position\n      sku\n      name\n      unitCode\n      packagingCode\n      quantity\n      price\n      vatRate\n      amount\n    }\n    history {\n      fromStatus\n      toStatus\n      actorKind\n      actorName\n      comment\n      at\n    }\n  }\n"): (typeof documents)["\n  fragment AdminOrderFields on AdminOrder {\n    ...AdminOrderRowFields\n    buyerName\n    externalId\n    vatTotal\n    contractNumber\n    deliveryAddress\n    pickupWarehouse {\n      id\n      code\n      name\n      city\n    }\n    desiredDate\n    comment\n    approvalStatus\n    approvalComment\n    approvalReasons {\n      kind\n      limit\n      orderTotal\n      monthSpent\n    }\n    nextStatuses\n    lines {\n      id\n      position\n      sku\n      name\n      unitCode\n      packagingCode\n      quantity\n      price\n      vatRate\n      amount\n    }\n    history {\n      fromStatus\n      toStatus\n      actorKind\n      actorName\n      comment\n      at\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminOrder($id: ID!) {\n    adminOrder(id: $id) {\n      ...AdminOrderFields\n    }\n  }\n"): (typeof documents)["\n  query AdminOrder($id: ID!) {\n    adminOrder(id: $id) {\n      ...AdminOrderFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SubmissionOrders($search: String!) {\n    adminOrders(filter: { search: $search }, take: 50) {\n      items {\n        ...AdminOrderRowFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query SubmissionOrders($search: String!) {\n    adminOrders(filter: { search: $search }, take: 50) {\n      items {\n        ...AdminOrderRowFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeOrderStatus($id: ID!, $status: OrderStatus!, $comment: String) {\n    changeOrderStatus(id: $id, status: $status, comment: $comment) {\n      __typename\n      ... on AdminOrder {\n        ...AdminOrderFields\n      }\n      ... on StatusChangeRefusedError {\n        errorCode\n        message\n        reason\n      }\n      ... on NotFoundError {\n        errorCode\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeOrderStatus($id: ID!, $status: OrderStatus!, $comment: String) {\n    changeOrderStatus(id: $id, status: $status, comment: $comment) {\n      __typename\n      ... on AdminOrder {\n        ...AdminOrderFields\n      }\n      ... on StatusChangeRefusedError {\n        errorCode\n        message\n        reason\n      }\n      ... on NotFoundError {\n        errorCode\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SplitRuleFields on SplitRule {\n    id\n    name\n    kind\n    warehouseIds\n    categoryIds\n    divisionIds\n    divisionId\n    sellerLegalEntityId\n  }\n"): (typeof documents)["\n  fragment SplitRuleFields on SplitRule {\n    id\n    name\n    kind\n    warehouseIds\n    categoryIds\n    divisionIds\n    divisionId\n    sellerLegalEntityId\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SplitRules {\n    splitRules {\n      rules {\n        ...SplitRuleFields\n      }\n      problems\n    }\n    sellerDivisions {\n      id\n      name\n      sellerLegalEntityId\n    }\n    sellerLegalEntities {\n      id\n      name\n      inn\n    }\n  }\n"): (typeof documents)["\n  query SplitRules {\n    splitRules {\n      rules {\n        ...SplitRuleFields\n      }\n      problems\n    }\n    sellerDivisions {\n      id\n      name\n      sellerLegalEntityId\n    }\n    sellerLegalEntities {\n      id\n      name\n      inn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveSplitRules($rules: [SplitRuleInput!]!) {\n    saveSplitRules(rules: $rules) {\n      rules {\n        ...SplitRuleFields\n      }\n      problems\n    }\n  }\n"): (typeof documents)["\n  mutation SaveSplitRules($rules: [SplitRuleInput!]!) {\n    saveSplitRules(rules: $rules) {\n      rules {\n        ...SplitRuleFields\n      }\n      problems\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OutboxEmailFields on OutboxEmail {\n    id\n    createdAt\n    to\n    toName\n    subject\n    template\n    locale\n    status\n    attempts\n    sentAt\n    lastError\n    companyId\n    # Small plain-text and HTML bodies: the preview shows them without another round trip.\n    textBody\n    htmlBody\n  }\n"): (typeof documents)["\n  fragment OutboxEmailFields on OutboxEmail {\n    id\n    createdAt\n    to\n    toName\n    subject\n    template\n    locale\n    status\n    attempts\n    sentAt\n    lastError\n    companyId\n    # Small plain-text and HTML bodies: the preview shows them without another round trip.\n    textBody\n    htmlBody\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EmailOutbox($filter: OutboxFilterInput, $skip: Int!, $take: Int!) {\n    emailOutbox(filter: $filter, skip: $skip, take: $take) {\n      totalCount\n      items {\n        ...OutboxEmailFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query EmailOutbox($filter: OutboxFilterInput, $skip: Int!, $take: Int!) {\n    emailOutbox(filter: $filter, skip: $skip, take: $take) {\n      totalCount\n      items {\n        ...OutboxEmailFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RetryEmail($id: ID!) {\n    retryEmail(id: $id) {\n      ...OutboxEmailFields\n    }\n  }\n"): (typeof documents)["\n  mutation RetryEmail($id: ID!) {\n    retryEmail(id: $id) {\n      ...OutboxEmailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PriceTypeFields on PriceType {\n    id\n    code\n    name\n    currency\n    vatIncluded\n    staffOnly\n    isDefault\n    position\n    entryCount\n  }\n"): (typeof documents)["\n  fragment PriceTypeFields on PriceType {\n    id\n    code\n    name\n    currency\n    vatIncluded\n    staffOnly\n    isDefault\n    position\n    entryCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PriceTypes {\n    priceTypes {\n      ...PriceTypeFields\n    }\n  }\n"): (typeof documents)["\n  query PriceTypes {\n    priceTypes {\n      ...PriceTypeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePriceType($input: PriceTypeInput!) {\n    createPriceType(input: $input) {\n      ...PriceTypeFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePriceType($input: PriceTypeInput!) {\n    createPriceType(input: $input) {\n      ...PriceTypeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePriceType($id: ID!, $input: PriceTypeInput!) {\n    updatePriceType(id: $id, input: $input) {\n      ...PriceTypeFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdatePriceType($id: ID!, $input: PriceTypeInput!) {\n    updatePriceType(id: $id, input: $input) {\n      ...PriceTypeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeletePriceType($id: ID!) {\n    deletePriceType(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeletePriceType($id: ID!) {\n    deletePriceType(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetBasePriceType($input: SetBasePriceTypeInput!) {\n    setBasePriceType(input: $input)\n  }\n"): (typeof documents)["\n  mutation SetBasePriceType($input: SetBasePriceTypeInput!) {\n    setBasePriceType(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PriceEntryFields on PriceEntry {\n    priceTypeId\n    priceTypeCode\n    packagingCode\n    price\n    tiers {\n      from\n      price\n    }\n    updatedAt\n    product {\n      id\n      sku\n      name\n      externalId\n    }\n  }\n"): (typeof documents)["\n  fragment PriceEntryFields on PriceEntry {\n    priceTypeId\n    priceTypeCode\n    packagingCode\n    price\n    tiers {\n      from\n      price\n    }\n    updatedAt\n    product {\n      id\n      sku\n      name\n      externalId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PriceEntries($filter: PriceEntryFilterInput, $skip: Int!, $take: Int!) {\n    priceEntries(filter: $filter, skip: $skip, take: $take) {\n      totalCount\n      items {\n        ...PriceEntryFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query PriceEntries($filter: PriceEntryFilterInput, $skip: Int!, $take: Int!) {\n    priceEntries(filter: $filter, skip: $skip, take: $take) {\n      totalCount\n      items {\n        ...PriceEntryFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpsertPriceEntries($input: UpsertPriceEntriesInput!) {\n    upsertPriceEntries(input: $input) {\n      applied\n      items {\n        row\n        sku\n        priceTypeCode\n        packagingCode\n        changed\n      }\n      rowErrors {\n        row\n        field\n        key\n        errorCode\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpsertPriceEntries($input: UpsertPriceEntriesInput!) {\n    upsertPriceEntries(input: $input) {\n      applied\n      items {\n        row\n        sku\n        priceTypeCode\n        packagingCode\n        changed\n      }\n      rowErrors {\n        row\n        field\n        key\n        errorCode\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PriceRuleFields on PriceRule {\n    id\n    name\n    publicLabel\n    active\n    priority\n    policy\n    scopeKind\n    scopeId\n    scopeName\n    targetKind\n    targetId\n    targetName\n    actionKind\n    value\n    priceTypeId\n    currency\n    tierBasis\n    tiers {\n      from\n      value\n    }\n    validFrom\n    validTo\n    warehouseIds\n    paymentTerms\n    maxDeferralDays\n    minOrderAmount\n    externalId\n    specialPriceRequestId\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment PriceRuleFields on PriceRule {\n    id\n    name\n    publicLabel\n    active\n    priority\n    policy\n    scopeKind\n    scopeId\n    scopeName\n    targetKind\n    targetId\n    targetName\n    actionKind\n    value\n    priceTypeId\n    currency\n    tierBasis\n    tiers {\n      from\n      value\n    }\n    validFrom\n    validTo\n    warehouseIds\n    paymentTerms\n    maxDeferralDays\n    minOrderAmount\n    externalId\n    specialPriceRequestId\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PriceRules($filter: PriceRuleFilterInput, $skip: Int!, $take: Int!) {\n    priceRules(filter: $filter, skip: $skip, take: $take) {\n      totalCount\n      items {\n        ...PriceRuleFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query PriceRules($filter: PriceRuleFilterInput, $skip: Int!, $take: Int!) {\n    priceRules(filter: $filter, skip: $skip, take: $take) {\n      totalCount\n      items {\n        ...PriceRuleFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PriceRule($id: ID!) {\n    priceRule(id: $id) {\n      ...PriceRuleFields\n    }\n  }\n"): (typeof documents)["\n  query PriceRule($id: ID!) {\n    priceRule(id: $id) {\n      ...PriceRuleFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PriceRuleWarnings($id: ID, $input: PriceRuleInput!) {\n    priceRuleWarnings(id: $id, input: $input) {\n      code\n      message\n      ruleId\n      ruleName\n    }\n  }\n"): (typeof documents)["\n  query PriceRuleWarnings($id: ID, $input: PriceRuleInput!) {\n    priceRuleWarnings(id: $id, input: $input) {\n      code\n      message\n      ruleId\n      ruleName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePriceRule($input: PriceRuleInput!) {\n    createPriceRule(input: $input) {\n      rule {\n        ...PriceRuleFields\n      }\n      warnings {\n        code\n        ruleName\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePriceRule($input: PriceRuleInput!) {\n    createPriceRule(input: $input) {\n      rule {\n        ...PriceRuleFields\n      }\n      warnings {\n        code\n        ruleName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePriceRule($id: ID!, $input: PriceRuleInput!) {\n    updatePriceRule(id: $id, input: $input) {\n      rule {\n        ...PriceRuleFields\n      }\n      warnings {\n        code\n        ruleName\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdatePriceRule($id: ID!, $input: PriceRuleInput!) {\n    updatePriceRule(id: $id, input: $input) {\n      rule {\n        ...PriceRuleFields\n      }\n      warnings {\n        code\n        ruleName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeletePriceRule($id: ID!) {\n    deletePriceRule(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeletePriceRule($id: ID!) {\n    deletePriceRule(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SimulatePrices($input: SimulatePricesInput!) {\n    simulatePrices(input: $input) {\n      at\n      contractId\n      basePriceType {\n        id\n        code\n        name\n      }\n      lines {\n        productId\n        sku\n        status\n        quantity\n        unit\n        baseQuantity\n        basePrice\n        unitPrice\n        baseUnitPrice\n        lineAmount\n        currency\n        clampedAtZero\n        priceType {\n          code\n          name\n          vatIncluded\n        }\n        noPriceReason {\n          code\n          text\n        }\n        hints {\n          fromQuantity\n          price\n        }\n        steps {\n          ruleId\n          ruleName\n          publicLabel\n          actionKind\n          policy\n          value\n          tierFrom\n          outcome\n          priceBefore\n          priceAfter\n          reason {\n            code\n            text\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SimulatePrices($input: SimulatePricesInput!) {\n    simulatePrices(input: $input) {\n      at\n      contractId\n      basePriceType {\n        id\n        code\n        name\n      }\n      lines {\n        productId\n        sku\n        status\n        quantity\n        unit\n        baseQuantity\n        basePrice\n        unitPrice\n        baseUnitPrice\n        lineAmount\n        currency\n        clampedAtZero\n        priceType {\n          code\n          name\n          vatIncluded\n        }\n        noPriceReason {\n          code\n          text\n        }\n        hints {\n          fromQuantity\n          price\n        }\n        steps {\n          ruleId\n          ruleName\n          publicLabel\n          actionKind\n          policy\n          value\n          tierFrom\n          outcome\n          priceBefore\n          priceAfter\n          reason {\n            code\n            text\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdminSpecialPriceRequestFields on AdminSpecialPriceRequest {\n    id\n    number\n    status\n    active\n    comment\n    createdAt\n    decidedAt\n    validUntil\n    managerComment\n    rejectReason\n    declineComment\n    ruleIds\n    client {\n      companyId\n      companyName\n      contractId\n      contractNumber\n      buyerName\n      buyerEmail\n    }\n    lines {\n      id\n      quantity\n      targetPrice\n      currentPrice\n      offeredPrice\n      approvedPrice\n      product {\n        id\n        sku\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment AdminSpecialPriceRequestFields on AdminSpecialPriceRequest {\n    id\n    number\n    status\n    active\n    comment\n    createdAt\n    decidedAt\n    validUntil\n    managerComment\n    rejectReason\n    declineComment\n    ruleIds\n    client {\n      companyId\n      companyName\n      contractId\n      contractNumber\n      buyerName\n      buyerEmail\n    }\n    lines {\n      id\n      quantity\n      targetPrice\n      currentPrice\n      offeredPrice\n      approvedPrice\n      product {\n        id\n        sku\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminSpecialPriceRequests($filter: SpecialPriceFilterInput, $skip: Int!, $take: Int!) {\n    adminSpecialPriceRequests(filter: $filter, skip: $skip, take: $take) {\n      totalCount\n      items {\n        ...AdminSpecialPriceRequestFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminSpecialPriceRequests($filter: SpecialPriceFilterInput, $skip: Int!, $take: Int!) {\n    adminSpecialPriceRequests(filter: $filter, skip: $skip, take: $take) {\n      totalCount\n      items {\n        ...AdminSpecialPriceRequestFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminSpecialPriceRequest($id: ID!) {\n    adminSpecialPriceRequest(id: $id) {\n      ...AdminSpecialPriceRequestFields\n    }\n  }\n"): (typeof documents)["\n  query AdminSpecialPriceRequest($id: ID!) {\n    adminSpecialPriceRequest(id: $id) {\n      ...AdminSpecialPriceRequestFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveSpecialPriceRequest($id: ID!, $input: DecideSpecialPriceInput) {\n    approveSpecialPriceRequest(id: $id, input: $input) {\n      ... on AdminSpecialPriceRequest {\n        ...AdminSpecialPriceRequestFields\n      }\n      ... on ErrorResult {\n        errorCode\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ApproveSpecialPriceRequest($id: ID!, $input: DecideSpecialPriceInput) {\n    approveSpecialPriceRequest(id: $id, input: $input) {\n      ... on AdminSpecialPriceRequest {\n        ...AdminSpecialPriceRequestFields\n      }\n      ... on ErrorResult {\n        errorCode\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CounterOfferSpecialPriceRequest($id: ID!, $input: DecideSpecialPriceInput!) {\n    counterOfferSpecialPriceRequest(id: $id, input: $input) {\n      ... on AdminSpecialPriceRequest {\n        ...AdminSpecialPriceRequestFields\n      }\n      ... on ErrorResult {\n        errorCode\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CounterOfferSpecialPriceRequest($id: ID!, $input: DecideSpecialPriceInput!) {\n    counterOfferSpecialPriceRequest(id: $id, input: $input) {\n      ... on AdminSpecialPriceRequest {\n        ...AdminSpecialPriceRequestFields\n      }\n      ... on ErrorResult {\n        errorCode\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectSpecialPriceRequest($id: ID!, $input: RejectSpecialPriceInput!) {\n    rejectSpecialPriceRequest(id: $id, input: $input) {\n      ... on AdminSpecialPriceRequest {\n        ...AdminSpecialPriceRequestFields\n      }\n      ... on ErrorResult {\n        errorCode\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RejectSpecialPriceRequest($id: ID!, $input: RejectSpecialPriceInput!) {\n    rejectSpecialPriceRequest(id: $id, input: $input) {\n      ... on AdminSpecialPriceRequest {\n        ...AdminSpecialPriceRequestFields\n      }\n      ... on ErrorResult {\n        errorCode\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PricingClient($id: ID!) {\n    company(id: $id) {\n      id\n      name\n      basePriceTypeId\n      legalEntities {\n        id\n        name\n        inn\n        basePriceTypeId\n        contracts {\n          id\n          number\n          isDefault\n          status\n          currency\n          basePriceTypeId\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PricingClient($id: ID!) {\n    company(id: $id) {\n      id\n      name\n      basePriceTypeId\n      legalEntities {\n        id\n        name\n        inn\n        basePriceTypeId\n        contracts {\n          id\n          number\n          isDefault\n          status\n          currency\n          basePriceTypeId\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RegistrationRowFields on RegistrationRequest {\n    id\n    kind\n    status\n    companyName\n    inn\n    kpp\n    contactName\n    email\n    phone\n    createdAt\n    emailVerifiedAt\n  }\n"): (typeof documents)["\n  fragment RegistrationRowFields on RegistrationRequest {\n    id\n    kind\n    status\n    companyName\n    inn\n    kpp\n    contactName\n    email\n    phone\n    createdAt\n    emailVerifiedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Registrations($filter: RegistrationsFilterInput, $skip: Int!, $take: Int!) {\n    registrations(filter: $filter, skip: $skip, take: $take) {\n      totalCount\n      items {\n        ...RegistrationRowFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query Registrations($filter: RegistrationsFilterInput, $skip: Int!, $take: Int!) {\n    registrations(filter: $filter, skip: $skip, take: $take) {\n      totalCount\n      items {\n        ...RegistrationRowFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CompanyRefFields on RegistrationCompanyRef {\n    companyId\n    companyName\n    legalEntityName\n    inn\n    kpp\n    managerName\n    accessible\n    sameKpp\n  }\n"): (typeof documents)["\n  fragment CompanyRefFields on RegistrationCompanyRef {\n    companyId\n    companyName\n    legalEntityName\n    inn\n    kpp\n    managerName\n    accessible\n    sameKpp\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RegistrationFields on RegistrationRequest {\n    ...RegistrationRowFields\n    region\n    businessKind\n    comment\n    contractNumber\n    locale\n    decidedAt\n    decidedBy {\n      id\n      fullName\n    }\n    rejectionReason\n    resultCompanyId\n    duplicates {\n      ...CompanyRefFields\n    }\n    matchedCompany {\n      ...CompanyRefFields\n    }\n  }\n"): (typeof documents)["\n  fragment RegistrationFields on RegistrationRequest {\n    ...RegistrationRowFields\n    region\n    businessKind\n    comment\n    contractNumber\n    locale\n    decidedAt\n    decidedBy {\n      id\n      fullName\n    }\n    rejectionReason\n    resultCompanyId\n    duplicates {\n      ...CompanyRefFields\n    }\n    matchedCompany {\n      ...CompanyRefFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Registration($id: ID!) {\n    registration(id: $id) {\n      ...RegistrationFields\n    }\n  }\n"): (typeof documents)["\n  query Registration($id: ID!) {\n    registration(id: $id) {\n      ...RegistrationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveRegistration($id: ID!, $input: ApproveRegistrationInput) {\n    approveRegistration(id: $id, input: $input) {\n      __typename\n      ... on RegistrationRequest {\n        ...RegistrationFields\n      }\n      ... on AlreadyDecidedError {\n        errorCode\n        message\n      }\n      ... on AlreadyExistsError {\n        errorCode\n        message\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ApproveRegistration($id: ID!, $input: ApproveRegistrationInput) {\n    approveRegistration(id: $id, input: $input) {\n      __typename\n      ... on RegistrationRequest {\n        ...RegistrationFields\n      }\n      ... on AlreadyDecidedError {\n        errorCode\n        message\n      }\n      ... on AlreadyExistsError {\n        errorCode\n        message\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectRegistration($id: ID!, $reason: String!) {\n    rejectRegistration(id: $id, reason: $reason) {\n      __typename\n      ... on RegistrationRequest {\n        ...RegistrationFields\n      }\n      ... on AlreadyDecidedError {\n        errorCode\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RejectRegistration($id: ID!, $reason: String!) {\n    rejectRegistration(id: $id, reason: $reason) {\n      __typename\n      ... on RegistrationRequest {\n        ...RegistrationFields\n      }\n      ... on AlreadyDecidedError {\n        errorCode\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PendingRegistrations {\n    registrations(filter: { status: PENDING }, take: 1) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query PendingRegistrations {\n    registrations(filter: { status: PENDING }, take: 1) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StaffUserFields on StaffUser {\n    id\n    fullName\n    email\n    role\n    phone\n    photoUrl\n    locale\n    active\n    hasPassword\n    lastLoginAt\n  }\n"): (typeof documents)["\n  fragment StaffUserFields on StaffUser {\n    id\n    fullName\n    email\n    role\n    phone\n    photoUrl\n    locale\n    active\n    hasPassword\n    lastLoginAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffUsers($search: String, $role: StaffRole, $active: Boolean, $skip: Int!, $take: Int!) {\n    staffUsers(search: $search, role: $role, active: $active, skip: $skip, take: $take) {\n      totalCount\n      items {\n        ...StaffUserFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query StaffUsers($search: String, $role: StaffRole, $active: Boolean, $skip: Int!, $take: Int!) {\n    staffUsers(search: $search, role: $role, active: $active, skip: $skip, take: $take) {\n      totalCount\n      items {\n        ...StaffUserFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateStaffUser($input: CreateStaffUserInput!) {\n    createStaffUser(input: $input) {\n      __typename\n      ... on StaffUser {\n        ...StaffUserFields\n      }\n      ... on AlreadyExistsError {\n        errorCode\n        message\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateStaffUser($input: CreateStaffUserInput!) {\n    createStaffUser(input: $input) {\n      __typename\n      ... on StaffUser {\n        ...StaffUserFields\n      }\n      ... on AlreadyExistsError {\n        errorCode\n        message\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateStaffUser($id: ID!, $input: UpdateStaffUserInput!) {\n    updateStaffUser(id: $id, input: $input) {\n      __typename\n      ... on StaffUser {\n        ...StaffUserFields\n      }\n      ... on SelfChangeError {\n        errorCode\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateStaffUser($id: ID!, $input: UpdateStaffUserInput!) {\n    updateStaffUser(id: $id, input: $input) {\n      __typename\n      ... on StaffUser {\n        ...StaffUserFields\n      }\n      ... on SelfChangeError {\n        errorCode\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetStaffUserActive($id: ID!, $active: Boolean!) {\n    setStaffUserActive(id: $id, active: $active) {\n      __typename\n      ... on StaffUser {\n        ...StaffUserFields\n      }\n      ... on SelfChangeError {\n        errorCode\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetStaffUserActive($id: ID!, $active: Boolean!) {\n    setStaffUserActive(id: $id, active: $active) {\n      __typename\n      ... on StaffUser {\n        ...StaffUserFields\n      }\n      ... on SelfChangeError {\n        errorCode\n        message\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;