import { AuditEvent } from '../modules/audit/audit-event.entity';
import { ApiKey } from '../modules/identity/api-key.entity';
import { AuthSession } from '../modules/identity/auth-session.entity';
import { BuyerUser } from '../modules/identity/buyer-user.entity';
import { LoginAttempt } from '../modules/identity/login-attempt.entity';
import { RefreshToken } from '../modules/identity/refresh-token.entity';
import { StaffUser } from '../modules/identity/staff-user.entity';
import { Company } from '../modules/companies/company.entity';
import { CompanyMember } from '../modules/companies/company-member.entity';
import { LegalEntity } from '../modules/companies/legal-entity.entity';
import { Contract } from '../modules/companies/contract.entity';
import { CompanyContractorGroup, ContractorGroup } from '../modules/companies/contractor-group.entity';
import { DeliveryAddress } from '../modules/companies/delivery-address.entity';
import { RegistrationRequest } from '../modules/companies/registration-request.entity';
import { ActionToken } from '../modules/identity/action-token.entity';
import { EmailOutbox } from '../modules/mail/email-outbox.entity';
import { AttributeDefinition, AttributeValue } from '../modules/catalog/attribute.entity';
import { Brand } from '../modules/catalog/brand.entity';
import { Category } from '../modules/catalog/category.entity';
import { Image } from '../modules/catalog/image.entity';
import {
  Product,
  ProductAnalog,
  ProductAttribute,
  ProductBarcode,
  ProductPackaging,
  ProductWord,
  SearchWord,
} from '../modules/catalog/product.entity';
import { Unit } from '../modules/catalog/unit.entity';
import { IncomingSupply, ProductStock, Reservation, StockLevel } from '../modules/inventory/stock.entity';
import { Warehouse } from '../modules/inventory/warehouse.entity';
import { PriceEntry } from '../modules/pricing/price-entry.entity';
import { PriceRuleRow } from '../modules/pricing/price-rule.entity';
import { PriceType } from '../modules/pricing/price-type.entity';
import { SpecialPriceRequest, SpecialPriceRequestLine } from '../modules/pricing/special-price-request.entity';
import {
  Cart,
  CartLine,
  OrderTemplate,
  OrderTemplateLine,
  ShortList,
  ShortListItem,
} from '../modules/cart/cart.entity';
import {
  BuyerNotification,
  OrderNumberSequence,
  OrderSubmission,
  SalesOrder,
  SalesOrderEvent,
  SalesOrderLine,
  SellerDivision,
  SellerLegalEntity,
  SplitRuleRow,
} from '../modules/orders/order.entity';

/** Every entity, listed explicitly (no globs): the same list in the app, tests and scripts. */
export const ENTITIES = [
  StaffUser,
  BuyerUser,
  AuthSession,
  RefreshToken,
  ApiKey,
  LoginAttempt,
  Company,
  LegalEntity,
  CompanyMember,
  AuditEvent,
  Contract,
  ContractorGroup,
  CompanyContractorGroup,
  DeliveryAddress,
  RegistrationRequest,
  ActionToken,
  EmailOutbox,
  // catalog and inventory
  Unit,
  Category,
  Brand,
  AttributeDefinition,
  AttributeValue,
  Image,
  Product,
  ProductAttribute,
  ProductPackaging,
  ProductBarcode,
  ProductAnalog,
  ProductWord,
  SearchWord,
  Warehouse,
  StockLevel,
  ProductStock,
  IncomingSupply,
  Reservation,
  // pricing
  PriceType,
  PriceEntry,
  PriceRuleRow,
  SpecialPriceRequest,
  SpecialPriceRequestLine,
  // cart and orders
  Cart,
  CartLine,
  ShortList,
  ShortListItem,
  OrderTemplate,
  OrderTemplateLine,
  SellerLegalEntity,
  SellerDivision,
  SplitRuleRow,
  OrderNumberSequence,
  OrderSubmission,
  SalesOrder,
  SalesOrderLine,
  SalesOrderEvent,
  BuyerNotification,
];
