package org.pharmadist.crm.application;

import java.io.Serializable;
import org.pharmadist.crm.domain.Address;

/**
 * A postal address as the API and portal give it.
 *
 * @param line1      street and number
 * @param line2      suite, floor (optional)
 * @param city       city
 * @param state      USPS two-letter state code, e.g. "OH"
 * @param postalCode ZIP (5 digits) or ZIP+4 ("43215-1234")
 */
public record AddressData(String line1, String line2, String city, String state, String postalCode) implements Serializable {

    static AddressData of(Address a) {
        return a == null || (a.line1() == null && a.city() == null) ? null
                : new AddressData(a.line1(), a.line2(), a.city(), a.state(), a.postalCode());
    }

    /** One line for lists: "12 Main St, Columbus, OH 43215". */
    public String oneLine() {
        StringBuilder b = new StringBuilder();
        for (String part : new String[] {line1, line2, city}) {
            if (part != null && !part.isBlank()) {
                b.append(b.length() == 0 ? "" : ", ").append(part);
            }
        }
        if (state != null) {
            b.append(b.length() == 0 ? "" : ", ").append(state);
        }
        if (postalCode != null) {
            b.append(' ').append(postalCode);
        }
        return b.toString();
    }
}
