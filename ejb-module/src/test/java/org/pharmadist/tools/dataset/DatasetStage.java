package org.pharmadist.tools.dataset;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * One step of a generation, e.g. catalog, customers, pricing, inventory, quotations; a sales-orders stage is added
 * to {@link ScaleDataGenerator#STAGES} after quotations when orders land. A stage draws only from its own random
 * stream ({@link DatasetContext#random(String, long)}) and reads the facts of earlier stages from the context.
 */
interface DatasetStage {

    /** Name of the stage and of its random stream, e.g. "catalog". */
    String name();

    /** Writes the stage's rows (bulk COPY) in the caller's transaction and records what later stages need. */
    void load(Connection connection, DatasetContext context) throws SQLException;
}
