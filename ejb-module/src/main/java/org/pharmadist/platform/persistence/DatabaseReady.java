package org.pharmadist.platform.persistence;

/**
 * Fired (synchronously, outside any transaction) once the database is reachable and its schema is
 * current, before readiness turns UP. Observers load reference and demo data.
 *
 * @param schemaVersion the Flyway version now applied, e.g. "2"
 */
public record DatabaseReady(String schemaVersion) { }
