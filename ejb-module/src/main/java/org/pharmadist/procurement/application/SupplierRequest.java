package org.pharmadist.procurement.application;

/**
 * A supplier as created or changed over REST or in the portal.
 *
 * @param code                  unique code, 1..20 of A-Z, 0-9 and '-', upper-cased (ignored on change)
 * @param name                  required, at most 200 characters
 * @param addressLine           street address
 * @param city                  city
 * @param state                 USPS two-letter state code
 * @param postalCode            ZIP code (5 or 9 digits)
 * @param country               ISO 3166-1 alpha-2, default US
 * @param contactName           contact person
 * @param contactEmail          contact e-mail
 * @param contactPhone          contact phone
 * @param paymentTermsDays      days to pay, 0..365 (required)
 * @param leadTimeDays          days from order to delivery, 0..365 (required)
 * @param currency              ISO 4217 code, default the company currency
 * @param active                default true
 * @param stateLicenseNumber    state license as data
 * @param deaRegistrationNumber DEA registration number as data (2 letters + 7 digits)
 * @param version               the version read, required on change (optimistic locking)
 */
public record SupplierRequest(String code, String name, String addressLine, String city, String state,
        String postalCode, String country, String contactName, String contactEmail, String contactPhone,
        Integer paymentTermsDays, Integer leadTimeDays, String currency, Boolean active, String stateLicenseNumber,
        String deaRegistrationNumber, Long version) {
}
