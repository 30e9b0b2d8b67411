package org.pharmadist.crm.domain;

/** Life of a lead: OPEN until converted to a customer or disqualified. */
public enum LeadStatus {
    OPEN, CONVERTED, DISQUALIFIED
}
