package org.pharmadist.tools.dataset;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.flywaydb.core.Flyway;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Deterministic scale data for performance work (issue 5) and the benchmark (issue 8): loads catalog, customers,
 * pricing, inventory and quotations consistent with the Flyway schema into an EMPTY PharmaDist database (migrated, no
 * demo data) with bulk {@code COPY} (no JPA), then moves every id sequence past the loaded ids and runs
 * {@code VACUUM ANALYZE}. The same scale, seed and as-of day always give the same rows (ids included), see
 * {@link #checksums(Connection)}. Audit (Envers) history is not generated: the rows look imported, not edited.
 * <p>
 * Command line (test classpath of ejb-module; the README has the Maven command):
 * <pre>
 *   --scale S|M|L        sizes, see {@link Scale} (default S)
 *   --seed N             random seed (default 42)
 *   --as-of YYYY-MM-DD   last business day of the history (default 2026-11-30; never "today", to stay reproducible)
 *   --jdbc-url URL       target database, e.g. jdbc:postgresql://localhost:5432/pharmadist (with --user, --password)
 *   --migrate            run the Flyway migrations on the target first
 *   --embedded DIR       instead of --jdbc-url: start an embedded PostgreSQL 17 on data directory DIR (kept), create
 *                        database "pharmadist_&lt;scale&gt;" afresh, migrate, load, stop
 *   --explain            after loading, print EXPLAIN (ANALYZE, BUFFERS) of the quotation list and detail queries
 *   --checksums          after loading, print md5 checksums of the generated tables
 *   --skip-load          load nothing (with --embedded: keep the database loaded before), e.g. to --explain again
 * </pre>
 * Exit code 0 on success; 1 with a message when the database is not empty or unreachable.
 */
public final class ScaleDataGenerator {

    /** The stages in load order; a sales-orders stage goes after quotations. */
    static final List<DatasetStage> STAGES = List.of(new CatalogStage(), new CustomerStage(), new PricingStage(),
            new InventoryStage(), new QuotationStage());

    /** Table -> id sequence of every table the stages fill (also the tables {@link #checksums} covers). */
    static final Map<String, String> TABLES = new LinkedHashMap<>();

    static {
        TABLES.put("product", "product_seq");
        TABLES.put("product_unit", "product_unit_seq");
        TABLES.put("crm_customer", "crm_customer_seq");
        TABLES.put("crm_license", "crm_license_seq");
        TABLES.put("sales_price_list", "sales_price_list_seq");
        TABLES.put("sales_price_list_item", "sales_price_list_item_seq");
        TABLES.put("sales_contract", "sales_contract_seq");
        TABLES.put("sales_contract_price", "sales_contract_price_seq");
        TABLES.put("warehouse", "warehouse_seq");
        TABLES.put("storage_location", "storage_location_seq");
        TABLES.put("lot", "lot_seq");
        TABLES.put("stock_balance", "stock_balance_seq");
        TABLES.put("stock_movement", "stock_movement_seq");
        TABLES.put("sales_quotation", "sales_quotation_seq");
        TABLES.put("sales_quotation_line", "sales_quotation_line_seq");
    }

    /** Default last day of the generated history. */
    public static final LocalDate DEFAULT_AS_OF = LocalDate.of(2026, 11, 30);

    private final Scale scale;
    private final long seed;
    private final LocalDate asOf;
    private final Consumer<String> log;

    /**
     * @param scale sizes
     * @param seed  random seed; the same seed gives the same data
     * @param asOf  last business day of the history
     * @param log   progress lines (stage, rows, seconds)
     */
    public ScaleDataGenerator(Scale scale, long seed, LocalDate asOf, Consumer<String> log) {
        this.scale = scale;
        this.seed = seed;
        this.asOf = asOf;
        this.log = log;
    }

    /**
     * Loads everything in one transaction, then advances the sequences and vacuums/analyzes the tables.
     *
     * @param connection a connection to a migrated, empty PharmaDist database (auto-commit is restored afterwards)
     * @return rows per table
     * @throws IllegalStateException when a target table already holds rows (demo or reference data loaded)
     */
    public Map<String, Long> load(Connection connection) throws SQLException {
        long start = System.nanoTime();
        refuseUnlessEmpty(connection);
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        DatasetContext ctx = new DatasetContext(scale, seed, asOf);
        try {
            for (DatasetStage stage : STAGES) {
                long t = System.nanoTime();
                stage.load(connection, ctx);
                log.accept(String.format("stage %-10s %6.1f s", stage.name(), (System.nanoTime() - t) / 1e9));
            }
            try (Statement s = connection.createStatement()) {
                for (Map.Entry<String, String> e : TABLES.entrySet()) {
                    // ids are 1..n; sequences INCREMENT BY 50 with Hibernate's pooled optimizer: start past max + 50
                    s.execute("SELECT setval('" + e.getValue() + "', (SELECT COALESCE(max(id), 0) + 50 FROM " + e.getKey() + "))");
                }
            }
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
        long t = System.nanoTime();
        boolean ac = connection.getAutoCommit();
        connection.setAutoCommit(true);
        try (Statement s = connection.createStatement()) {
            s.execute("VACUUM (ANALYZE) " + String.join(", ", TABLES.keySet()));
        } finally {
            connection.setAutoCommit(ac);
        }
        log.accept(String.format("vacuum analyze   %6.1f s", (System.nanoTime() - t) / 1e9));
        Map<String, Long> rows = counts(connection);
        log.accept(String.format("loaded scale %s seed %d as of %s in %.1f s: %s", scale, seed, asOf,
                (System.nanoTime() - start) / 1e9, rows));
        return rows;
    }

    private static void refuseUnlessEmpty(Connection c) throws SQLException {
        List<String> filled = new ArrayList<>();
        try (Statement s = c.createStatement()) {
            for (String table : TABLES.keySet()) {
                try (ResultSet rs = s.executeQuery("SELECT EXISTS (SELECT 1 FROM " + table + ")")) {
                    rs.next();
                    if (rs.getBoolean(1)) {
                        filled.add(table);
                    }
                }
            }
        }
        if (!filled.isEmpty()) {
            throw new IllegalStateException("The target database already holds rows in " + filled + ": load scale data "
                    + "into a freshly migrated database without demo data (PHARMADIST_DEMO_DATA=false), or use --embedded");
        }
    }

    /** Row count per generated table. */
    public static Map<String, Long> counts(Connection c) throws SQLException {
        Map<String, Long> out = new LinkedHashMap<>();
        try (Statement s = c.createStatement()) {
            for (String table : TABLES.keySet()) {
                try (ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) {
                    rs.next();
                    out.put(table, rs.getLong(1));
                }
            }
        }
        return out;
    }

    /**
     * md5 of every generated table's rows in id order (each row as PostgreSQL's text form of the whole row), e.g. to
     * show that two loads with the same seed are identical.
     */
    public static Map<String, String> checksums(Connection c) throws SQLException {
        Map<String, String> out = new LinkedHashMap<>();
        try (Statement s = c.createStatement()) {
            for (String table : TABLES.keySet()) {
                try (ResultSet rs = s.executeQuery("SELECT count(*) || ':' || COALESCE(md5(string_agg(md5(t::text), '' ORDER BY t.id)), '') FROM " + table + " t")) {
                    rs.next();
                    out.put(table, rs.getString(1));
                }
            }
        }
        return out;
    }

    /** See the class comment for the arguments. */
    public static void main(String[] args) throws Exception {
        Map<String, String> a = parse(args);
        Scale scale = Scale.parse(a.getOrDefault("scale", "S"));
        long seed = Long.parseLong(a.getOrDefault("seed", "42"));
        LocalDate asOf = LocalDate.parse(a.getOrDefault("as-of", DEFAULT_AS_OF.toString()));
        ScaleDataGenerator generator = new ScaleDataGenerator(scale, seed, asOf, line -> System.out.println("[dataset] " + line));
        try {
            if (a.containsKey("embedded")) {
                Path dir = Path.of(a.get("embedded")).toAbsolutePath();
                Files.createDirectories(dir);
                try (EmbeddedPostgres pg = EmbeddedPostgres.builder().setDataDirectory(dir).setCleanDataDirectory(false)
                        .setPGStartupWait(Duration.ofSeconds(60)).start()) {
                    String db = "pharmadist_" + scale.name().toLowerCase(java.util.Locale.ROOT);
                    if (!a.containsKey("skip-load")) {
                        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                            s.execute("DROP DATABASE IF EXISTS " + db + " WITH (FORCE)");
                            s.execute("CREATE DATABASE " + db);
                        }
                    }
                    PGSimpleDataSource ds = new PGSimpleDataSource();
                    ds.setUrl("jdbc:postgresql://localhost:" + pg.getPort() + "/" + db);
                    ds.setUser("postgres");
                    System.out.println("[dataset] embedded PostgreSQL on " + dir + ", port " + pg.getPort() + ", database " + db);
                    run(generator, ds, !a.containsKey("skip-load"), a);
                }
            } else if (a.containsKey("jdbc-url")) {
                PGSimpleDataSource ds = new PGSimpleDataSource();
                ds.setUrl(a.get("jdbc-url"));
                if (a.containsKey("user")) {
                    ds.setUser(a.get("user"));
                }
                if (a.containsKey("password")) {
                    ds.setPassword(a.get("password"));
                }
                run(generator, ds, a.containsKey("migrate"), a);
            } else {
                throw new IllegalArgumentException("give --jdbc-url URL (with --user, --password) or --embedded DIR");
            }
        } catch (IllegalArgumentException | IllegalStateException | SQLException e) {
            System.err.println("[dataset] " + e.getMessage());
            System.exit(1);
        }
    }

    private static void run(ScaleDataGenerator generator, PGSimpleDataSource ds, boolean migrate, Map<String, String> a)
            throws Exception {
        if (migrate) {
            Flyway.configure().dataSource(ds).locations("classpath:db/migration").failOnMissingLocations(true).load().migrate();
        }
        try (Connection c = ds.getConnection()) {
            if (!a.containsKey("skip-load")) {
                generator.load(c);
            }
            if (a.containsKey("checksums")) {
                checksums(c).forEach((t, sum) -> System.out.println("[dataset] checksum " + t + " " + sum));
            }
        }
        if (a.containsKey("explain")) {
            org.pharmadist.sales.application.QuotationPlans.print(ds, System.out);
        }
    }

    private static Map<String, String> parse(String[] args) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument '" + args[i] + "'");
            }
            String key = args[i].substring(2);
            boolean flag = key.equals("migrate") || key.equals("explain") || key.equals("checksums")
                    || key.equals("skip-load");
            if (flag) {
                out.put(key, "true");
            } else if (i + 1 < args.length) {
                out.put(key, args[++i]);
            } else {
                throw new IllegalArgumentException("--" + key + " needs a value");
            }
        }
        return out;
    }
}
