package org.pharmadist.platform.audit;

import java.time.Instant;
import java.util.List;

/**
 * One entry of a record's audit trail.
 *
 * @param revision  Envers revision number, increasing over time
 * @param changedAt when (UTC instant)
 * @param changedBy who ("system" for imports and start-up jobs)
 * @param kind      CREATED, MODIFIED or DELETED
 * @param changes   attributes that changed, with old and new values
 */
public record RecordRevision(long revision, Instant changedAt, String changedBy, String kind, List<FieldChange> changes) { }
