package org.pharmadist.compliance.domain;

/** Which lots of the recalled NDCs a recall report covers, as far as its {@code code_info} could be read. */
public enum LotCoverage {
    /** The report names specific lots; only those are affected. */
    SPECIFIC_LOTS,
    /** The report recalls all lots ("All lots", "All lots within expiry", "all codes distributed ..."). */
    ALL_LOTS,
    /**
     * No lot could be read (serial numbers, SKUs, prescription numbers, prose, a date range only). Flagged for a
     * compliance user to read the report; matching then treats every lot of the recalled NDCs as possibly affected.
     */
    UNREADABLE
}
