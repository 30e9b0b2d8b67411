package org.pharmadist.crm.application;

import java.io.Serializable;

/**
 * A record that looks like an existing customer. A warning, not a refusal: the record was still saved.
 *
 * @param code               "same-tax-id" or "same-name" (same name after normalisation, see
 *                           {@link org.pharmadist.crm.domain.CustomerNames})
 * @param existingCustomerId the existing customer's id
 * @param existingLegalName  its legal name
 * @param message            sentence for the user naming the existing customer
 */
public record DuplicateWarning(String code, long existingCustomerId, String existingLegalName, String message)
        implements Serializable { }
