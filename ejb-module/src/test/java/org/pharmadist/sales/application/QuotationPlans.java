package org.pharmadist.sales.application;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.io.PrintStream;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.pharmadist.inventory.application.InventoryCalendar;
import org.pharmadist.inventory.application.InventoryQueryService;
import org.pharmadist.platform.config.PharmaDistSettings;
import org.pharmadist.platform.paging.KeysetCursor;
import org.pharmadist.platform.paging.PageRequest;
import org.pharmadist.sales.domain.QuotationStatus;

/**
 * The SQL the quotation list and detail really execute, and its plans: runs {@link QuotationQueryService#search} and
 * {@link QuotationService#get} (with the inventory availability it calls) on a loaded database through a data source
 * that records every prepared statement with its bound parameters, then replays each recorded statement as
 * {@code EXPLAIN (<options>) <sql>} with the same parameters. Used by the scale persistence test and by the data
 * generator's {@code --explain}.
 */
public final class QuotationPlans {

    static final ZoneId ZONE = ZoneId.of("America/New_York");

    /** One executed statement: SQL as sent to the driver ({@code ?} placeholders) and its parameters by position. */
    public record Recorded(String sql, Map<Integer, Object> parameters) { }

    /** One scenario: what was asked and the statements it executed. */
    public record Scenario(String title, List<Recorded> statements) { }

    private QuotationPlans() {
    }

