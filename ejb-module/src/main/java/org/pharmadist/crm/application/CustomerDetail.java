package org.pharmadist.crm.application;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import org.pharmadist.crm.domain.Customer;

/**
 * A customer's profile and commercial terms.
 *
 * @param paymentTerms     e.g. "NET30" ({@code paymentTermsDays} days net)
 * @param creditLimit      scale 2, in {@code currency}
 * @param currency         ISO 4217 code of the company currency
 * @param version          optimistic-locking version; send it back with a change
 */
public record CustomerDetail(long id, String type, String legalName, String taxId, AddressData billTo,
        AddressData shipTo, int paymentTermsDays, String paymentTerms, BigDecimal creditLimit, String currency,
        String priceList, String gpoMembership, int minShelfLifeDays, long version, Instant createdAt,
        Instant updatedAt) implements Serializable {

    static CustomerDetail of(Customer c, String currency) {
        return new CustomerDetail(c.id(), c.type().name(), c.legalName(), c.taxId(), AddressData.of(c.billTo()),
                AddressData.of(c.shipTo()), c.paymentTermsDays(), "NET" + c.paymentTermsDays(), c.creditLimit(),
                currency, c.priceList(), c.gpoMembership(), c.minShelfLifeDays(), c.version(), c.createdAt(),
                c.updatedAt());
    }
}
