package org.pharmadist.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;

/**
 * The Flyway migrations produce the schema the entity mappings expect: Hibernate validates every
 * mapped table and column against the migrated database (a mismatch fails EMF creation).
 */
class SchemaValidationTest {

    @Test
    void migratedSchemaMatchesEveryEntityMapping() throws Exception {
        try (TestDatabase db = TestDatabase.fresh("schema_validation");
             Connection c = db.dataSource().getConnection();
             ResultSet rs = c.createStatement().executeQuery(
                     "SELECT max(version::int) FROM flyway_schema_history WHERE success")) {
            rs.next();
            assertThat(rs.getInt(1)).isGreaterThanOrEqualTo(2);
            assertThat(db.primary().getMetamodel().getEntities()).extracting(e -> e.getName())
                    .contains("Product", "AuditRevision");
        }
    }
}
