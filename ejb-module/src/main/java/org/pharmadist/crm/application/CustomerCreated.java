package org.pharmadist.crm.application;

import java.io.Serializable;
import java.util.List;

/**
 * Answer of a customer create: the customer as saved and duplicate warnings (empty when none).
 */
public record CustomerCreated(CustomerDetail customer, List<DuplicateWarning> warnings) implements Serializable {

    public CustomerCreated {
        warnings = List.copyOf(warnings);
    }
}
