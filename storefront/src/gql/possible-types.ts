
      export type PossibleTypesResultData = {
  "possibleTypes": {
    "ChangeCompanyUserResult": [
      "CompanyUser",
      "LastDirectorError",
      "NotFoundError",
      "SelfChangeError"
    ],
    "ErrorResult": [
      "AlreadyDecidedError",
      "AlreadyMemberError",
      "CartEmptyError",
      "CheckoutRefusedError",
      "CompanyBlockedError",
      "CompanyPendingError",
      "DuplicateRegistrationError",
      "InsufficientStockError",
      "InvalidCredentialsError",
      "InvalidRefreshTokenError",
      "InvalidTokenError",
      "LastDirectorError",
      "NoMatchingContractError",
      "NotFoundError",
      "OrderLinesError",
      "QuantityNotAllowedError",
      "ReservationNotActiveError",
      "SelfChangeError",
      "StatusChangeRefusedError",
      "TooManyAttemptsError"
    ],
    "InviteCompanyUserResult": [
      "AlreadyMemberError",
      "CompanyUser"
    ],
    "OrderChangeResult": [
      "NotFoundError",
      "OrderSubmission",
      "StatusChangeRefusedError"
    ],
    "PlaceOrderResult": [
      "CartEmptyError",
      "CheckoutRefusedError",
      "OrderLinesError",
      "OrderSubmission"
    ],
    "RedeemActAsTicketResult": [
      "InvalidTokenError",
      "ShopAuthPayload"
    ],
    "RegisterCompanyResult": [
      "DuplicateRegistrationError",
      "RegistrationSubmitted",
      "TooManyAttemptsError"
    ],
    "RegistrationStatusResult": [
      "InvalidTokenError",
      "RegistrationStatusView"
    ],
    "RequestCompanyAccessResult": [
      "DuplicateRegistrationError",
      "NoMatchingContractError",
      "RegistrationSubmitted",
      "TooManyAttemptsError"
    ],
    "RequestPasswordResetResult": [
      "RequestAccepted",
      "TooManyAttemptsError"
    ],
    "ReservationChangeResult": [
      "NotFoundError",
      "Reservation",
      "ReservationNotActiveError"
    ],
    "ReserveStockResult": [
      "InsufficientStockError",
      "NotFoundError",
      "QuantityNotAllowedError",
      "Reservation"
    ],
    "SetCompanyUserLimitsResult": [
      "CompanyUser",
      "NotFoundError"
    ],
    "SetPasswordResult": [
      "InvalidTokenError",
      "PasswordSet"
    ],
    "ShopLoginResult": [
      "CompanyBlockedError",
      "CompanyPendingError",
      "InvalidCredentialsError",
      "ShopAuthPayload",
      "TooManyAttemptsError"
    ],
    "ShopRefreshResult": [
      "InvalidRefreshTokenError",
      "ShopAuthPayload"
    ],
    "SpecialPriceRequestResult": [
      "AlreadyDecidedError",
      "SpecialPriceRequest"
    ],
    "SwitchContractResult": [
      "NotFoundError",
      "ShopSession"
    ],
    "SwitchLegalEntityResult": [
      "NotFoundError",
      "ShopSession"
    ],
    "UpdateCartLineResult": [
      "CartLineUpdate",
      "NotFoundError",
      "QuantityNotAllowedError"
    ],
    "VerifyRegistrationEmailResult": [
      "InvalidTokenError",
      "RegistrationStatusView"
    ]
  }
};
      const result: PossibleTypesResultData = {
  "possibleTypes": {
    "ChangeCompanyUserResult": [
      "CompanyUser",
      "LastDirectorError",
      "NotFoundError",
      "SelfChangeError"
    ],
    "ErrorResult": [
      "AlreadyDecidedError",
      "AlreadyMemberError",
      "CartEmptyError",
      "CheckoutRefusedError",
      "CompanyBlockedError",
      "CompanyPendingError",
      "DuplicateRegistrationError",
      "InsufficientStockError",
      "InvalidCredentialsError",
      "InvalidRefreshTokenError",
      "InvalidTokenError",
      "LastDirectorError",
      "NoMatchingContractError",
      "NotFoundError",
      "OrderLinesError",
      "QuantityNotAllowedError",
      "ReservationNotActiveError",
      "SelfChangeError",
      "StatusChangeRefusedError",
      "TooManyAttemptsError"
    ],
    "InviteCompanyUserResult": [
      "AlreadyMemberError",
      "CompanyUser"
    ],
    "OrderChangeResult": [
      "NotFoundError",
      "OrderSubmission",
      "StatusChangeRefusedError"
    ],
    "PlaceOrderResult": [
      "CartEmptyError",
      "CheckoutRefusedError",
      "OrderLinesError",
      "OrderSubmission"
    ],
    "RedeemActAsTicketResult": [
      "InvalidTokenError",
      "ShopAuthPayload"
    ],
    "RegisterCompanyResult": [
      "DuplicateRegistrationError",
      "RegistrationSubmitted",
      "TooManyAttemptsError"
    ],
    "RegistrationStatusResult": [
      "InvalidTokenError",
      "RegistrationStatusView"
    ],
    "RequestCompanyAccessResult": [
      "DuplicateRegistrationError",
      "NoMatchingContractError",
      "RegistrationSubmitted",
      "TooManyAttemptsError"
    ],
    "RequestPasswordResetResult": [
      "RequestAccepted",
      "TooManyAttemptsError"
    ],
    "ReservationChangeResult": [
      "NotFoundError",
      "Reservation",
      "ReservationNotActiveError"
    ],
    "ReserveStockResult": [
      "InsufficientStockError",
      "NotFoundError",
      "QuantityNotAllowedError",
      "Reservation"
    ],
    "SetCompanyUserLimitsResult": [
      "CompanyUser",
      "NotFoundError"
    ],
    "SetPasswordResult": [
      "InvalidTokenError",
      "PasswordSet"
    ],
    "ShopLoginResult": [
      "CompanyBlockedError",
      "CompanyPendingError",
      "InvalidCredentialsError",
      "ShopAuthPayload",
      "TooManyAttemptsError"
    ],
    "ShopRefreshResult": [
      "InvalidRefreshTokenError",
      "ShopAuthPayload"
    ],
    "SpecialPriceRequestResult": [
      "AlreadyDecidedError",
      "SpecialPriceRequest"
    ],
    "SwitchContractResult": [
      "NotFoundError",
      "ShopSession"
    ],
    "SwitchLegalEntityResult": [
      "NotFoundError",
      "ShopSession"
    ],
    "UpdateCartLineResult": [
      "CartLineUpdate",
      "NotFoundError",
      "QuantityNotAllowedError"
    ],
    "VerifyRegistrationEmailResult": [
      "InvalidTokenError",
      "RegistrationStatusView"
    ]
  }
};
      export default result;
    