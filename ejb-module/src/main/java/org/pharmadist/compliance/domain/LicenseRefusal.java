package org.pharmadist.compliance.domain;

/**
 * Why a sale of one product to one customer is refused by a license or controlled-substance rule.
 *
 * @param code    stable machine-readable code, e.g. {@code dea-schedule-not-covered}; REST problem type suffix and
 *                SOAP fault code
 * @param rule    the rule broken, citing its source, e.g. "21 CFR 1301.74(a): ..."
 * @param message what was refused and why, naming the customer's license and the product, for the user
 */
public record LicenseRefusal(String code, String rule, String message) { }
