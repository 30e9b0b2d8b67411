package org.pharmadist.procurement;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.api.Assumptions;

/**
 * Reference data the procurement system tests need and no REST address maintains yet on this branch: a warehouse
 * with a room-temperature receiving location, and a catalog product bought in boxes (VANCOMYCIN 0409-6531-01:
 * BX = 25 EA, purchase unit BX). Written into the test database once, idempotently.
 */
final class ProcurementFixture {

    static final String WAREHOUSE_CODE = "IT-PROC";
    /** Bought in boxes of 25 EA (Rx, Hospira). */
    static final String BOXED_NDC = "0409-6531-01";
    /** Bought in EA (Rx, Baxter); GTIN 00303380424184. */
    static final String HEPARIN_NDC = "0338-0424-18";
    static final String HEPARIN_GTIN = "00303380424184";

    private static long warehouseId;
    private static long locationId;

    private ProcurementFixture() {
    }

    static synchronized void ensure() {
        if (warehouseId != 0) {
            return;
        }
        try (Connection c = database()) {
            c.setAutoCommit(false);
            exec(c, "INSERT INTO warehouse (id, code, name, version) SELECT nextval('warehouse_seq'), ?, "
                    + "'Procurement system-test DC', 0 WHERE NOT EXISTS (SELECT 1 FROM warehouse WHERE code = ?)", WAREHOUSE_CODE, WAREHOUSE_CODE);
            warehouseId = id(c, "SELECT id FROM warehouse WHERE code = ?", WAREHOUSE_CODE);
            exec(c, "INSERT INTO storage_location (id, warehouse_id, code, storage_condition, location_type, active, version) "
                    + "SELECT nextval('storage_location_seq'), " + warehouseId + ", 'RCV-01', 'ROOM_TEMPERATURE', 'RECEIVING', true, 0 "
                    + "WHERE NOT EXISTS (SELECT 1 FROM storage_location WHERE warehouse_id = " + warehouseId + " AND code = 'RCV-01')");
            locationId = id(c, "SELECT id FROM storage_location WHERE warehouse_id = " + warehouseId + " AND code = ?", "RCV-01");
            exec(c, "INSERT INTO product_unit (id, product_id, unit, stock_units_per_unit) SELECT nextval('product_unit_seq'), p.id, "
                    + "'BX', 25 FROM product p WHERE p.ndc10 = ? AND NOT EXISTS (SELECT 1 FROM product_unit u WHERE u.product_id = p.id "
                    + "AND u.unit = 'BX')", BOXED_NDC);
            exec(c, "UPDATE product SET purchase_unit = 'BX' WHERE ndc10 = ?", BOXED_NDC);
            c.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("procurement test fixture: " + e.getMessage(), e);
        }
    }

    static long warehouseId() {
        ensure();
        return warehouseId;
    }

    static long locationId() {
        ensure();
        return locationId;
    }

    private static void exec(Connection c, String sql, String... params) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setString(i + 1, params[i]);
            }
            s.executeUpdate();
        }
    }

    private static long id(Connection c, String sql, String... params) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setString(i + 1, params[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    static Connection database() throws SQLException {
        String port = System.getProperty("it.db.port");
        String name = System.getProperty("it.db.name");
        Assumptions.assumeTrue(port != null && name != null, "it.db.port / it.db.name not set: external server, no database access");
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/" + name, "postgres", "");
    }
}
