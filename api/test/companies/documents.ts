/** GraphQL documents shared by the companies specs. */
export const REGISTER = `mutation R($input: FullRegistrationInput!) { registerCompany(input: $input) {
  __typename ... on RegistrationSubmitted { statusToken status email } ... on ErrorResult { errorCode message }
  ... on TooManyAttemptsError { retryAfterSeconds } } }`;
export const REQUEST_ACCESS = `mutation R($input: ShortRegistrationInput!) { requestCompanyAccess(input: $input) {
  __typename ... on RegistrationSubmitted { statusToken status email } ... on ErrorResult { errorCode message } } }`;
export const VERIFY = `mutation V($token: String!) { verifyRegistrationEmail(token: $token) {
  __typename ... on RegistrationStatusView { status emailVerified } ... on InvalidTokenError { errorCode reason } } }`;
export const STATUS = `query S($token: String!) { registrationStatus(token: $token) {
  __typename ... on RegistrationStatusView { kind status companyName emailVerified rejectionReason } ... on InvalidTokenError { reason } } }`;
export const REGISTRATIONS = `query Q($filter: RegistrationsFilterInput) { registrations(filter: $filter) { totalCount items {
  id kind status inn email companyName matchedCompany { companyId companyName accessible } duplicates { companyId companyName sameKpp accessible managerName } } } }`;
export const APPROVE = `mutation A($id: ID!, $input: ApproveRegistrationInput) { approveRegistration(id: $id, input: $input) {
  __typename ... on RegistrationRequest { id status resultCompanyId decidedBy { email } } ... on ErrorResult { errorCode message }
  ... on AlreadyExistsError { field } } }`;
export const REJECT = `mutation R($id: ID!, $reason: String!) { rejectRegistration(id: $id, reason: $reason) {
  __typename ... on RegistrationRequest { status rejectionReason } ... on ErrorResult { errorCode message } } }`;
export const SET_PASSWORD = `mutation P($input: SetPasswordInput!) { setPassword(input: $input) {
  __typename ... on PasswordSet { email } ... on InvalidTokenError { errorCode reason message } } }`;
export const RESET = `mutation R($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) {
  __typename ... on RequestAccepted { accepted } ... on TooManyAttemptsError { retryAfterSeconds } } }`;
export const INVITE = `mutation I($input: InviteUserInput!) { inviteCompanyUser(input: $input) {
  __typename ... on CompanyUser { id email role invitationPending orderLimit monthlyLimit } ... on ErrorResult { errorCode message } } }`;
export const USERS = `{ companyUsers { id email fullName role active orderLimit monthlyLimit invitationPending } }`;
export const SET_ROLE = `mutation S($userId: ID!, $role: BuyerRole!) { setCompanyUserRole(userId: $userId, role: $role) {
  __typename ... on CompanyUser { id role } ... on ErrorResult { errorCode message } } }`;
export const SET_ACTIVE = `mutation S($userId: ID!, $active: Boolean!) { setCompanyUserActive(userId: $userId, active: $active) {
  __typename ... on CompanyUser { id active } ... on ErrorResult { errorCode message } } }`;
export const SET_LIMITS = `mutation S($userId: ID!, $limits: UserLimitsInput!) { setCompanyUserLimits(userId: $userId, limits: $limits) {
  __typename ... on CompanyUser { id orderLimit monthlyLimit } ... on ErrorResult { errorCode message } } }`;
export const MY_COMPANY = `{ myCompany { id name manager { fullName email phone photoUrl }
  legalEntities { id name fullName inn kpp ogrn bankName bik settlementAccount contracts { id number paymentTerms deferralDays creditLimit isDefault status } }
  deliveryAddresses { id label address } } }`;
export const ME = `{ me { user { id email } company { id name } role activeLegalEntity { id } activeContract { id number creditLimit } availableContracts { id number } permissions actingStaffUserName } }`;
export const SWITCH_CONTRACT = `mutation S($id: ID!) { switchContract(contractId: $id) {
  __typename ... on ShopSession { activeContract { id number } } ... on ErrorResult { errorCode } } }`;
export const SWITCH_LE = `mutation S($id: ID!) { switchLegalEntity(legalEntityId: $id) {
  __typename ... on ShopSession { activeLegalEntity { id } activeContract { id } } ... on ErrorResult { errorCode } } }`;
export const AUDIT = `query A($filter: AuditFilterInput) { auditEvents(filter: $filter, take: 200) { totalCount items {
  action actorKind staffUserId buyerUserId actingStaffUserId actingStaffUserName companyId entityId before after reason } } }`;

export const fullForm = (over: Record<string, unknown> = {}) => ({
  companyName: 'ООО «Новый Клиент»',
  inn: '7707083893',
  kpp: '770701001',
  contactName: 'Анна Иванова',
  email: 'anna@newclient.test',
  phone: '+7 495 111-22-33',
  region: 'Москва',
  businessKind: 'Розничный магазин',
  comment: 'Хотим работать напрямую',
  consent: true,
  locale: 'ru',
  ...over,
});
