package org.pharmadist.inventory.application;

/**
 * A warehouse.
 *
 * @param id       id
 * @param code     code, e.g. "NJ1"
 * @param name     name
 * @param address  postal address, may be null
 * @param timeZone IANA time zone of the site, null for the company time zone
 */
public record WarehouseView(long id, String code, String name, String address, String timeZone) { }
