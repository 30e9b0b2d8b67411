package org.pharmadist.crm.domain;

/** Licenses a customer holds that distributors must see before selling (as data here; compliance gates on them). */
public enum LicenseKind {
    /** State board of pharmacy license or permit (number, state, expiry). */
    STATE_PHARMACY,
    /** DEA registration (21 CFR 1301): number, schedules, expiry. */
    DEA
}
