package org.pharmadist.inventory.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.pharmadist.catalog.domain.Quantity;
import org.pharmadist.inventory.domain.LotStatus;
import org.pharmadist.inventory.domain.ProductCost;
import org.pharmadist.inventory.domain.SellableRule;
import org.pharmadist.inventory.infrastructure.InventoryStore;
import org.pharmadist.platform.config.PharmaDistSettings;
import org.pharmadist.platform.errors.InvalidInputException;
import org.pharmadist.platform.errors.RecordNotFoundException;
import org.pharmadist.platform.paging.KeysetCursor;
import org.pharmadist.platform.paging.Page;
import org.pharmadist.platform.paging.PageRequest;
import org.pharmadist.platform.security.RequiresPermission;

/**
 * Stock figures for screens, the API and reports, read through the read data source ({@code jdbc/pharmadist-read})
 * outside any transaction, one SQL query per answer. Sellable flags and ATP apply {@link SellableRule} on today's
 * date in the company time zone. Quantities are in each product's stock unit, scale 3; money scale 2 HALF_UP.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@RequiresPermission(module = "inventory", action = "view")
public class InventoryQueryService {

    /** Setting: default horizon of the near-expiry report in days. */
    public static final String NEAR_EXPIRY_DAYS = "pharmadist.inventory.near-expiry-days";

    private static final String SELLABLE = SellableRule.SQL_PREDICATE.replace("?", ":minExpiry");

    @PersistenceContext(unitName = "pharmadist-read")
    EntityManager em;

    @Inject
    InventoryCalendar calendar;

    @Inject
    PharmaDistSettings settings;

    @Inject
    @ConfigProperty(name = NEAR_EXPIRY_DAYS, defaultValue = "90")
    int nearExpiryDays;

    /** Every warehouse, by code. */
    public List<WarehouseView> warehouses() {
        List<WarehouseView> out = new ArrayList<>();
        for (Object[] r : rows(em.createNativeQuery("SELECT id, code, name, address, time_zone FROM warehouse ORDER BY code"))) {
            out.add(new WarehouseView(lng(r[0]), (String) r[1], (String) r[2], (String) r[3], (String) r[4]));
        }
        return out;
    }

    /** Locations of one warehouse (all when {@code warehouseCode} is null), by warehouse and bin code. */
    public List<LocationView> locations(String warehouseCode) {
        String sql = "SELECT loc.id, w.code, loc.code, loc.storage_condition, loc.location_type, loc.active "
                + "FROM storage_location loc JOIN warehouse w ON w.id = loc.warehouse_id "
                + (warehouseCode == null ? "" : "WHERE w.code = :w ") + "ORDER BY w.code, loc.code";
        Query q = em.createNativeQuery(sql);
        if (warehouseCode != null) {
            q.setParameter("w", warehouseCode.strip().toUpperCase(java.util.Locale.ROOT));
        }
        List<LocationView> out = new ArrayList<>();
        for (Object[] r : rows(q)) {
            out.add(new LocationView(lng(r[0]), (String) r[1], (String) r[2], (String) r[3], (String) r[4], (Boolean) r[5]));
        }
        return out;
    }

    /**
     * Stock of a product by lot and location (balances with stock on hand), FEFO order.
     *
     * @param ndc           NDC in any format
     * @param warehouseCode warehouse, or null for all
     * @throws InvalidInputException   (400 {@code invalid-ndc}) malformed NDC
     * @throws RecordNotFoundException (404 {@code product-not-found})
     */
    public List<StockLine> stockByProduct(String ndc, String warehouseCode) {
        Object[] product = product(ndc);
        String sql = STOCK_LINE_SELECT + "WHERE b.product_id = :p AND b.on_hand > 0"
                + (warehouseCode == null ? "" : " AND w.code = :w")
                + " ORDER BY l.expiry_date ASC NULLS LAST, l.received_date, l.lot_number, w.code, loc.code";
        Query q = em.createNativeQuery(sql).setParameter("p", lng(product[0]));
        if (warehouseCode != null) {
            q.setParameter("w", warehouseCode.strip().toUpperCase(java.util.Locale.ROOT));
        }
        return stockLines(q);
    }

    /**
     * Stock in one location (bin) by product and lot, as a cycle count sheet lists it: balances with stock on hand, by
     * product name, then FEFO. Figures as in {@link #stockByProduct}.
     *
     * @param locationId the location's id
     * @throws RecordNotFoundException (404 {@code location-not-found}) unknown location
     */
    public List<StockLine> stockAtLocation(long locationId) {
        if (em.createNativeQuery("SELECT id FROM storage_location WHERE id = :id").setParameter("id", locationId)
                .getResultList().isEmpty()) {
            throw new RecordNotFoundException("location-not-found", "No location with id " + locationId);
        }
        String sql = STOCK_LINE_SELECT + "WHERE b.location_id = :loc AND b.on_hand > 0"
                + " ORDER BY p.name, p.ndc11, l.expiry_date ASC NULLS LAST, l.received_date, l.lot_number";
        return stockLines(em.createNativeQuery(sql).setParameter("loc", locationId));
    }

    /**
     * Default horizon of the near-expiry report in days (setting {@value #NEAR_EXPIRY_DAYS}, 90); screens flag lots
     * within it as near expiry with {@link ExpiryBand#of(Long, int)}, the same criterion as {@link #nearExpiry}.
     */
    public int nearExpiryHorizonDays() {
        return nearExpiryDays;
    }

    /** Columns of a {@link StockLine}; bind {@code :minExpiry} is set by {@link #stockLines}. */
    private static final String STOCK_LINE_SELECT = "SELECT l.id, l.lot_number, l.expiry_date, l.status, w.code, loc.id, "
            + "loc.code, loc.storage_condition, b.on_hand, b.reserved, " + SELLABLE + " AS sellable, "
            + InventoryStore.SQL_ALLOCATABLE_LOCATION + " AS allocatable, p.id, p.ndc11, p.name, p.stock_unit "
            + "FROM stock_balance b JOIN lot l ON l.id = b.lot_id JOIN product p ON p.id = b.product_id "
            + "JOIN storage_location loc ON loc.id = b.location_id JOIN warehouse w ON w.id = loc.warehouse_id ";

    private List<StockLine> stockLines(Query q) {
        LocalDate today = calendar.today();
        q.setParameter("minExpiry", today);
        List<StockLine> out = new ArrayList<>();
        for (Object[] r : rows(q)) {
            LocalDate expiry = date(r[2]);
            boolean sellable = (Boolean) r[10];
            BigDecimal onHand = qty(r[8]);
            BigDecimal reserved = qty(r[9]);
            BigDecimal available = sellable && (Boolean) r[11] ? onHand.subtract(reserved) : qty(BigDecimal.ZERO);
            out.add(new StockLine(lng(r[12]), ((String) r[13]).trim(), (String) r[14], lng(r[0]),
                    (String) r[1], expiry, (String) r[3], sellable, SellableRule.remainingShelfLifeDays(expiry, today),
                    (String) r[4], lng(r[5]), (String) r[6], (String) r[7], onHand, reserved, available,
                    (String) r[15]));
        }
        return out;
    }

    /** Lots of a product with their total stock (lots without stock too), FEFO order. Errors as {@link #stockByProduct}. */
    public List<LotView> lots(String ndc) {
        Object[] product = product(ndc);
        LocalDate today = calendar.today();
        String sql = "SELECT l.id, l.lot_number, l.expiry_date, l.manufacturer, l.received_date, l.status, "
                + "coalesce(sum(b.on_hand), 0), coalesce(sum(b.reserved), 0) FROM lot l "
                + "LEFT JOIN stock_balance b ON b.lot_id = l.id WHERE l.product_id = :p "
                + "GROUP BY l.id ORDER BY l.expiry_date ASC NULLS LAST, l.received_date, l.lot_number";
        List<LotView> out = new ArrayList<>();
        for (Object[] r : rows(em.createNativeQuery(sql).setParameter("p", lng(product[0])))) {
            LocalDate expiry = date(r[2]);
            LotStatus status = LotStatus.valueOf((String) r[5]);
            out.add(new LotView(lng(r[0]), lng(product[0]), ((String) product[1]).trim(), (String) r[1], expiry,
                    (String) r[3], date(r[4]), status.name(), SellableRule.isSellable(status, expiry, today),
                    SellableRule.remainingShelfLifeDays(expiry, today), qty(r[6]), qty(r[7]), (String) product[3]));
        }
        return out;
    }

    /**
     * Available-to-promise of a product: on hand - reserved - blocked (see {@link Availability}).
     *
     * @param minShelfLifeDays minimum remaining shelf life in days, null for 0
     * @param warehouseCode    warehouse, null for all
     * @throws InvalidInputException   (400) malformed NDC, negative shelf life
     * @throws RecordNotFoundException (404) unknown product or warehouse
     */
    public Availability availability(String ndc, Integer minShelfLifeDays, String warehouseCode) {
        int minDays = minShelfLifeDays == null ? 0 : minShelfLifeDays;
        if (minDays < 0) {
            throw new InvalidInputException("invalid-min-shelf-life", "minShelfLifeDays",
                    "minimum shelf life must be zero or more days");
        }
        Object[] product = product(ndc);
        Long warehouseId = warehouseCode == null ? null : warehouseId(warehouseCode);
        LocalDate today = calendar.today();
        BigDecimal[] f = atpFigures(lng(product[0]), warehouseId, SellableRule.earliestAcceptableExpiry(today, minDays));
        BigDecimal blocked = f[0].subtract(f[1]).subtract(f[2]);
        return new Availability(lng(product[0]), ((String) product[1]).trim(),
                warehouseCode == null ? null : warehouseCode.strip().toUpperCase(java.util.Locale.ROOT), minDays, today,
                f[0], f[1], blocked, f[2], (String) product[3]);
    }

    /**
     * Available-to-promise of several products at once, all warehouses, in ONE SQL query (for documents that show
     * availability per line, e.g. a quotation): product id -> the ATP {@link #availability} answers, in the product's
     * stock unit, scale 3; 0 for a product without stock.
     *
     * @param productIds       product ids (unknown ids answer 0)
     * @param minShelfLifeDays minimum remaining shelf life in days
     * @throws InvalidInputException (400) negative shelf life
     */
    public Map<Long, BigDecimal> availableToPromise(Collection<Long> productIds, int minShelfLifeDays) {
        if (minShelfLifeDays < 0) {
            throw new InvalidInputException("invalid-min-shelf-life", "minShelfLifeDays",
                    "minimum shelf life must be zero or more days");
        }
        Map<Long, BigDecimal> out = new HashMap<>();
        for (Long id : productIds) {
            out.put(id, qty(BigDecimal.ZERO));
        }
        if (out.isEmpty()) {
            return out;
        }
        String sql = "SELECT b.product_id, coalesce(sum(CASE WHEN " + SELLABLE + " AND " + InventoryStore.SQL_ALLOCATABLE_LOCATION
                + " THEN b.on_hand - b.reserved ELSE 0 END), 0) FROM stock_balance b JOIN lot l ON l.id = b.lot_id "
                + "JOIN storage_location loc ON loc.id = b.location_id WHERE b.product_id IN (:ids) GROUP BY b.product_id";
        Query q = em.createNativeQuery(sql).setParameter("ids", List.copyOf(out.keySet()))
                .setParameter("minExpiry", SellableRule.earliestAcceptableExpiry(calendar.today(), minShelfLifeDays));
        for (Object[] r : rows(q)) {
            out.put(lng(r[0]), qty(r[1]));
        }
        return out;
    }

    /** on hand, reserved, ATP of one product. */
    BigDecimal[] atpFigures(long productId, Long warehouseId, LocalDate earliestExpiry) {
        String sql = "SELECT coalesce(sum(b.on_hand), 0), coalesce(sum(b.reserved), 0), coalesce(sum(CASE WHEN "
                + SELLABLE + " AND " + InventoryStore.SQL_ALLOCATABLE_LOCATION + " THEN b.on_hand - b.reserved ELSE 0 END), 0) "
                + "FROM stock_balance b JOIN lot l ON l.id = b.lot_id JOIN storage_location loc ON loc.id = b.location_id "
                + "WHERE b.product_id = :p" + (warehouseId == null ? "" : " AND loc.warehouse_id = :w");
        Query q = em.createNativeQuery(sql).setParameter("p", productId).setParameter("minExpiry", earliestExpiry);
        if (warehouseId != null) {
            q.setParameter("w", warehouseId);
        }
        Object[] r = rows(q).get(0);
        return new BigDecimal[] {qty(r[0]), qty(r[1]), qty(r[2])};
    }

    /**
     * The stock ledger of a lot ({@code lotId}) or of a product ({@code ndc}), in booking order, paged by cursor or
     * offset.
     *
     * @throws InvalidInputException (400 {@code lot-or-ndc-required}) neither or both given; malformed NDC or cursor
     */
    public Page<LedgerEntry> ledger(String ndc, Long lotId, PageRequest page) {
        if ((ndc == null) == (lotId == null)) {
            throw new InvalidInputException("lot-or-ndc-required", "ndc", "give either ndc or lotId");
        }
        String where;
        long key;
        if (lotId != null) {
            where = "m.lot_id = :k";
            key = lotId;
        } else {
            where = "m.product_id = :k";
            key = lng(product(ndc)[0]);
        }
        StringBuilder sql = new StringBuilder("SELECT m.id, m.movement_type, p.ndc11, m.lot_id, l.lot_number, w.code, "
                + "loc.code, m.quantity, m.on_hand_change, m.reserved_change, m.unit, m.reason_code, m.reference_document, "
                + "m.actor, m.occurred_at FROM stock_movement m JOIN product p ON p.id = m.product_id "
                + "JOIN lot l ON l.id = m.lot_id JOIN storage_location loc ON loc.id = m.location_id "
                + "JOIN warehouse w ON w.id = loc.warehouse_id WHERE ").append(where);
        long after = 0;
        if (page.cursor() != null) {
            after = KeysetCursor.decode(page.cursor(), "ledger").lastId();
            sql.append(" AND m.id > :after");
        }
        sql.append(" ORDER BY m.id LIMIT ").append(page.limit() + 1);
        if (page.offset() > 0) {
            sql.append(" OFFSET ").append(page.offset());
        }
        Query q = em.createNativeQuery(sql.toString()).setParameter("k", key);
        if (page.cursor() != null) {
            q.setParameter("after", after);
        }
        List<Object[]> rows = rows(q);
        List<LedgerEntry> items = new ArrayList<>();
        for (int i = 0; i < rows.size() && i < page.limit(); i++) {
            Object[] r = rows.get(i);
            items.add(new LedgerEntry(lng(r[0]), (String) r[1], ((String) r[2]).trim(), lng(r[3]), (String) r[4],
                    (String) r[5], (String) r[6], qty(r[7]), qty(r[8]), qty(r[9]), (String) r[10], (String) r[11],
                    (String) r[12], (String) r[13], instant(r[14])));
        }
        String next = rows.size() > page.limit()
                ? new KeysetCursor("ledger", items.get(items.size() - 1).id(), "").encode() : null;
        long total = ((Number) em.createNativeQuery("SELECT count(*) FROM stock_movement m WHERE " + where)
                .setParameter("k", key).getSingleResult()).longValue();
        return new Page<>(items, page.limit(), next, total, false);
    }

    /**
     * Lots in stock expiring within {@code horizonDays} (default: setting {@value #NEAR_EXPIRY_DAYS}, 90) and lots
     * already expired, soonest first, valued at moving average cost (scale 2 HALF_UP).
     *
     * @throws InvalidInputException (400 {@code invalid-horizon}) horizon below 0 or above 3650
     */
    public NearExpiryReport nearExpiry(Integer horizonDays) {
        int horizon = horizonDays == null ? nearExpiryDays : horizonDays;
        if (horizon < 0 || horizon > 3650) {
            throw new InvalidInputException("invalid-horizon", "horizonDays", "horizon must be 0 to 3650 days");
        }
        LocalDate today = calendar.today();
        String sql = "SELECT p.id, p.ndc11, p.name, l.id, l.lot_number, l.expiry_date, l.status, sum(b.on_hand), p.stock_unit, "
                + "coalesce(c.average_cost, 0) FROM stock_balance b JOIN lot l ON l.id = b.lot_id "
                + "JOIN product p ON p.id = b.product_id LEFT JOIN product_cost c ON c.product_id = p.id "
                + "WHERE l.expiry_date <= :limit GROUP BY p.id, l.id, c.average_cost HAVING sum(b.on_hand) > 0 "
                + "ORDER BY l.expiry_date, p.ndc11, l.lot_number";
        List<NearExpiryLine> lines = new ArrayList<>();
        BigDecimal total = money(BigDecimal.ZERO);
        for (Object[] r : rows(em.createNativeQuery(sql).setParameter("limit", today.plusDays(horizon)))) {
            LocalDate expiry = date(r[5]);
            BigDecimal onHand = qty(r[7]);
            BigDecimal cost = ((BigDecimal) r[9]).setScale(ProductCost.SCALE, RoundingMode.HALF_UP);
            BigDecimal value = money(onHand.multiply(cost));
            total = total.add(value);
            lines.add(new NearExpiryLine(lng(r[0]), ((String) r[1]).trim(), (String) r[2], lng(r[3]), (String) r[4],
                    expiry, SellableRule.remainingShelfLifeDays(expiry, today), SellableRule.isExpired(expiry, today),
                    (String) r[6], onHand, (String) r[8], cost, value));
        }
        return new NearExpiryReport(today, horizon, lines, total, currency());
    }

    /** Stock on hand x moving average cost per product (scale 2 HALF_UP per line) and the total. */
    public StockValuation valuation() {
        String sql = "SELECT p.id, p.ndc11, p.name, sum(b.on_hand), p.stock_unit, coalesce(c.average_cost, 0) "
                + "FROM stock_balance b JOIN product p ON p.id = b.product_id LEFT JOIN product_cost c ON c.product_id = p.id "
                + "GROUP BY p.id, c.average_cost HAVING sum(b.on_hand) > 0 ORDER BY p.ndc11";
        List<ValuationLine> lines = new ArrayList<>();
        BigDecimal total = money(BigDecimal.ZERO);
        for (Object[] r : rows(em.createNativeQuery(sql))) {
            BigDecimal onHand = qty(r[3]);
            BigDecimal cost = ((BigDecimal) r[5]).setScale(ProductCost.SCALE, RoundingMode.HALF_UP);
            BigDecimal value = money(onHand.multiply(cost));
            total = total.add(value);
            lines.add(new ValuationLine(lng(r[0]), ((String) r[1]).trim(), (String) r[2], onHand, (String) r[4], cost, value));
        }
        return new StockValuation(calendar.now(), lines, total, currency());
    }

    /** The product id of an NDC (any format). Errors as {@link #stockByProduct}. */
    public long productId(String ndc) {
        return lng(product(ndc)[0]);
    }

    /** The warehouse id of a code, or 404 {@code warehouse-not-found}. */
    public long warehouseId(String code) {
        List<?> ids = em.createNativeQuery("SELECT id FROM warehouse WHERE code = :c")
                .setParameter("c", code.strip().toUpperCase(java.util.Locale.ROOT)).getResultList();
        if (ids.isEmpty()) {
            throw new RecordNotFoundException("warehouse-not-found", "No warehouse with code '" + code + "'");
        }
        return lng(ids.get(0));
    }

    /** id, ndc11, name, stock_unit of the product. */
    private Object[] product(String ndc) {
        String ndc11 = InventoryStore.ndc11(ndc);
        List<Object[]> found = rows(em.createNativeQuery("SELECT id, ndc11, name, stock_unit FROM product WHERE ndc11 = :n")
                .setParameter("n", ndc11));
        if (found.isEmpty()) {
            throw new RecordNotFoundException("product-not-found", "No product with NDC '" + ndc.strip() + "'");
        }
        return found.get(0);
    }

    private String currency() {
        try {
            return settings == null ? "USD" : settings.currency().getCurrencyCode();
        } catch (IllegalStateException e) {
            return "USD";
        }
    }

    @SuppressWarnings("unchecked")
    static List<Object[]> rows(Query q) {
        return q.getResultList();
    }

    static long lng(Object o) {
        return ((Number) o).longValue();
    }

    static BigDecimal qty(Object o) {
        return ((BigDecimal) o).setScale(Quantity.SCALE, RoundingMode.HALF_UP);
    }

    static BigDecimal money(BigDecimal v) {
        return v.setScale(2, RoundingMode.HALF_UP);
    }

    static LocalDate date(Object o) {
        if (o == null) {
            return null;
        }
        if (o instanceof LocalDate d) {
            return d;
        }
        return ((java.sql.Date) o).toLocalDate();
    }

    static Instant instant(Object o) {
        if (o instanceof Instant i) {
            return i;
        }
        if (o instanceof OffsetDateTime t) {
            return t.toInstant();
        }
        if (o instanceof java.time.ZonedDateTime z) {
            return z.toInstant();
        }
        return ((java.sql.Timestamp) o).toInstant();
    }
}
