package org.pharmadist.compliance.domain;

/** Our handling of a recall: OPEN (imported) -> IN_PROGRESS (lots quarantined or customers notified) -> CLOSED. */
public enum RecallStatus {
    OPEN, IN_PROGRESS, CLOSED
}
