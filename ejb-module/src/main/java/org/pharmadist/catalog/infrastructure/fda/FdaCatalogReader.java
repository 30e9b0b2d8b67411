package org.pharmadist.catalog.infrastructure.fda;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pharmadist.catalog.domain.DeaSchedule;
import org.pharmadist.catalog.domain.DeaScheduleSource;
import org.pharmadist.catalog.domain.InvalidNdcException;
import org.pharmadist.catalog.domain.MarketingCategory;
import org.pharmadist.catalog.domain.Ndc;
import org.pharmadist.catalog.domain.PricingUnit;
import org.pharmadist.catalog.domain.ProductRecord;

/**
 * Reads the bundled FDA/CMS reference files into catalog product records (no JPA, no CDI).
 *
 * <p>Inputs (UTF-8, provenance in {@code reference/fda/SOURCES.md}):
 * <ul>
 *   <li>{@value #SHORTAGE_FILE}: openFDA drug-shortage packages, 10-digit hyphenated NDCs (so GTINs),
 *       brand, labeler, form, route, Rx/OTC, substance, therapeutic category;</li>
 *   <li>{@value #NADAC_FILE}: CMS NADAC, 11-digit NDCs, price per unit (USD, 5 decimals), EA/ML/GM, OTC Y/N;</li>
 *   <li>{@value SubstanceScheduleIndex#FILE}: FDA NDC Directory unfinished drugs, for DEA schedules by
 *       substance (see {@link SubstanceScheduleIndex}).</li>
 * </ul>
 * Records are keyed by 11-digit NDC. A NADAC row with the NDC of a shortage package adds its price, unit
 * and date (and fills missing strength, form, Rx/OTC) to that product; other NADAC rows become products
 * without a 10-digit form or GTIN. Neither file carries a DEA schedule: it is derived from the active
 * substance ({@link DeaScheduleSource#DERIVED_FROM_SUBSTANCE}). Unusable rows are returned as
 * {@link RejectedRow}s with their physical line; a duplicated NDC keeps its first usable row and rejects
 * the later ones. Stateless.
 */
public final class FdaCatalogReader {

    /** openFDA shortage packages file name. */
    public static final String SHORTAGE_FILE = "openfda_shortage_finished_packages.csv";
    /** CMS NADAC file name. */
    public static final String NADAC_FILE = "cms_nadac_subset_2025-12-24.csv";
    /** Classpath folder of the bundled files. */
    public static final String RESOURCE_DIR = "/reference/fda/";
    /** Source tag of shortage-file data. */
    public static final String SOURCE_SHORTAGES = "openfda-shortages";
    /** Source tag of NADAC data. */
    public static final String SOURCE_NADAC = "cms-nadac";

    private static final List<String> FILE_ORDER = List.of(SubstanceScheduleIndex.FILE, SHORTAGE_FILE, NADAC_FILE);
    private static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("MM/dd/uuuu");

