import { graphql } from '../../gql';

export const MY_COMPANY_QUERY = graphql(`
  query MyCompany {
    myCompany {
      id
      name
      manager {
        fullName
        email
        phone
        photoUrl
      }
      legalEntities {
        id
        name
        fullName
        inn
        kpp
        ogrn
        legalAddress
        postalAddress
        bankName
        bik
        correspondentAccount
        settlementAccount
        contracts {
          id
          number
          date
          currency
          paymentTerms
          deferralDays
          creditLimit
          validFrom
          validTo
          status
          isDefault
        }
      }
      deliveryAddresses {
        id
        label
        address
        contactName
        contactPhone
        comment
      }
    }
  }
`);
