package org.pharmadist.sales.application;

/**
 * A new price list.
 *
 * @param code  code customers are assigned to (e.g. "WHOLESALE"), 1..60 characters, stored upper case
 * @param name  display name
 * @param basis how its prices are derived (e.g. "NADAC x 1.12"), optional
 */
public record PriceListRequest(String code, String name, String basis) { }