    /**
     * Runs the scenarios (list first page, by a big and by a small customer, by status, deep page by offset and by
     * cursor, detail)
     * and returns what each executed.
     *
     * @param ds a database loaded by the scale data generator (or any database with quotations)
     */
    public static List<Scenario> scenarios(DataSource ds) throws SQLException {
        List<Recorded> sink = new ArrayList<>();
        DataSource recording = recording(ds, sink);
        long bigCustomer;
        long smallCustomer;
        long detailId;
        int depth;
        String deepCursor;
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            bigCustomer = single(s, "SELECT customer_id FROM sales_quotation GROUP BY customer_id ORDER BY count(*) DESC, customer_id LIMIT 1");
            smallCustomer = single(s, "SELECT customer_id FROM sales_quotation GROUP BY customer_id ORDER BY abs(count(*) - 10), customer_id LIMIT 1");
            detailId = single(s, "SELECT id FROM sales_quotation ORDER BY line_count DESC, id LIMIT 1");
            long total = single(s, "SELECT count(*) FROM sales_quotation");
            depth = (int) Math.min(PageRequest.MAX_OFFSET, total / 2);
            try (ResultSet rs = s.executeQuery("SELECT id, quoted_on FROM sales_quotation ORDER BY quoted_on DESC, id DESC OFFSET " + (depth - 1) + " LIMIT 1")) {
                rs.next();
                deepCursor = new KeysetCursor("quoted-desc", rs.getLong(1), rs.getObject(2, LocalDate.class).toString()).encode();
            }
        }
        Map<String, Object> props = new HashMap<>();
        props.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
        props.put("jakarta.persistence.jtaDataSource", "");
        props.put("jakarta.persistence.nonJtaDataSource", recording);
        props.put("hibernate.connection.datasource", recording);
        props.put("hibernate.boot.allow_jdbc_metadata_access", "true");
        List<Scenario> out = new ArrayList<>();
        EntityManagerFactory read = Persistence.createEntityManagerFactory("pharmadist-read", props);
        EntityManagerFactory primary = Persistence.createEntityManagerFactory("pharmadist", props);
        try {
            QuotationSearch all = new QuotationSearch(null, null, null, null);
            out.add(list(read, sink, "List, first page (no filter, 50 newest)", all, new PageRequest(50, 0, null)));
            out.add(list(read, sink, "List filtered by customer " + bigCustomer + " (the biggest customer)",
                    new QuotationSearch(bigCustomer, null, null, null), new PageRequest(50, 0, null)));
            out.add(list(read, sink, "List filtered by customer " + smallCustomer + " (a small customer, about 10 quotations)",
                    new QuotationSearch(smallCustomer, null, null, null), new PageRequest(50, 0, null)));
            out.add(list(read, sink, "List filtered by status SENT", new QuotationSearch(null, QuotationStatus.SENT, null, null),
                    new PageRequest(50, 0, null)));
            out.add(list(read, sink, "List, deep page by offset " + depth, all, new PageRequest(50, depth, null)));
            out.add(list(read, sink, "List, deep page by cursor (same depth " + depth + ")", all, new PageRequest(50, 0, deepCursor)));
            out.add(detail(primary, read, sink, "Detail of quotation " + detailId + " (the one with most lines)", detailId));
        } finally {
            read.close();
            primary.close();
        }
        return out;
    }

    private static Scenario list(EntityManagerFactory read, List<Recorded> sink, String title, QuotationSearch search,
            PageRequest page) {
        EntityManager em = read.createEntityManager();
        try {
            QuotationQueryService q = new QuotationQueryService();
            q.em = em;
            sink.clear();
            q.search(search, page);
            return new Scenario(title, List.copyOf(sink));
        } finally {
            em.close();
        }
    }

    private static Scenario detail(EntityManagerFactory primary, EntityManagerFactory read, List<Recorded> sink,
            String title, long id) {
        EntityManager em = primary.createEntityManager();
        EntityManager readEm = read.createEntityManager();
        try {
            Instant now = Instant.parse("2026-11-30T17:00:00Z");
            PharmaDistSettings settings = new PharmaDistSettings() {
                @Override
                public Currency currency() {
                    return Currency.getInstance("USD");
                }

                @Override
                public ZoneId timeZone() {
                    return ZONE;
                }
            };
            InventoryQueryService inventory = inventory(readEm, now, settings);
            QuotationService s = new QuotationService();
            s.em = em;
            s.calendar = SalesCalendar.fixed(Clock.fixed(now, ZONE), ZONE);
            s.settings = settings;
            s.inventory = inventory;
            sink.clear();
            em.getTransaction().begin();
            s.get(id);
            em.getTransaction().rollback();
            return new Scenario(title, List.copyOf(sink));
        } finally {
            em.close();
            readEm.close();
        }
    }

    /** The inventory read service on the given read entity manager, today = {@code now} in New York. */
    static InventoryQueryService inventory(EntityManager readEm, Instant now, PharmaDistSettings settings) {
        InventoryQueryService inventory = new InventoryQueryService();
        set(inventory, "em", readEm);
        set(inventory, "calendar", InventoryCalendar.fixed(Clock.fixed(now, ZONE), ZONE));
        set(inventory, "settings", settings);
        set(inventory, "nearExpiryDays", 90);
        return inventory;
    }

    /**
     * {@code EXPLAIN (<options>) <sql>} of a recorded statement with its parameters, as text (one line per row; with
     * FORMAT JSON the JSON document).
     */
    public static String explain(DataSource ds, Recorded r, String options) throws SQLException {
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement("EXPLAIN (" + options + ") " + r.sql())) {
            for (Map.Entry<Integer, Object> p : r.parameters().entrySet()) {
                ps.setObject(p.getKey(), p.getValue());
            }
            StringBuilder b = new StringBuilder();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    b.append(rs.getString(1)).append('\n');
                }
            }
            return b.toString();
        }
    }

    /**
     * Prints the server version, table sizes and every scenario's statements with parameters and EXPLAIN (ANALYZE,
     * BUFFERS) (fastest of three runs) as Markdown.
     */
    public static void print(DataSource ds, PrintStream out) throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT version()")) {
            rs.next();
            out.println("Server: " + rs.getString(1));
            out.println();
        }
        try (Connection c = ds.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT c.relname, c.reltuples::bigint, pg_size_pretty(pg_table_size(c.oid)), pg_size_pretty(pg_indexes_size(c.oid)) "
                + "FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND c.relkind = 'r' "
                + "AND c.reltuples > 0 ORDER BY pg_total_relation_size(c.oid) DESC")) {
            out.println("| Table | Rows (estimate) | Table size | Index size |");
            out.println("|---|---:|---:|---:|");
            while (rs.next()) {
                out.println("| " + rs.getString(1) + " | " + String.format("%,d", rs.getLong(2)) + " | " + rs.getString(3) + " | " + rs.getString(4) + " |");
            }
            out.println();
        }
        for (Scenario s : scenarios(ds)) {
            out.println("### " + s.title() + " (" + s.statements().size() + " statements)");
            for (Recorded r : s.statements()) {
                out.println();
                out.println("```sql");
                out.println(r.sql());
                out.println("-- parameters: " + r.parameters().values());
                out.println("```");
                out.println("```");
                out.print(best(ds, r));
                out.println("```");
            }
            out.println();
        }
    }

    /** EXPLAIN (ANALYZE, BUFFERS) run three times (warm cache), the output of the fastest run. */
    private static String best(DataSource ds, Recorded r) throws SQLException {
        String best = null;
        double bestMs = Double.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            String plan = explain(ds, r, "ANALYZE, BUFFERS");
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("Execution Time: ([0-9.]+) ms").matcher(plan);
            double ms = m.find() ? Double.parseDouble(m.group(1)) : 0;
            if (ms < bestMs) {
                bestMs = ms;
                best = plan;
            }
        }
        return best;
    }

    private static long single(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void set(Object target, String field, Object value) {
        try {
            Field f = target.getClass().getDeclaredField(field);
            f.setAccessible(true);
            f.set(target, value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A data source whose prepared statements report (sql, parameters) to the sink when executed. */
    static DataSource recording(DataSource target, List<Recorded> sink) {
        return (DataSource) Proxy.newProxyInstance(QuotationPlans.class.getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, m, args) -> {
                    Object result = invoke(m, target, args);
                    return result instanceof Connection c ? connection(c, sink) : result;
                });
    }

    private static Connection connection(Connection target, List<Recorded> sink) {
        return (Connection) Proxy.newProxyInstance(QuotationPlans.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, m, args) -> {
                    Object result = invoke(m, target, args);
                    if (result instanceof PreparedStatement ps && m.getName().equals("prepareStatement")) {
                        return statement(ps, (String) args[0], sink::add);
                    }
                    return result;
                });
    }

    private static PreparedStatement statement(PreparedStatement target, String sql, Consumer<Recorded> sink) {
        Map<Integer, Object> params = new TreeMap<>();
        InvocationHandler h = (proxy, m, args) -> {
            String name = m.getName();
            if (name.startsWith("set") && args != null && args.length >= 2 && args[0] instanceof Integer i
                    && !name.equals("setFetchSize") && !name.equals("setMaxRows") && !name.equals("setQueryTimeout")) {
                params.put(i, name.equals("setNull") ? null : args[1]);
            } else if (name.equals("clearParameters")) {
                params.clear();
            } else if (name.equals("executeQuery") || name.equals("execute") || name.equals("executeUpdate")) {
                sink.accept(new Recorded(sql, new TreeMap<>(params)));
            }
            return invoke(m, target, args);
        };
        return (PreparedStatement) Proxy.newProxyInstance(QuotationPlans.class.getClassLoader(),
                new Class<?>[] {PreparedStatement.class}, h);
    }

    private static Object invoke(java.lang.reflect.Method m, Object target, Object[] args) throws Throwable {
        try {
            return m.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
