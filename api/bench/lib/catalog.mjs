import { graphql } from './http.mjs';

const SHOP_LOGIN = `mutation L($input: LoginInput!) { login(input: $input) { ... on ShopAuthPayload { accessToken } } }`;
const ADMIN_LOGIN = `mutation L($input: LoginInput!) { login(input: $input) { ... on AdminAuthPayload { accessToken } } }`;

export async function buyerToken(api, dataset) {
  const res = await graphql(api.url, '/shop-api', SHOP_LOGIN, {
    input: { email: dataset.buyerEmail, password: dataset.password },
  });
  const token = res.json.data?.login?.accessToken;
  if (!token) throw new Error(`buyer login failed: ${JSON.stringify(res.json)}`);
  return token;
}

export async function staffToken(api, dataset) {
  const res = await graphql(api.url, '/admin-api', ADMIN_LOGIN, {
    input: { email: dataset.staffEmail, password: dataset.password },
  });
  const token = res.json.data?.login?.accessToken;
  if (!token) throw new Error(`staff login failed: ${JSON.stringify(res.json)}`);
  return token;
}

export async function shop(api, token, query, variables) {
  const res = await graphql(api.url, '/shop-api', query, variables, token);
  if (res.json.errors) throw new Error(JSON.stringify(res.json.errors));
  return res;
}

export const PAGE_QUERY = `query P($filter: CatalogFilterInput, $sort: CatalogSortInput, $skip: Int, $take: Int) {
  catalogProducts(filter: $filter, sort: $sort, skip: $skip, take: $take) {
    totalCount
    items { id sku name summary thumbnailUrl hasAnalogs brand { id name } unit { code shortName scale }
            packagings { code name factor } quantityRules { step minQuantity }
            availability { total nextIncomingDate byWarehouse { warehouseId available nextIncoming { date quantity } } }
            price { price priceWithVat priceWithoutVat currency vatIncluded priceTypeName personal hints { fromQuantity price } } }
  }
}`;

export const FACETS_QUERY = `query F($filter: CatalogFilterInput) {
  catalogFacets(filter: $filter) {
    totalCount inStockCount
    brands { brand { id name } count selected }
    warehouses { warehouse { id code name } count selected }
    attributes { attribute { id code name type unit } min max values { valueId label valueNumber count selected } }
  }
}`;

/**
 * The benchmark's catalog view: the top category with the most products ("Крепёж" in the generated
 * catalog) filtered by two facets (a coating and a diameter), as a buyer narrows it down.
 */
export async function catalogView(api, token) {
  const tree = (await shop(api, token, `{ categories { id name depth productCount } }`)).json.data.categories;
  const category = tree.filter((c) => c.depth === 0).sort((a, b) => b.productCount - a.productCount)[0];
  const facets = (await shop(api, token, FACETS_QUERY, { filter: { categoryId: category.id } })).json.data
    .catalogFacets;
  const pick = (code, label) => {
    const facet = facets.attributes.find((a) => a.attribute.code === code);
    const value = facet?.values.find((v) => v.label === label) ?? facet?.values[0];
    return { attributeId: facet.attribute.id, valueIds: [value.valueId] };
  };
  const filter = {
    categoryId: category.id,
    attributes: [pick('coating', 'оцинкованное'), pick('diameter_mm', '4,2 мм')],
  };
  return { category, filter };
}
