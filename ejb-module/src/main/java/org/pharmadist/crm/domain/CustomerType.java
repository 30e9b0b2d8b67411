package org.pharmadist.crm.domain;

/** What kind of trade customer an account is; decides nothing by itself here (pricing and compliance read it). */
public enum CustomerType {
    /** Retail (community) pharmacy. */
    RETAIL_PHARMACY,
    /** Hospital pharmacy. */
    HOSPITAL,
    /** Clinic, physician practice or surgery centre. */
    CLINIC,
    /** Long-term care pharmacy or facility (nursing homes, assisted living). */
    LONG_TERM_CARE,
    /** Another distributor (secondary wholesale). */
    DISTRIBUTOR
}