    /**
     * Reads the three files bundled on the classpath under {@value #RESOURCE_DIR}.
     *
     * @throws IllegalStateException when a bundled file is missing
     * @throws CsvFormatException when a file misses a required column or has an unclosed quote
     */
    public CatalogReadResult readBundled() {
        try (InputStream shortages = resource(SHORTAGE_FILE);
             InputStream nadac = resource(NADAC_FILE);
             InputStream substances = resource(SubstanceScheduleIndex.FILE)) {
            return read(shortages, nadac, substances);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** As {@link #read(Reader, Reader, Reader)}, decoding the streams as UTF-8; streams are not closed. */
    public CatalogReadResult read(InputStream shortages, InputStream nadac, InputStream unfinishedProducts) {
        return read(new InputStreamReader(shortages, StandardCharsets.UTF_8),
                new InputStreamReader(nadac, StandardCharsets.UTF_8),
                new InputStreamReader(unfinishedProducts, StandardCharsets.UTF_8));
    }

    /**
     * Reads and merges the three files (each must at least have its header line).
     *
     * @param shortages {@value #SHORTAGE_FILE} content (RFC 4180 CSV)
     * @param nadac {@value #NADAC_FILE} content (RFC 4180 CSV)
     * @param unfinishedProducts {@value SubstanceScheduleIndex#FILE} content (tab-separated)
     * @return products and rejected rows; Readers are not closed
     * @throws CsvFormatException when a header misses a required column or a quoted field is never closed
     */
    public CatalogReadResult read(Reader shortages, Reader nadac, Reader unfinishedProducts) {
        SubstanceScheduleIndex schedules = SubstanceScheduleIndex.read(unfinishedProducts);
        List<RejectedRow> rejected = new ArrayList<>(schedules.rejected());
        Map<String, Draft> byNdc11 = new LinkedHashMap<>();
        readShortages(shortages, schedules, byNdc11, rejected);
        readNadac(nadac, schedules, byNdc11, rejected);

        List<ProductRecord> products = new ArrayList<>(byNdc11.size());
        for (Draft d : byNdc11.values()) {
            if (d.marketingCategory == null) {
                rejected.add(new RejectedRow(d.file, d.line, "unknown Rx/OTC status: product_type is "
                        + (d.productType == null ? "empty" : "'" + d.productType + "'")
                        + " and no NADAC row gives the OTC flag for NDC " + d.ndc));
                continue;
            }
            products.add(d.toRecord());
        }
        rejected.sort(Comparator.comparingInt((RejectedRow r) -> fileRank(r.file())).thenComparingInt(RejectedRow::lineNumber));
        return new CatalogReadResult(products, rejected);
    }

    private static int fileRank(String file) {
        int i = FILE_ORDER.indexOf(file);
        return i < 0 ? FILE_ORDER.size() : i;
    }

    private void readShortages(Reader in, SubstanceScheduleIndex schedules, Map<String, Draft> byNdc11,
            List<RejectedRow> rejected) {
        CsvReader reader = CsvReader.csv(in);
        Columns cols = Columns.of(reader.next(), SHORTAGE_FILE, "package_ndc", "generic_name", "brand_name",
                "labeler_or_manufacturer", "presentation", "dosage_form", "route", "product_type", "substance_name",
                "therapeutic_category");
        Map<String, Integer> firstLine = new HashMap<>();
        for (CsvRow row = reader.next(); row != null; row = reader.next()) {
            int line = row.lineNumber();
            Optional<String> problem = fieldCountProblem(row, cols);
            if (problem.isPresent()) {
                rejected.add(new RejectedRow(SHORTAGE_FILE, line, problem.get()));
                continue;
            }
            Ndc ndc;
            try {
                ndc = Ndc.parse(nullToEmpty(cols.get(row, "package_ndc")));
            } catch (InvalidNdcException e) {
                rejected.add(new RejectedRow(SHORTAGE_FILE, line, "invalid NDC: " + e.getMessage()));
                continue;
            }
            Integer first = firstLine.get(ndc.ndc11());
            if (first != null) {
                rejected.add(new RejectedRow(SHORTAGE_FILE, line, "duplicate NDC: " + ndc.ndc11Hyphenated()
                        + " already read on line " + first + "; this row is ignored"));
                continue;
            }
            String presentation = cols.get(row, "presentation");
            String generic = cols.get(row, "generic_name");
            String name = firstNonNull(cols.get(row, "brand_name"), presentationName(presentation), generic);
            if (name == null) {
                rejected.add(new RejectedRow(SHORTAGE_FILE, line,
                        "missing name: brand_name, presentation and generic_name are all empty for NDC " + ndc));
                continue;
            }
            Draft d = new Draft(ndc, SHORTAGE_FILE, line);
            d.name = name;
            d.genericName = generic;
            d.strength = DrugTextParser.presentationStrength(presentation).orElse(null);
            d.dosageForm = cols.get(row, "dosage_form");
            d.route = cols.get(row, "route");
            d.labeler = cols.get(row, "labeler_or_manufacturer");
            d.packageDescription = presentation;
            d.productType = cols.get(row, "product_type");
            d.marketingCategory = marketingCategory(d.productType);
            d.therapeuticCategory = cols.get(row, "therapeutic_category");
            String substances = cols.get(row, "substance_name");
            d.deaSchedule = (substances != null
                    ? schedules.forSubstances(substances)
                    : schedules.findIn(generic, false)).orElse(null);
            d.sources.add(SOURCE_SHORTAGES);
            byNdc11.put(ndc.ndc11(), d);
            firstLine.put(ndc.ndc11(), line);
        }
    }

    private void readNadac(Reader in, SubstanceScheduleIndex schedules, Map<String, Draft> byNdc11,
            List<RejectedRow> rejected) {
        CsvReader reader = CsvReader.csv(in);
        Columns cols = Columns.of(reader.next(), NADAC_FILE, "ndc_description", "ndc", "nadac_per_unit",
                "pricing_unit", "otc", "as_of_date");
        Map<String, Integer> firstLine = new HashMap<>();
        for (CsvRow row = reader.next(); row != null; row = reader.next()) {
            int line = row.lineNumber();
            Optional<String> problem = fieldCountProblem(row, cols);
            if (problem.isPresent()) {
                rejected.add(new RejectedRow(NADAC_FILE, line, problem.get()));
                continue;
            }
            Ndc ndc;
            try {
                ndc = Ndc.parse(nullToEmpty(cols.get(row, "ndc")));
            } catch (InvalidNdcException e) {
                rejected.add(new RejectedRow(NADAC_FILE, line, "invalid NDC: " + e.getMessage()));
                continue;
            }
            Integer first = firstLine.get(ndc.ndc11());
            if (first != null) {
                rejected.add(new RejectedRow(NADAC_FILE, line, "duplicate NDC: " + ndc.ndc11Hyphenated()
                        + " already read on line " + first + " (price " + cols.get(row, "nadac_per_unit")
                        + " of this row is ignored)"));
                continue;
            }
            String description = cols.get(row, "ndc_description");
            if (description == null) {
                rejected.add(new RejectedRow(NADAC_FILE, line, "missing name: ndc_description is empty for NDC " + ndc));
                continue;
            }
            String priceText = cols.get(row, "nadac_per_unit");
            BigDecimal price;
            try {
                price = price(priceText);
            } catch (IllegalArgumentException e) {
                rejected.add(new RejectedRow(NADAC_FILE, line, "bad price: " + e.getMessage()));
                continue;
            }
            PricingUnit unit;
            try {
                unit = PricingUnit.parse(cols.get(row, "pricing_unit"));
            } catch (IllegalArgumentException e) {
                rejected.add(new RejectedRow(NADAC_FILE, line, "bad pricing unit: " + e.getMessage()));
                continue;
            }
            if (unit == null) {
                rejected.add(new RejectedRow(NADAC_FILE, line, "bad pricing unit: pricing_unit is empty"));
                continue;
            }
            String otc = cols.get(row, "otc");
            MarketingCategory category;
            if ("Y".equalsIgnoreCase(otc)) {
                category = MarketingCategory.OTC;
            } else if ("N".equalsIgnoreCase(otc)) {
                category = MarketingCategory.RX;
            } else {
                rejected.add(new RejectedRow(NADAC_FILE, line, "bad OTC flag: otc is "
                        + (otc == null ? "empty" : "'" + otc + "'") + ", expected Y or N"));
                continue;
            }
            LocalDate asOf;
            try {
                asOf = date(cols.get(row, "as_of_date"));
            } catch (IllegalArgumentException e) {
                rejected.add(new RejectedRow(NADAC_FILE, line, "bad date: " + e.getMessage()));
                continue;
            }
            Optional<DrugTextParser.StrengthAndForm> parsed = DrugTextParser.nadacDescription(description);
            String searchText = description + " " + nullToEmpty(cols.get(row, "search_group"));
            Draft d = byNdc11.get(ndc.ndc11());
            if (d == null) {
                d = new Draft(ndc, NADAC_FILE, line);
                d.name = description;
                byNdc11.put(ndc.ndc11(), d);
            }
            if (d.strength == null) {
                d.strength = parsed.map(DrugTextParser.StrengthAndForm::strength).orElse(null);
            }
            if (d.dosageForm == null) {
                d.dosageForm = parsed.map(DrugTextParser.StrengthAndForm::dosageForm).orElse(null);
            }
            if (d.marketingCategory == null) {
                d.marketingCategory = category;
            }
            if (d.deaSchedule == null) {
                d.deaSchedule = schedules.findIn(searchText, true).orElse(null);
            }
            d.pricingUnit = unit;
            d.nadacUnitPrice = price;
            d.nadacAsOf = asOf;
            d.sources.add(SOURCE_NADAC);
            firstLine.put(ndc.ndc11(), line);
        }
    }

    /**
     * Parses a NADAC price exactly (never via double): plain decimal, &gt; 0, at most 5 decimals.
     *
     * @throws IllegalArgumentException with a plain reason otherwise
     */
    static BigDecimal price(String text) {
        if (text == null) {
            throw new IllegalArgumentException("nadac_per_unit is empty");
        }
        BigDecimal p;
        try {
            if (!text.matches("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)")) {
                throw new NumberFormatException();
            }
            p = new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is not a decimal number");
        }
        if (p.signum() <= 0) {
            throw new IllegalArgumentException("'" + text + "' is not a positive price");
        }
        if (p.stripTrailingZeros().scale() > ProductRecord.PRICE_SCALE) {
            throw new IllegalArgumentException("'" + text + "' has more than " + ProductRecord.PRICE_SCALE + " decimals");
        }
        return p.setScale(ProductRecord.PRICE_SCALE);
    }

    /** Parses yyyy-MM-dd or MM/dd/yyyy. */
    static LocalDate date(String text) {
        if (text == null) {
            throw new IllegalArgumentException("as_of_date is empty");
        }
        try {
            return text.indexOf('/') >= 0 ? LocalDate.parse(text, US_DATE) : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + text + "' is not a date (yyyy-mm-dd or mm/dd/yyyy)");
        }
    }

    private static Optional<String> fieldCountProblem(CsvRow row, Columns cols) {
        if (row.fields().size() == cols.count()) {
            return Optional.empty();
        }
        return Optional.of("wrong number of fields: " + row.fields().size() + " instead of " + cols.count());
    }

    private static MarketingCategory marketingCategory(String productType) {
        if (productType == null) {
            return null;
        }
        return switch (productType.toUpperCase(java.util.Locale.ROOT)) {
            case "HUMAN PRESCRIPTION DRUG" -> MarketingCategory.RX;
            case "HUMAN OTC DRUG" -> MarketingCategory.OTC;
            default -> null;
        };
    }

    /** "Accupril, Tablet, 20 mg (NDC 0071-0532-23)" -&gt; "Accupril". */
    private static String presentationName(String presentation) {
        if (presentation == null) {
            return null;
        }
        int i = presentation.indexOf(", ");
        String n = (i < 0 ? presentation : presentation.substring(0, i)).strip();
        return n.isEmpty() || n.startsWith("(NDC") ? null : n;
    }

    private static String firstNonNull(String... values) {
        for (String v : values) {
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private static InputStream resource(String file) {
        InputStream in = FdaCatalogReader.class.getResourceAsStream(RESOURCE_DIR + file);
        if (in == null) {
            throw new IllegalStateException("reference file " + RESOURCE_DIR + file + " is not on the classpath");
        }
        return in;
    }

    /** Mutable product being assembled from one or two files. */
    private static final class Draft {
        final Ndc ndc;
        final String file;
        final int line;
        final List<String> sources = new ArrayList<>(2);
        String name;
        String genericName;
        String strength;
        String dosageForm;
        String route;
        String labeler;
        String packageDescription;
        String productType;
        MarketingCategory marketingCategory;
        DeaSchedule deaSchedule;
        String therapeuticCategory;
        PricingUnit pricingUnit;
        BigDecimal nadacUnitPrice;
        LocalDate nadacAsOf;

        Draft(Ndc ndc, String file, int line) {
            this.ndc = ndc;
            this.file = file;
            this.line = line;
        }

        ProductRecord toRecord() {
            return new ProductRecord(ndc, name, genericName, strength, dosageForm, route, labeler,
                    packageDescription, marketingCategory, deaSchedule,
                    deaSchedule == null ? null : DeaScheduleSource.DERIVED_FROM_SUBSTANCE,
                    therapeuticCategory, pricingUnit, nadacUnitPrice, nadacAsOf, String.join("+", sources));
        }
    }
}
