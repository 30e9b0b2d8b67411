package org.pharmadist.crm.domain;

/** What a CRM activity records. TASK has a due date and a done flag; the others may. */
public enum ActivityKind {
    CALL, VISIT, NOTE, TASK
}
