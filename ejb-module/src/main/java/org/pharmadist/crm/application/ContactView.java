package org.pharmadist.crm.application;

import java.io.Serializable;
import org.pharmadist.crm.domain.CustomerContact;

/** A customer's contact person. */
public record ContactView(long id, long customerId, String name, String jobTitle, String email, String phone)
        implements Serializable {

    static ContactView of(CustomerContact c) {
        return new ContactView(c.id(), c.customerId(), c.name(), c.jobTitle(), c.email(), c.phone());
    }
}
