package org.pharmadist.finance.domain;

/** Why a credit note exists: a booked customer return, or a manual credit of (part of) an invoice. */
public enum CreditNoteKind {
    RETURN, MANUAL
}
