
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
    "ErrorResult": [
      "InvalidCredentialsError",
      "InvalidRefreshTokenError",
      "TooManyAttemptsError"
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
    "ErrorResult": [
      "InvalidCredentialsError",
      "InvalidRefreshTokenError",
      "TooManyAttemptsError"
    ]
  }
};
      export default result;
    