package org.pharmadist.sales.application;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import java.io.StringReader;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pharmadist.platform.config.PharmaDistSettings;
import org.pharmadist.platform.events.DomainEvent;
import org.pharmadist.platform.events.RecordingEvent;
import org.pharmadist.platform.paging.Page;
import org.pharmadist.platform.paging.PageRequest;
import org.pharmadist.platform.persistence.TestDatabase;
import org.pharmadist.tools.dataset.Scale;
import org.pharmadist.tools.dataset.ScaleDataGenerator;

/**
 * The scale data generator at scale S on real PostgreSQL, and the quotation list and detail on its data: the same
 * seed gives identical tables (checksums), another seed other data; the rows are what the application itself would
 * write (header totals = sums of the rounded lines, prices from the real precedence, balances = ledger, sequences past
 * the loaded ids); the list query's plan (the SQL QuotationQueryService really sends, replayed with EXPLAIN (FORMAT
 * JSON)) reads the expected index without sorting and never scans quotations or lines sequentially (a deep offset
 * skips index entries only); the detail is a fixed number of indexed statements whatever the number of lines.
 */
class QuotationScalePersistenceTest {

    static final ZoneId ZONE = ZoneId.of("America/New_York");
    static final Instant NOW = Instant.parse("2026-11-30T17:00:00Z");
    static final PharmaDistSettings SETTINGS = new PharmaDistSettings() {
        @Override
        public Currency currency() {
            return Currency.getInstance("USD");
        }

        @Override
        public ZoneId timeZone() {
            return ZONE;
        }
    };

    /** Rows above which a sort in a list plan means a missing index (10 pages of 50). */
    static final int BIG_SET = 500;

    private static TestDatabase db;
    private static Map<String, Long> rows;
    private static Map<String, String> checksums;

    @BeforeAll
    static void load() throws SQLException {
        db = TestDatabase.fresh("scale_s");
        try (Connection c = db.dataSource().getConnection()) {
            rows = generator(42).load(c);
            checksums = ScaleDataGenerator.checksums(c);
        }
    }

    @AfterAll
    static void close() {
        db.close();
    }

    static ScaleDataGenerator generator(long seed) {
        return new ScaleDataGenerator(Scale.S, seed, ScaleDataGenerator.DEFAULT_AS_OF, line -> { });
    }

    @Test
    void loadsTheSizesOfScaleS() {
        assertThat(rows).containsEntry("product", (long) Scale.S.products()).containsEntry("crm_customer", (long) Scale.S.customers())
                .containsEntry("sales_quotation", (long) Scale.S.quotations()).containsEntry("sales_quotation_line", (long) Scale.S.lines())
                .containsEntry("lot", (long) Scale.S.lots()).containsEntry("stock_balance", (long) Scale.S.lots())
                .containsEntry("warehouse", (long) Scale.S.warehouses());
    }

    @Test
    void theSameSeedGivesIdenticalTablesAndAnotherSeedOtherData() throws SQLException {
        TestDatabase again = TestDatabase.fresh("scale_s_again");
        TestDatabase other = TestDatabase.fresh("scale_s_other");
        try (Connection a = again.dataSource().getConnection(); Connection o = other.dataSource().getConnection()) {
            generator(42).load(a);
            generator(7).load(o);
            assertThat(ScaleDataGenerator.checksums(a)).isEqualTo(checksums);
            Map<String, String> otherSums = ScaleDataGenerator.checksums(o);
            assertThat(otherSums.get("sales_quotation")).isNotEqualTo(checksums.get("sales_quotation"));
            assertThat(otherSums.get("sales_quotation_line")).isNotEqualTo(checksums.get("sales_quotation_line"));
            assertThat(otherSums.get("crm_customer")).isNotEqualTo(checksums.get("crm_customer"));
        } finally {
            again.close();
            other.close();
        }
    }

