package org.pharmadist.crm.application;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * A customer to create, or the new state of one to change (then {@code version} is required and {@code licenses} /
 * {@code contacts} are ignored: they have their own endpoints).
 *
 * @param type             RETAIL_PHARMACY, HOSPITAL, CLINIC, LONG_TERM_CARE or DISTRIBUTOR
 * @param legalName        registered legal name (required, at most 200 characters)
 * @param taxId            US EIN, {@code NN-NNNNNNN} (hyphen optional)
 * @param billTo           bill-to address (required: line1, city, state, postalCode)
 * @param shipTo           ship-to address; null = same as bill-to
 * @param paymentTermsDays days net (NET30 = 30), 0..365; default 30
 * @param creditLimit      company currency, at most 2 decimals, 0 or more; default 0.00
 * @param priceList        price list code (optional, at most 60 characters)
 * @param gpoMembership    group purchasing organisation (optional, at most 100 characters)
 * @param minShelfLifeDays minimum remaining shelf life in days at shipment, 0..3650; default 0
 * @param licenses         licenses to record with a new customer (optional)
 * @param contacts         contacts to record with a new customer (optional)
 * @param version          version read before a change (required for changes)
 */
public record CustomerRequest(String type, String legalName, String taxId, AddressData billTo, AddressData shipTo,
        Integer paymentTermsDays, BigDecimal creditLimit, String priceList, String gpoMembership,
        Integer minShelfLifeDays, List<LicenseRequest> licenses, List<ContactRequest> contacts, Long version)
        implements Serializable { }
