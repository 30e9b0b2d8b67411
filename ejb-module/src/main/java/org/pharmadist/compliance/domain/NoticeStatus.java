package org.pharmadist.compliance.domain;

/** A customer's recall notice: SENT, then RESPONDED once the customer's answer (and returned quantity) is recorded. */
public enum NoticeStatus {
    SENT, RESPONDED
}
