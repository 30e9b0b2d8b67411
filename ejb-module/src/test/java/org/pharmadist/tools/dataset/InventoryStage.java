package org.pharmadist.tools.dataset;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * Warehouses, locations, lots, balances and the ledger ({@code warehouse}, {@code storage_location}, {@code lot},
 * {@code stock_balance}, {@code stock_movement}): per warehouse a receiving bin, 20 room-temperature and 4 cold storage
 * bins, a quarantine bin and a shipping bin; lots spread over products by a flattened popularity (busy products hold more lots, about 180 for the busiest at M),
 * received over the last 18 months with expiries spread from already expired through near expiry to three years out
 * (received + shelf life - up to 6 months of age at receipt); expired lots are EXPIRED, about 3 % QUARANTINE (kept in
 * the quarantine bin), 1 % RECALLED or DAMAGED. Each lot has one balance (cold products in cold bins) and one RECEIPT
 * ledger entry of the same quantity, so every balance equals the sum of its ledger.
 */
final class InventoryStage implements DatasetStage {

    private static final String[][] SITES = {{"NJ1", "Edison NJ"}, {"PA1", "Allentown PA"}, {"OH1", "Columbus OH"},
        {"GA1", "Atlanta GA"}, {"IL1", "Joliet IL"}};
    private static final int ROOM_BINS = 20;
    private static final int COLD_BINS = 4;
    /** receiving, room bins, cold bins, quarantine, shipping */
    private static final int LOCATIONS_PER_WAREHOUSE = 1 + ROOM_BINS + COLD_BINS + 1 + 1;

    @Override
    public String name() {
        return "inventory";
    }

    @Override
    public void load(Connection c, DatasetContext ctx) throws SQLException {
        SplittableRandom r = ctx.random(name(), 0);
        int warehouses = ctx.scale.warehouses();
        try (CopyWriter w = new CopyWriter(c, "warehouse", "id, code, name, address, time_zone, version")) {
            for (int i = 0; i < warehouses; i++) {
                w.row(i + 1, SITES[i][0], "Distribution center " + SITES[i][1], SITES[i][1], "America/New_York", 0);
            }
        }
        try (CopyWriter w = new CopyWriter(c, "storage_location", "id, warehouse_id, code, storage_condition, location_type, active, version")) {
            long id = 0;
            for (int i = 0; i < warehouses; i++) {
                w.row(++id, i + 1, "RCV-01", "ROOM_TEMPERATURE", "RECEIVING", true, 0);
                for (int b = 1; b <= ROOM_BINS; b++) {
                    w.row(++id, i + 1, String.format("A-%02d", b), "ROOM_TEMPERATURE", "STORAGE", true, 0);
                }
                for (int b = 1; b <= COLD_BINS; b++) {
                    w.row(++id, i + 1, String.format("C-%02d", b), "REFRIGERATED", "STORAGE", true, 0);
                }
                w.row(++id, i + 1, "QA-01", "ROOM_TEMPERATURE", "QUARANTINE", true, 0);
                w.row(++id, i + 1, "SHIP-01", "ROOM_TEMPERATURE", "SHIPPING", true, 0);
            }
        }
        int lots = ctx.scale.lots();
        int[] lotProduct = new int[lots];
        long[] lotLocation = new long[lots];
        BigDecimal[] lotQuantity = new BigDecimal[lots];
        LocalDate[] lotReceived = new LocalDate[lots];
        try (CopyWriter w = new CopyWriter(c, "lot", "id, product_id, lot_number, expiry_date, manufacturer, received_date, status, version")) {
            for (int i = 0; i < lots; i++) {
                int p = ctx.productStockDepth.next(r);
                LocalDate received = ctx.asOf.minusDays(r.nextInt(540));
                LocalDate expiry = received.plusDays(ctx.productShelfLifeDays[p] - r.nextInt(181));
                if (r.nextBoolean()) {
                    expiry = expiry.withDayOfMonth(expiry.lengthOfMonth()); // labelled "EXP MM/YYYY"
                }
                int roll = r.nextInt(1000);
                String status = expiry.isBefore(ctx.asOf) ? "EXPIRED" : roll < 30 ? "QUARANTINE" : roll < 35 ? "RECALLED"
                        : roll < 40 ? "DAMAGED" : "AVAILABLE";
                int warehouse = r.nextInt(warehouses);
                long base = (long) warehouse * LOCATIONS_PER_WAREHOUSE;
                long location = "QUARANTINE".equals(status) ? base + 1 + ROOM_BINS + COLD_BINS + 1
                        : ctx.productCold[p] ? base + 1 + ROOM_BINS + 1 + r.nextInt(COLD_BINS) : base + 2 + r.nextInt(ROOM_BINS);
                int boxes = 1 + r.nextInt(ctx.productCold[p] ? 40 : 200);
                BigDecimal boxSize = ctx.productPack[p].compareTo(BigDecimal.ONE) > 0 ? ctx.productPack[p] : BigDecimal.TEN;
                lotProduct[i] = p;
                lotLocation[i] = location;
                lotQuantity[i] = boxSize.multiply(BigDecimal.valueOf(boxes)).setScale(3);
                lotReceived[i] = received;
                w.row(i + 1, p + 1, String.format("%c%c%06d", (char) ('A' + r.nextInt(26)), (char) ('A' + r.nextInt(26)), i + 1),
                        expiry, ctx.productLabeler[p], received, status, 0);
            }
        }
        try (CopyWriter w = new CopyWriter(c, "stock_balance", "id, lot_id, location_id, product_id, on_hand, reserved")) {
            for (int i = 0; i < lots; i++) {
                w.row(i + 1, i + 1, lotLocation[i], lotProduct[i] + 1, lotQuantity[i], new BigDecimal("0.000"));
            }
        }
        try (CopyWriter w = new CopyWriter(c, "stock_movement", "id, movement_type, product_id, lot_id, location_id, quantity, "
                + "on_hand_change, reserved_change, unit, reason_code, reference_document, actor, occurred_at")) {
            for (int i = 0; i < lots; i++) {
                w.row(i + 1, "RECEIPT", lotProduct[i] + 1, i + 1, lotLocation[i], lotQuantity[i], lotQuantity[i],
                        new BigDecimal("0.000"), ctx.productStockUnit[lotProduct[i]], null, String.format("GR-DS-%07d", i + 1),
                        DatasetContext.SOURCE, DatasetContext.at(lotReceived[i], 13, 30));
            }
        }
    }
}