    @Test
    void refusesADatabaseThatAlreadyHoldsData() throws SQLException {
        try (Connection c = db.dataSource().getConnection()) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> generator(42).load(c))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("already holds rows");
        }
    }

    @Test
    void headerTotalsAreSumsOfLinesRoundedByTheMoneyRules() throws SQLException {
        // line net = round(qty x price x (1 - discount/100), 2) and tax = round(net x rate/100, 2), HALF_UP (positive
        // amounts: PostgreSQL's round() on numeric is half away from zero); header = sums of the rounded lines
        assertThat(count("SELECT count(*) FROM sales_quotation_line WHERE net_amount <> round(quantity * unit_price * "
                + "(1 - discount_percent / 100), 2) OR tax_amount <> round(net_amount * tax_rate_percent / 100, 2)")).isZero();
        assertThat(count("SELECT count(*) FROM sales_quotation q JOIN (SELECT quotation_id, count(*) n, sum(net_amount) net, "
                + "sum(tax_amount) tax FROM sales_quotation_line GROUP BY quotation_id) l ON l.quotation_id = q.id "
                + "WHERE q.line_count = l.n AND q.net_total = l.net AND q.tax_total = l.tax AND q.grand_total = l.net + l.tax"))
                .isEqualTo(Scale.S.quotations());
        assertThat(count("SELECT count(*) FROM sales_quotation_line WHERE price_source LIKE 'GPO contract %'")).isPositive();
        assertThat(count("SELECT count(*) FROM sales_quotation_line WHERE price_source LIKE '% break >= 10'")).isPositive();
    }

    @Test
    void shapesAreSkewedSeasonalAndSpread() throws SQLException {
        long biggest = count("SELECT max(n) FROM (SELECT count(*) n FROM sales_quotation GROUP BY customer_id) t");
        long median = count("SELECT percentile_disc(0.5) WITHIN GROUP (ORDER BY n) FROM (SELECT count(*) n FROM sales_quotation GROUP BY customer_id) t");
        assertThat(biggest).as("a few big customers").isGreaterThan(Scale.S.quotations() / 20);
        assertThat(median).as("many small ones").isLessThan(biggest / 10);
        long topProduct = count("SELECT max(n) FROM (SELECT count(*) n FROM sales_quotation_line GROUP BY product_id) t");
        long rare = count("SELECT count(*) FROM (SELECT product_id FROM sales_quotation_line GROUP BY product_id HAVING count(*) < 10) t");
        assertThat(topProduct).as("popular products").isGreaterThan(Scale.S.lines() / 100);
        assertThat(rare).as("rare products").isPositive();
        long winter = count("SELECT count(*) FROM sales_quotation WHERE extract(month FROM quoted_on) IN (12, 1, 2)");
        long summer = count("SELECT count(*) FROM sales_quotation WHERE extract(month FROM quoted_on) IN (6, 7, 8)");
        assertThat(winter).as("seasonal demand: winter above summer").isGreaterThan(summer * 13 / 10);
        assertThat(count("SELECT count(*) FROM sales_quotation WHERE extract(isodow FROM quoted_on) > 5")).as("business days").isZero();
        assertThat(count("SELECT count(*) FROM lot WHERE status = 'EXPIRED' AND expiry_date < DATE '2026-11-30'")).isPositive();
        assertThat(count("SELECT count(*) FROM lot WHERE expiry_date BETWEEN DATE '2026-11-30' AND DATE '2027-02-28'")).isPositive();
        assertThat(count("SELECT count(*) FROM lot WHERE expiry_date > DATE '2027-11-30'")).isPositive();
        assertThat(count("SELECT count(*) FROM lot WHERE status = 'EXPIRED' AND expiry_date >= DATE '2026-11-30'")).isZero();
    }

    @Test
    void balancesEqualTheirLedgerAndSequencesStartPastTheLoadedIds() throws SQLException {
        assertThat(count("SELECT count(*) FROM stock_balance b WHERE b.on_hand <> (SELECT sum(m.on_hand_change) FROM "
                + "stock_movement m WHERE m.lot_id = b.lot_id AND m.location_id = b.location_id)")).isZero();
        // a quotation made by the real service on generated data: next id, and the same price and amounts as a
        // generated 2026 line of that customer and product (same precedence, same money rules)
        Object[] line = firstRow("SELECT q.customer_id, p.ndc11, l.quantity, l.unit, l.discount_percent, l.tax_rate_percent, "
                + "l.unit_price, l.price_source, l.net_amount, l.tax_amount FROM sales_quotation_line l "
                + "JOIN sales_quotation q ON q.id = l.quotation_id JOIN product p ON p.id = l.product_id "
                + "WHERE q.quoted_on >= DATE '2026-01-01' AND l.price_source LIKE 'GPO contract %' ORDER BY l.id LIMIT 1");
        QuotationView created = db.inTransaction(em -> {
            QuotationService s = new QuotationService();
            s.em = em;
            s.events = new RecordingEvent<DomainEvent>();
            s.calendar = SalesCalendar.fixed(Clock.fixed(NOW, ZONE), ZONE);
            s.settings = SETTINGS;
            s.eligibility = org.pharmadist.compliance.application.LicenseGate.using(em);
            return s.create(new QuotationRequest(((Number) line[0]).longValue(), null, List.of(new QuotationLineRequest(
                    ((String) line[1]).trim(), line[2].toString(), (String) line[3], line[4].toString(), line[5].toString()))));
        });
        assertThat(created.id()).isGreaterThan(Scale.S.quotations());
        assertThat(created.lines().get(0).id()).isGreaterThan(Scale.S.lines());
        assertThat(created.lines().get(0).unitPrice()).isEqualByComparingTo((BigDecimal) line[6]);
        assertThat(created.lines().get(0).priceSource()).isEqualTo(line[7]);
        assertThat(created.netTotal()).isEqualByComparingTo((BigDecimal) line[8]);
        assertThat(created.taxTotal()).isEqualByComparingTo((BigDecimal) line[9]);
        db.run(em -> em.createNativeQuery("DELETE FROM sales_quotation_line WHERE quotation_id = " + created.id()).executeUpdate());
        db.run(em -> em.createNativeQuery("DELETE FROM sales_quotation WHERE id = " + created.id()).executeUpdate());
    }

    @Test
    void theListReadsTheGeneratedQuotationsNewestFirst() {
        EntityManager em = db.read();
        try {
            QuotationQueryService q = new QuotationQueryService();
            q.em = em;
            Page<QuotationSummary> page = q.search(new QuotationSearch(null, null, null, null), new PageRequest(50, 0, null));
            assertThat(page.items()).hasSize(50);
            assertThat(page.total()).isEqualTo(Scale.S.quotations());
            assertThat(page.totalIsEstimate()).isFalse();
            assertThat(page.items().get(0).quotedOn()).isBeforeOrEqualTo(ScaleDataGenerator.DEFAULT_AS_OF);
            for (int i = 1; i < page.items().size(); i++) {
                QuotationSummary a = page.items().get(i - 1);
                QuotationSummary b = page.items().get(i);
                assertThat(a.quotedOn().isAfter(b.quotedOn()) || a.quotedOn().equals(b.quotedOn()) && a.id() > b.id()).isTrue();
            }
            Page<QuotationSummary> deep = q.search(new QuotationSearch(null, null, null, null), new PageRequest(50, 1000, null));
            Page<QuotationSummary> next = q.search(new QuotationSearch(null, null, null, null), new PageRequest(50, 1050, null));
            assertThat(deep.items()).hasSize(50);
            assertThat(deep.items().get(49).id()).isNotEqualTo(next.items().get(0).id());
            assertThat(deep.items().get(49).quotedOn()).isAfterOrEqualTo(next.items().get(0).quotedOn());
        } finally {
            em.close();
        }
    }

    @Test
    void listPlansUseTheirIndexAndNeverScanQuotationsOrLines() throws SQLException {
        List<QuotationPlans.Scenario> scenarios = QuotationPlans.scenarios(db.dataSource());
        Map<String, String> expected = Map.of(
                "List, first page", "sales_quotation_date_idx",
                "a small customer", "sales_quotation_customer_date_idx",
                "status SENT", "sales_quotation_status_date_idx",
                "deep page by cursor", "sales_quotation_date_idx");
        int checked = 0;
        for (QuotationPlans.Scenario s : scenarios) {
            for (Map.Entry<String, String> e : expected.entrySet()) {
                if (s.title().contains(e.getKey())) {
                    QuotationPlans.Recorded page = s.statements().get(0);
                    assertThat(page.sql()).startsWith("SELECT h.id, h.number").contains("LIMIT 51").doesNotContain("OFFSET");
                    List<JsonObject> nodes = plan(page);
                    // Index Scan, Index Only Scan or (a customer with few quotations) Bitmap Index Scan
                    assertThat(nodes).as(s.title()).anyMatch(n -> n.getString("Node Type").contains("Index")
                            && e.getValue().equals(n.getString("Index Name", "")));
                    // the order comes from the index: no sort of a big set (a few dozen matching rows may be sorted)
                    assertThat(nodes).as(s.title()).noneMatch(n -> n.getString("Node Type").equals("Sort") && n.getInt("Plan Rows") > BIG_SET);
                    assertNoSeqScan(s.title(), nodes, "sales_quotation");
                    checked++;
                }
            }
            if (s.title().contains("deep page by offset")) {
                // the skipped rows are index entries only: an index-only scan picks the page, the rest reads 51 rows
                QuotationPlans.Recorded page = s.statements().get(0);
                assertThat(page.sql()).contains(") pick JOIN sales_quotation h ON h.id = pick.id");
                List<JsonObject> nodes = plan(page);
                assertThat(nodes).as(s.title()).anyMatch(n -> n.getString("Node Type").equals("Index Only Scan")
                        && "sales_quotation_date_idx".equals(n.getString("Index Name", "")));
                assertThat(nodes).as(s.title()).noneMatch(n -> n.getString("Node Type").equals("Sort") && n.getInt("Plan Rows") > BIG_SET);
                checked++;
            }
            for (QuotationPlans.Recorded r : s.statements()) {
                assertNoSeqScan(s.title(), plan(r), "sales_quotation_line");
            }
        }
        assertThat(checked).isEqualTo(expected.size() + 1);
    }

    @Test
    void theDetailIsFiveIndexedStatementsWhateverTheNumberOfLines() throws SQLException {
        QuotationPlans.Scenario detail = QuotationPlans.scenarios(db.dataSource()).stream()
                .filter(s -> s.title().startsWith("Detail")).findFirst().orElseThrow();
        assertThat(count("SELECT max(line_count) FROM sales_quotation")).isGreaterThanOrEqualTo(15);
        // header, customer, lines, products with their units, ATP of all products: no statement per line
        assertThat(detail.statements()).hasSize(5);
        QuotationPlans.Recorded lines = detail.statements().stream().filter(r -> r.sql().contains("from sales_quotation_line"))
                .findFirst().orElseThrow();
        assertThat(plan(lines)).anyMatch(n -> n.getString("Node Type").startsWith("Index")
                && "sales_quotation_line".equals(n.getString("Relation Name", "")));
        for (QuotationPlans.Recorded r : detail.statements()) {
            assertNoSeqScan(detail.title(), plan(r), "sales_quotation");
        }
    }

    @Test
    void batchAvailabilityAnswersWhatTheSingleProductAvailabilityAnswers() throws SQLException {
        List<Long> ids = new ArrayList<>();
        List<String> ndcs = new ArrayList<>();
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT id, ndc11 FROM product ORDER BY id")) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
                ndcs.add(rs.getString(2).trim());
            }
        }
        EntityManager em = db.read();
        try {
            org.pharmadist.inventory.application.InventoryQueryService inventory = QuotationPlans.inventory(em, NOW, SETTINGS);
            for (int minDays : new int[] {0, 180}) {
                Map<Long, BigDecimal> batch = inventory.availableToPromise(ids, minDays);
                assertThat(batch).hasSize(ids.size());
                for (int i = 0; i < ids.size(); i++) {
                    assertThat(batch.get(ids.get(i))).as(ndcs.get(i) + " min " + minDays)
                            .isEqualTo(inventory.availability(ndcs.get(i), minDays, null).availableToPromise());
                }
            }
            assertThat(inventory.availableToPromise(List.of(), 0)).isEmpty();
        } finally {
            em.close();
        }
    }

    /** No sequential scan of a table whose name starts with {@code tablePrefix} (quotations and/or lines). */
    private static void assertNoSeqScan(String title, List<JsonObject> nodes, String tablePrefix) {
        assertThat(nodes).as(title).noneMatch(n -> "Seq Scan".equals(n.getString("Node Type"))
                && n.getString("Relation Name", "").startsWith(tablePrefix));
    }

    /** Every node of the statement's EXPLAIN (FORMAT JSON) plan, flattened. */
    private static List<JsonObject> plan(QuotationPlans.Recorded r) throws SQLException {
        String json = QuotationPlans.explain(db.dataSource(), r, "FORMAT JSON");
        JsonArray doc = Json.createReader(new StringReader(json)).readArray();
        List<JsonObject> out = new ArrayList<>();
        collect(doc.getJsonObject(0).getJsonObject("Plan"), out);
        return out;
    }

    private static void collect(JsonObject node, List<JsonObject> out) {
        out.add(node);
        JsonArray children = node.getJsonArray("Plans");
        if (children != null) {
            for (JsonValue c : children) {
                collect(c.asJsonObject(), out);
            }
        }
    }

    private static long count(String sql) throws SQLException {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static Object[] firstRow(String sql) throws SQLException {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            assertThat(rs.next()).as(sql).isTrue();
            Object[] out = new Object[rs.getMetaData().getColumnCount()];
            for (int i = 0; i < out.length; i++) {
                out[i] = rs.getObject(i + 1);
            }
            return out;
        }
    }
}
