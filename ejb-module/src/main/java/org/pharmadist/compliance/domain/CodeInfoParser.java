package org.pharmadist.compliance.domain;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads lot numbers and expiry dates out of the free-text {@code code_info} of an FDA recall enforcement report,
 * which each firm writes its own way. Pure and stateless (thread-safe).
 *
 * <p>What it understands (all seen in real openFDA reports):
 * <ul>
 *   <li>lot keywords: "Lot", "Lots", "Lot #", "Lot#:", "Lot No", "Lot Number(s)", "Lot #s", "Lot code", "Batch",
 *       "Batches", "Batch #", "Pedigree"; bare lot lists without a keyword ("MP0077", "327A18001  327A18002");</li>
 *   <li>expiry keywords: "Exp", "Exp.", "Exp Date", "Expires", "Expiry", "Expiration Date", "Use By", "BUD",
 *       "Best Use Date", "Beyond Use Date", "Discard by/after", "Best Buy"; and bare dates after a lot
 *       ("141021DD, 11/21/14");</li>
 *   <li>dates: 05/31/2027, 5/31/27, 8-30-2025, 2026-01, 2026-01-31, 05/2027, 5/22, Jun 2025, June 2018, Sep-2023,
 *       Nov-23, 22-Jul-23, 1FEB2015, Dec 29, 2022, November 4, 2025, Apr 30 2019; two-digit years are 20xx; a
 *       month-year expiry is the last day of the month;</li>
 *   <li>an expiry applies to every lot listed since the previous expiry ("A1, A2, Exp 3/2023; B1, Exp 4/2023");</li>
 *   <li>"All lots" and its variants ("All lots within expiry", "all codes distributed prior to ...", "All
 *       Sterile Compounded Products within Expiry"): {@link LotCoverage#ALL_LOTS}, an understood value.</li>
 * </ul>
 * Ignored as noise: serial number lists (a subset of a lot: the lot is recalled), SKU / UPC / NDC / product code /
 * item / part / service code / pack number / Rx number values, list markers "a)", "(b)", "1)", pack sizes
 * ("100 count bottle", "1.00 kg", "100g"), parenthetical remarks without a date ("(Canada only)"), and dates of
 * distribution, compounding, dispensing or retest. A report where no lot is read is {@link LotCoverage#UNREADABLE}.
 */
public final class CodeInfoParser {

    private static final Pattern ALL_LOTS = Pattern.compile(
            "(?i)\\ball\\s+(?:(?:unexpired|sterile|product|compounded|remaining)\\s+){0,3}"
                    + "(?:lot\\s+(?:numbers|codes)|lots?|codes|products?)\\b([^;.]*)");
    private static final Pattern SERIALS = Pattern.compile("(?i)\\b(?:specific\\s+)?serial\\s+(?:numbers?|#)");
    private static final Pattern FOLLOWING_CODES = Pattern.compile("(?i)\\bhas\\s+the\\s+following\\s+codes?\\b");
    private static final Pattern PARENTHETICAL = Pattern.compile("\\(([^()]*)\\)");
    private static final Pattern LIST_MARKER = Pattern.compile("(?<![A-Za-z0-9@#/.-])[a-zA-Z0-9]\\)");
    /** "Lot:123", "Exp.:7/2026", "BUD:10/23" - a keyword glued to its value. */
    private static final Pattern GLUED_KEYWORD = Pattern.compile("(?i)\\b(lots?|batch|exp|bud)\\.?(\\s*#)?\\s*[:#]\\s*");
    /** "Exp.06/28/2016", "EXP06/2021". */
    private static final Pattern GLUED_EXPIRY = Pattern.compile("(?i)\\b(exp|bud)\\.?(?=\\d)");
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9@+/*_.:'#-]*");
    private static final Pattern HAS_DIGIT = Pattern.compile(".*\\d.*");
    private static final Pattern DIGITS_AND_SLASHES = Pattern.compile("[0-9/-]+");
    private static final Pattern DECIMAL = Pattern.compile("\\d+\\.\\d+");
    private static final Pattern NUMBER_WITH_UNIT = Pattern.compile("\\d{1,4}(?:\\.\\d+)?(?:mg|mcg|g|gm|kg|ml|mL|L|oz|ct)");
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?");
    private static final Pattern CAPITALS = Pattern.compile("[A-Z]{2,}");

    private static final Pattern MDY = Pattern.compile("(\\d{1,2})[/-](\\d{1,2})[/-](\\d{4}|\\d{2})");
    private static final Pattern MY = Pattern.compile("(\\d{1,2})/(\\d{4}|\\d{2})");
    private static final Pattern ISO = Pattern.compile("(20\\d{2})-(\\d{2})(?:-(\\d{2}))?");
    private static final Pattern MONTH_YEAR = Pattern.compile("([A-Za-z]{3,9})\\.?-(\\d{4}|\\d{2})");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2})-?([A-Za-z]{3})-?(\\d{4}|\\d{2})");
    private static final Pattern DAY = Pattern.compile("(\\d{1,2})(?:-(\\d{1,2}))?");
    private static final Pattern YEAR4 = Pattern.compile("(?:19|20)\\d{2}");

    private static final Map<String, Integer> MONTHS = new LinkedHashMap<>();

    static {
        String[] names = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
        String[] full = {"january", "february", "march", "april", "may", "june", "july", "august", "september",
                "october", "november", "december"};
        for (int i = 0; i < 12; i++) {
            MONTHS.put(names[i], i + 1);
            MONTHS.put(full[i], i + 1);
        }
        MONTHS.put("sept", 9);
    }

    private static final Set<String> LOT_KEYWORDS = Set.of("lot", "lots", "batch", "batches", "pedigree", "lotnumber",
            "lotnumbers");
    /** Words between a lot keyword and its values ("Lot Number:", "Lot #s", "Lot code"). */
    private static final Set<String> LOT_FILLERS = Set.of("number", "numbers", "no", "code", "codes", "s", "'s");
    private static final Set<String> EXPIRY_KEYWORDS = Set.of("exp", "expires", "expiry", "expiration", "expiring",
            "expire", "bud", "ep", "discard");
    private static final Set<String> EXPIRY_FILLERS = Set.of("date", "dates", "by", "after", "use", "buy", "on", "dated", "between");
    /** Dates after these are not expiries (distribution, compounding, dispensing, retest, expansion dates). */
    private static final Set<String> OTHER_DATE_KEYWORDS = Set.of("distributed", "compounded", "dispensed", "prepared",
            "retest", "expanded", "repackaged", "manufactured", "shipped");
    private static final Set<String> OTHER_DATE_FILLERS = Set.of("between", "on", "prior", "to", "and", "including",
            "from", "through", "date", "thru", "in", "-");
    /** Labels whose values are not lots; their values are skipped until the next lot or expiry keyword. */
    private static final Set<String> NON_LOT_LABELS = Set.of("sku", "skus", "upc", "ndc", "item", "part", "service",
            "warennummer", "rx", "code", "pack");
    private static final Set<String> UNIT_WORDS = Set.of("count", "ct", "tablets", "tablet", "tabs", "capsules",
            "capsule", "caps", "ml", "mg", "mcg", "g", "gm", "kg", "l", "oz", "bottle", "bottles", "vial", "vials",
            "carton", "cartons", "bags", "bag", "syringes", "units", "unit", "pack", "packs", "blisters", "tubes", "tube",
            "kits", "gallon", "gallons", "containers");
    private static final Set<String> CONNECTORS = Set.of("and", "or", "&");
    private static final Set<String> NOT_LOTS = Set.of("AND", "ALL", "NO", "NDC", "UPC", "SKU", "BUD", "EXP", "USP",
            "OR", "TO", "THE", "MMS", "RX", "LOT", "LOTS", "NUMBER", "DATE", "OF", "FOR", "WITH");

    /**
     * Parses one report's code_info.
     *
     * @param codeInfo the report's {@code code_info}, with its {@code more_code_info} appended when present; null
     *                 or blank reads as unreadable
     * @return the coverage, the lots with their expiries, the all-lots qualifier and unread fragments
     */
    public CodeInfo parse(String codeInfo) {
        if (codeInfo == null || codeInfo.isBlank()) {
            return new CodeInfo(LotCoverage.UNREADABLE, List.of(), null, List.of());
        }
        String text = codeInfo.replace('\u00a0', ' ').replace('\n', ' ').replace('\r', ' ');
        Matcher all = ALL_LOTS.matcher(text);
        boolean allLots = all.find();
        String qualifier = null;
        if (allLots) {
            qualifier = all.group(1).strip().replaceAll("\\s+", " ");
            qualifier = qualifier.isEmpty() ? null : qualifier.length() > 200 ? qualifier.substring(0, 200) : qualifier;
        }
        Matcher serials = SERIALS.matcher(text);
        if (serials.find()) {
            text = text.substring(0, serials.start());
        }
        Matcher following = FOLLOWING_CODES.matcher(text);
        if (following.find()) {
            text = text.substring(following.end());
        }
        text = withoutParentheticals(text);
        text = LIST_MARKER.matcher(text).replaceAll(" ");
        text = GLUED_KEYWORD.matcher(text).replaceAll("$1 ");
        text = GLUED_EXPIRY.matcher(text).replaceAll("$1 ");

        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            String t = m.group().replaceAll("[.:,;'#*-]+$", "");
            if (!t.isEmpty()) {
                tokens.add(t);
            }
        }
        Scan scan = new Scan(tokens);
        scan.run();
        List<RecalledLot> lots = scan.lots();
        LotCoverage coverage = allLots ? LotCoverage.ALL_LOTS
                : lots.isEmpty() ? LotCoverage.UNREADABLE : LotCoverage.SPECIFIC_LOTS;
        return new CodeInfo(coverage, coverage == LotCoverage.UNREADABLE ? List.of() : lots,
                allLots ? qualifier : null, scan.unread);
    }

    private static String withoutParentheticals(String text) {
        String previous;
        String t = text;
        do {
            previous = t;
            Matcher p = PARENTHETICAL.matcher(t);
            StringBuilder b = new StringBuilder();
            while (p.find()) {
                String inner = p.group(1);
                // keep a date in brackets ("(exp. 12/2017)", "07282016G (09/08/2016)"), drop remarks and markers
                p.appendReplacement(b, Matcher.quoteReplacement(containsDate(inner) ? " " + inner + " " : " "));
            }
            p.appendTail(b);
            t = b.toString();
        } while (!t.equals(previous));
        return t;
    }

    private static boolean containsDate(String text) {
        Matcher m = TOKEN.matcher(text);
        List<String> tokens = new ArrayList<>();
        while (m.find()) {
            tokens.add(m.group().replaceAll("[.:,;'#*-]+$", ""));
        }
        for (int i = 0; i < tokens.size(); i++) {
            if (parseDate(tokens, i, false) != null) {
                return true;
            }
        }
        return false;
    }

    /** A date found at a token position: the date, whether only month and year were given, tokens used. */
    record FoundDate(LocalDate date, boolean monthYearOnly, int tokens) { }

    /**
     * A date starting at token {@code i}, or null.
     *
     * @param keywordContext true right after an expiry keyword, where "11 2014" (month year) is also read
     */
    static FoundDate parseDate(List<String> tokens, int i, boolean keywordContext) {
        if (i >= tokens.size()) {
            return null;
        }
        String t = tokens.get(i);
        String lower = t.toLowerCase(Locale.ROOT).replaceAll("\\.$", "");
        try {
            Matcher m = MDY.matcher(t);
            if (m.matches()) {
                return new FoundDate(LocalDate.of(year(m.group(3)), Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))),
                        false, 1);
            }
            m = MY.matcher(t);
            if (m.matches()) {
                return monthEnd(year(m.group(2)), Integer.parseInt(m.group(1)), 1);
            }
            m = ISO.matcher(t);
            if (m.matches()) {
                int y = Integer.parseInt(m.group(1));
                int mo = Integer.parseInt(m.group(2));
                return m.group(3) == null ? monthEnd(y, mo, 1)
                        : new FoundDate(LocalDate.of(y, mo, Integer.parseInt(m.group(3))), false, 1);
            }
            m = MONTH_YEAR.matcher(t);
            if (m.matches() && month(m.group(1)) != null) {
                return monthEnd(year(m.group(2)), month(m.group(1)), 1);
            }
            m = DAY_MONTH_YEAR.matcher(t);
            if (m.matches() && month(m.group(2)) != null) {
                return new FoundDate(LocalDate.of(year(m.group(3)), month(m.group(2)), Integer.parseInt(m.group(1))), false, 1);
            }
            Integer month = month(lower);
            if (month != null && i + 1 < tokens.size()) {
                String next = tokens.get(i + 1);
                if (YEAR4.matcher(next).matches()) {                       // "Jun 2025", "October 2021"
                    return monthEnd(Integer.parseInt(next), month, 2);
                }
                Matcher d = DAY.matcher(next);
                if (d.matches() && i + 2 < tokens.size() && YEAR4.matcher(tokens.get(i + 2)).matches()) {
                    // "Dec 29, 2022", "November 4, 2025", "December 24-31, 2022" (a range: its last day)
                    int day = Integer.parseInt(d.group(2) != null ? d.group(2) : d.group(1));
                    return new FoundDate(LocalDate.of(Integer.parseInt(tokens.get(i + 2)), month, day), false, 3);
                }
            }
            if (keywordContext && t.matches("\\d{1,2}") && i + 1 < tokens.size()
                    && YEAR4.matcher(tokens.get(i + 1)).matches()) {    // "Expiration Date: 11 2014"
                return monthEnd(Integer.parseInt(tokens.get(i + 1)), Integer.parseInt(t), 2);
            }
        } catch (DateTimeException | NumberFormatException e) {
            return null; // not a real date ("13/2020", "2/30/2021")
        }
        return null;
    }

    private static FoundDate monthEnd(int year, int month, int tokens) {
        return new FoundDate(YearMonth.of(year, month).atEndOfMonth(), true, tokens);
    }

    private static int year(String text) {
        int y = Integer.parseInt(text);
        return text.length() == 2 ? 2000 + y : y;
    }

    private static Integer month(String name) {
        return MONTHS.get(name.toLowerCase(Locale.ROOT).replaceAll("\\.$", ""));
    }

    private static String keyword(String token) {
        return token.toLowerCase(Locale.ROOT).replace("#", "").replace(":", "").replaceAll("\\.+$", "");
    }

    /** One left-to-right pass over the tokens. */
    private static final class Scan {
        private final List<String> tokens;
        private final Map<String, String> numbers = new LinkedHashMap<>();   // match key -> lot number
        private final Map<String, FoundDate> expiries = new LinkedHashMap<>();
        private final List<String> pending = new ArrayList<>();              // match keys awaiting an expiry
        final List<String> unread = new ArrayList<>();
        private boolean afterLotKeyword;
        private boolean inLotList;      // after a lot keyword, until an expiry, a label or a word
        private boolean skipping;

        Scan(List<String> tokens) {
            this.tokens = tokens;
        }

        void run() {
            int i = 0;
            while (i < tokens.size()) {
                i = step(i);
            }
        }

        private int step(int i) {
            String t = tokens.get(i);
            String k = keyword(t);
            if (LOT_KEYWORDS.contains(k)) {
                afterLotKeyword = true;
                inLotList = true;
                skipping = false;
                return i + 1;
            }
            if (afterLotKeyword && LOT_FILLERS.contains(k)) {
                return i + 1;
            }
            boolean wasAfterLotKeyword = afterLotKeyword;
            afterLotKeyword = false;
            int expiryStart = expiryKeyword(i);
            if (expiryStart > i) {
                skipping = false;
                inLotList = false;
                int j = expiryStart;
                while (j < tokens.size() && EXPIRY_FILLERS.contains(keyword(tokens.get(j)))) {
                    j++;
                }
                FoundDate d = parseDate(tokens, j, true);
                if (d != null) {
                    assign(d);
                    return skipRange(j + d.tokens());
                }
                return j;
            }
            if (OTHER_DATE_KEYWORDS.contains(k)) {
                int j = i + 1;
                while (j < tokens.size()) {
                    FoundDate d = parseDate(tokens, j, false);
                    if (d != null) {
                        j += d.tokens();
                    } else if (OTHER_DATE_FILLERS.contains(keyword(tokens.get(j)))) {
                        j++;
                    } else {
                        break;
                    }
                }
                return j;
            }
            if (NON_LOT_LABELS.contains(k) || (k.equals("product") && i + 1 < tokens.size()
                    && keyword(tokens.get(i + 1)).startsWith("code"))) {
                skipping = true;
                inLotList = false;
                return i + 1;
            }
            if (skipping) {
                return i + 1;
            }
            FoundDate bare = parseDate(tokens, i, false);
            if (bare != null) {                          // "141021DD, 11/21/14": a date after lots is their expiry
                assign(bare);
                return skipRange(i + bare.tokens());
            }
            if (NUMBER.matcher(t).matches() && i + 1 < tokens.size() && UNIT_WORDS.contains(keyword(tokens.get(i + 1)).split("/")[0])) {
                return i + 2;                            // pack size "100 count bottle", "1.00 kg"
            }
            if (DECIMAL.matcher(t).matches() || NUMBER_WITH_UNIT.matcher(t).matches()) {
                return i + 1;
            }
            if (HAS_DIGIT.matcher(t).matches()) {
                if (DIGITS_AND_SLASHES.matcher(t).matches() && t.indexOf('/') >= 0) {
                    unread.add(t);                       // a malformed date such as "10/31/217"
                } else if (t.length() >= 3 || wasAfterLotKeyword || inLotList) {
                    lot(t);
                } else {
                    unread.add(t);
                }
                return i + 1;
            }
            if (wasAfterLotKeyword && CAPITALS.matcher(t).matches() && !NOT_LOTS.contains(t)) {
                lot(t);                                  // letters-only lot right after a lot keyword ("Lot # MGEC")
            } else if (!CONNECTORS.contains(k)) {
                inLotList = false;                       // a word ends the list ("and", "&" do not)
            }
            return i + 1;
        }

        /** Index after an expiry keyword phrase starting at i, or i when there is none. */
        private int expiryKeyword(int i) {
            String k = keyword(tokens.get(i));
            String next = i + 1 < tokens.size() ? keyword(tokens.get(i + 1)) : "";
            if (EXPIRY_KEYWORDS.contains(k)) {
                return i + 1;
            }
            if (k.equals("use") && (next.equals("by") || next.equals("date"))) {
                return i + 2;
            }
            if ((k.equals("beyond") || k.equals("best")) && (next.equals("use") || next.equals("buy"))) {
                return i + 2;
            }
            return i;
        }

        /** Skips the second half of a date range ("exp 4/12/2017 through 1/19/2019", "07/15/15-10/12/15"). */
        private int skipRange(int j) {
            if (j < tokens.size()) {
                String k = keyword(tokens.get(j));
                if ((k.equals("through") || k.equals("to") || k.equals("thru")) && parseDate(tokens, j + 1, false) != null) {
                    return j + 1 + parseDate(tokens, j + 1, false).tokens();
                }
            }
            return j;
        }

        private void lot(String number) {
            String key = RecalledLot.matchKey(number);
            if (key.isEmpty()) {
                return;
            }
            if (!numbers.containsKey(key)) {
                numbers.put(key, number);
                pending.add(key);
            } else if (!expiries.containsKey(key) && !pending.contains(key)) {
                pending.add(key);
            }
        }

        private void assign(FoundDate date) {
            for (String key : pending) {
                expiries.putIfAbsent(key, date);
            }
            pending.clear();
        }

        List<RecalledLot> lots() {
            List<RecalledLot> out = new ArrayList<>();
            numbers.forEach((key, number) -> {
                FoundDate d = expiries.get(key);
                out.add(new RecalledLot(number, d == null ? null : d.date(), d != null && d.monthYearOnly()));
            });
            return out;
        }
    }
}
