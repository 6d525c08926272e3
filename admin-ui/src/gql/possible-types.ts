
      export type PossibleTypesResultData = {
  "possibleTypes": {
    "AdminLoginResult": [
      "AdminAuthPayload",
      "InvalidCredentialsError",
      "TooManyAttemptsError"
    ],
    "AdminRefreshResult": [
      "AdminAuthPayload",
      "InvalidRefreshTokenError"
    ],
    "AdminSpecialPriceRequestResult": [
      "AdminSpecialPriceRequest",
      "AlreadyDecidedError"
    ],
    "ApproveRegistrationResult": [
      "AlreadyDecidedError",
      "AlreadyExistsError",
      "RegistrationRequest"
    ],
    "ChangeCompanyUserResult": [
      "CompanyUser",
      "LastDirectorError",
      "NotFoundError",
      "SelfChangeError"
    ],
    "ChangeOrderStatusResult": [
      "AdminOrder",
      "NotFoundError",
      "StatusChangeRefusedError"
    ],
    "CompanyResult": [
      "AlreadyExistsError",
      "ClientCompany"
    ],
    "ContractResult": [
      "AlreadyExistsError",
      "ClientContract"
    ],
    "ContractorGroupResult": [
      "AlreadyExistsError",
      "ContractorGroup"
    ],
    "CreateStaffUserResult": [
      "AlreadyExistsError",
      "StaffUser"
    ],
    "DeleteLegalEntityResult": [
      "Deleted",
      "InUseError"
    ],
    "ErrorResult": [
      "AlreadyDecidedError",
      "AlreadyExistsError",
      "AlreadyMemberError",
      "InUseError",
      "InvalidCredentialsError",
      "InvalidRefreshTokenError",
      "InvalidTokenError",
      "LastDirectorError",
      "NotActiveError",
      "NotFoundError",
      "SelfChangeError",
      "StatusChangeRefusedError",
      "TooManyAttemptsError"
    ],
    "InviteCompanyUserResult": [
      "AlreadyMemberError",
      "CompanyUser"
    ],
    "LegalEntityResult": [
      "AlreadyExistsError",
      "ClientLegalEntity"
    ],
    "RejectRegistrationResult": [
      "AlreadyDecidedError",
      "RegistrationRequest"
    ],
    "RequestPasswordResetResult": [
      "RequestAccepted",
      "TooManyAttemptsError"
    ],
    "SetCompanyUserLimitsResult": [
      "CompanyUser",
      "NotFoundError"
    ],
    "SetPasswordResult": [
      "InvalidTokenError",
      "PasswordSet"
    ],
    "SetStaffUserActiveResult": [
      "SelfChangeError",
      "StaffUser"
    ],
    "StartActAsResult": [
      "ActAsTicket",
      "NotActiveError"
    ],
    "UpdateStaffUserResult": [
      "SelfChangeError",
      "StaffUser"
    ]
  }
};
      const result: PossibleTypesResultData = {
  "possibleTypes": {
    "AdminLoginResult": [
      "AdminAuthPayload",
      "InvalidCredentialsError",
      "TooManyAttemptsError"
    ],
    "AdminRefreshResult": [
      "AdminAuthPayload",
      "InvalidRefreshTokenError"
    ],
    "AdminSpecialPriceRequestResult": [
      "AdminSpecialPriceRequest",
      "AlreadyDecidedError"
    ],
    "ApproveRegistrationResult": [
      "AlreadyDecidedError",
      "AlreadyExistsError",
      "RegistrationRequest"
    ],
    "ChangeCompanyUserResult": [
      "CompanyUser",
      "LastDirectorError",
      "NotFoundError",
      "SelfChangeError"
    ],
    "ChangeOrderStatusResult": [
      "AdminOrder",
      "NotFoundError",
      "StatusChangeRefusedError"
    ],
    "CompanyResult": [
      "AlreadyExistsError",
      "ClientCompany"
    ],
    "ContractResult": [
      "AlreadyExistsError",
      "ClientContract"
    ],
    "ContractorGroupResult": [
      "AlreadyExistsError",
      "ContractorGroup"
    ],
    "CreateStaffUserResult": [
      "AlreadyExistsError",
      "StaffUser"
    ],
    "DeleteLegalEntityResult": [
      "Deleted",
      "InUseError"
    ],
    "ErrorResult": [
      "AlreadyDecidedError",
      "AlreadyExistsError",
      "AlreadyMemberError",
      "InUseError",
      "InvalidCredentialsError",
      "InvalidRefreshTokenError",
      "InvalidTokenError",
      "LastDirectorError",
      "NotActiveError",
      "NotFoundError",
      "SelfChangeError",
      "StatusChangeRefusedError",
      "TooManyAttemptsError"
    ],
    "InviteCompanyUserResult": [
      "AlreadyMemberError",
      "CompanyUser"
    ],
    "LegalEntityResult": [
      "AlreadyExistsError",
      "ClientLegalEntity"
    ],
    "RejectRegistrationResult": [
      "AlreadyDecidedError",
      "RegistrationRequest"
    ],
    "RequestPasswordResetResult": [
      "RequestAccepted",
      "TooManyAttemptsError"
    ],
    "SetCompanyUserLimitsResult": [
      "CompanyUser",
      "NotFoundError"
    ],
    "SetPasswordResult": [
      "InvalidTokenError",
      "PasswordSet"
    ],
    "SetStaffUserActiveResult": [
      "SelfChangeError",
      "StaffUser"
    ],
    "StartActAsResult": [
      "ActAsTicket",
      "NotActiveError"
    ],
    "UpdateStaffUserResult": [
      "SelfChangeError",
      "StaffUser"
    ]
  }
};
      export default result;
    