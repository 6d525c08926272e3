
      export type PossibleTypesResultData = {
  "possibleTypes": {
    "ErrorResult": [
      "InvalidCredentialsError",
      "InvalidRefreshTokenError",
      "NotFoundError",
      "TooManyAttemptsError"
    ],
    "ShopLoginResult": [
      "InvalidCredentialsError",
      "ShopAuthPayload",
      "TooManyAttemptsError"
    ],
    "ShopRefreshResult": [
      "InvalidRefreshTokenError",
      "ShopAuthPayload"
    ],
    "SwitchLegalEntityResult": [
      "NotFoundError",
      "ShopSession"
    ]
  }
};
      const result: PossibleTypesResultData = {
  "possibleTypes": {
    "ErrorResult": [
      "InvalidCredentialsError",
      "InvalidRefreshTokenError",
      "NotFoundError",
      "TooManyAttemptsError"
    ],
    "ShopLoginResult": [
      "InvalidCredentialsError",
      "ShopAuthPayload",
      "TooManyAttemptsError"
    ],
    "ShopRefreshResult": [
      "InvalidRefreshTokenError",
      "ShopAuthPayload"
    ],
    "SwitchLegalEntityResult": [
      "NotFoundError",
      "ShopSession"
    ]
  }
};
      export default result;
    