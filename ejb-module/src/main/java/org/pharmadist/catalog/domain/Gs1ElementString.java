package org.pharmadist.catalog.domain;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import org.pharmadist.platform.errors.InvalidInputException;

/**
 * The data of a GS1 element string as scanned from a GS1 DataMatrix (or GS1-128) on a drug package: the DSCSA
 * product identifier (21 U.S.C. 360eee(14): NDC-based GTIN, serial number, lot number, expiry date).
 *
 * <p>Application identifiers understood (GS1 General Specifications, section 3.2 table of AIs):
 * <ul>
 *   <li>(01) GTIN, 14 digits, check digit verified by {@link Gtin#of(String)};</li>
 *   <li>(17) expiration date, YYMMDD (section 3.4 date AIs): day "00" means the last day of that month; the
 *       century follows the rule of section 7.12 (a YY more than 49 years ahead of the current year is read
 *       in the previous century, one more than 50 years back in the next);</li>
 *   <li>(10) batch/lot number, 1 to 20 characters of the GS1 AI encodable character set 82;</li>
 *   <li>(21) serial number, 1 to 20 characters of the same set.</li>
 * </ul>
 * Variable-length values (10, 21) end at the FNC1 separator (transmitted as GS, ASCII 29) or at the end of the
 * data; a GS after a fixed-length value is tolerated. Accepted input shapes:
 * <ul>
 *   <li>the raw scanner transmission, optionally led by the symbology identifier {@code ]d2} (GS1 DataMatrix),
 *       {@code ]C1} (GS1-128) or {@code ]Q3} (GS1 QR Code): {@code ]d20100300450123454172711301023A045<GS>21X4D7K2};</li>
 *   <li>the human-readable interpretation with AIs in parentheses:
 *       {@code (01)00300450123454(17)271130(10)23A045(21)X4D7K2}.</li>
 * </ul>
 * Each AI may occur once; GTIN (01) is required. Immutable.
 */
public final class Gs1ElementString {

    /** FNC1 as transmitted by scanners in GS1 element strings: ASCII 29, group separator. */
    public static final char GROUP_SEPARATOR = '\u001d';

    /** Problem type of every refusal. */
    public static final String ERROR_TYPE = "invalid-gs1-barcode";

    /** Input field named in refusals. */
    public static final String FIELD = "barcode";

    private static final int MAX_VARIABLE_LENGTH = 20;

    /** GS1 AI encodable character set 82 (GS1 General Specifications, figure 7.11-1). */
    private static final String CHARSET_82 =
            "!\"%&'()*+,-./0123456789:;<=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz";

    private final Gtin gtin;
    private final LocalDate expiryDate;
    private final String lotNumber;
    private final String serialNumber;

    private Gs1ElementString(Gtin gtin, LocalDate expiryDate, String lotNumber, String serialNumber) {
        this.gtin = gtin;
        this.expiryDate = expiryDate;
        this.lotNumber = lotNumber;
        this.serialNumber = serialNumber;
    }

    /**
     * Parses a scanned or typed element string; two-digit expiry years are placed in a century relative to
     * today's year (system clock, UTC).
     *
     * @param scanned raw scanner data (with GS separators, optional symbology identifier) or the
     *                human-readable form with AIs in parentheses; surrounding blanks and a line end are ignored
     * @throws InvalidInputException type {@value #ERROR_TYPE}, field {@value #FIELD}, naming the 1-based
     *         character position, when the text is empty, an AI is unknown or repeated, a value is too short,
     *         too long, not digits where digits are required, has characters outside GS1 set 82, the GTIN check
     *         digit is wrong, the date is impossible, or no GTIN (01) is present
     */
    public static Gs1ElementString parse(String scanned) {
        return parse(scanned, LocalDate.now(java.time.ZoneOffset.UTC));
    }

    /**
     * As {@link #parse(String)}, with the date the century rule of section 7.12 is applied from.
     *
     * @param today the current date (only its year is used)
     */
    public static Gs1ElementString parse(String scanned, LocalDate today) {
        Objects.requireNonNull(today, "today");
        if (scanned == null || scanned.strip().isEmpty()) {
            throw invalid("the barcode is empty: scan the GS1 DataMatrix or type e.g. (01)...(17)...(10)...(21)...");
        }
        String text = stripLineEnds(scanned);
        int offset = 0;
        // Leading blanks are not data; positions in messages count from the first character given.
        while (offset < text.length() && text.charAt(offset) == ' ') {
            offset++;
        }
        if (text.startsWith("]d2", offset) || text.startsWith("]C1", offset) || text.startsWith("]Q3", offset)) {
            offset += 3;
        } else if (text.startsWith("]", offset)) {
            throw invalid("position " + (offset + 1) + ": symbology identifier '" + text.substring(offset,
                    Math.min(text.length(), offset + 3)) + "' is not a GS1 one (]d2, ]C1, ]Q3)");
        }
        Builder b = new Builder(today);
        if (offset < text.length() && text.charAt(offset) == '(') {
            parseHumanReadable(text, offset, b);
        } else {
            parseRaw(text, offset, b);
        }
        return b.build();
    }

    private static String stripLineEnds(String s) {
        int end = s.length();
        while (end > 0 && (s.charAt(end - 1) == '\r' || s.charAt(end - 1) == '\n' || s.charAt(end - 1) == ' ')) {
            end--;
        }
        return s.substring(0, end);
    }

    private static void parseRaw(String text, int start, Builder b) {
        int i = start;
        while (i < text.length()) {
            if (text.charAt(i) == GROUP_SEPARATOR) {
                i++;
                continue;
            }
            if (i + 2 > text.length()) {
                throw invalid("position " + (i + 1) + ": application identifier '" + text.substring(i)
                        + "' is cut short");
            }
            String ai = text.substring(i, i + 2);
            int valueStart = i + 2;
            switch (ai) {
                case "01" -> {
                    String v = fixed(text, valueStart, 14, ai);
                    b.gtin(v, valueStart);
                    i = valueStart + 14;
                }
                case "17" -> {
                    String v = fixed(text, valueStart, 6, ai);
                    b.expiry(v, valueStart);
                    i = valueStart + 6;
                }
                case "10", "21" -> {
                    int end = text.indexOf(GROUP_SEPARATOR, valueStart);
                    if (end < 0) {
                        end = text.length();
                    }
                    b.variable(ai, text.substring(valueStart, end), valueStart);
                    i = end;
                }
                default -> throw unknownAi(ai, i);
            }
        }
    }

    private static void parseHumanReadable(String text, int start, Builder b) {
        int i = start;
        while (i < text.length()) {
            if (text.charAt(i) != '(') {
                throw invalid("position " + (i + 1) + ": expected '(' and an application identifier, found '"
                        + text.charAt(i) + "'");
            }
            int close = text.indexOf(')', i);
            if (close < 0) {
                throw invalid("position " + (i + 1) + ": '(' without a closing ')'");
            }
            String ai = text.substring(i + 1, close);
            int valueStart = close + 1;
            int end = text.indexOf('(', valueStart);
            if (end < 0) {
                end = text.length();
            }
            String value = text.substring(valueStart, end);
            switch (ai) {
                case "01" -> {
                    exactLength(value, 14, ai, valueStart);
                    b.gtin(value, valueStart);
                }
                case "17" -> {
                    exactLength(value, 6, ai, valueStart);
                    b.expiry(value, valueStart);
                }
                case "10", "21" -> b.variable(ai, value, valueStart);
                default -> throw unknownAi(ai, i + 1);
            }
            i = end;
        }
    }

    private static String fixed(String text, int start, int length, String ai) {
        if (start + length > text.length()) {
            throw invalid("position " + (start + 1) + ": AI (" + ai + ") needs " + length + " digits, only "
                    + (text.length() - start) + " characters follow");
        }
        String v = text.substring(start, start + length);
        digits(v, ai, start);
        return v;
    }

    private static void exactLength(String value, int length, String ai, int start) {
        if (value.length() != length) {
            throw invalid("position " + (start + 1) + ": AI (" + ai + ") needs exactly " + length + " digits, found "
                    + value.length() + " characters");
        }
        digits(value, ai, start);
    }

    private static void digits(String v, String ai, int start) {
        for (int k = 0; k < v.length(); k++) {
            char c = v.charAt(k);
            if (c < '0' || c > '9') {
                throw invalid("position " + (start + k + 1) + ": AI (" + ai + ") takes digits only, found '"
                        + printable(c) + "'");
            }
        }
    }

    private static InvalidInputException unknownAi(String ai, int index) {
        return invalid("position " + (index + 1) + ": application identifier (" + printable(ai)
                + ") is not one PharmaDist reads; a package barcode holds (01) GTIN, (17) expiry, (10) lot, (21) serial");
    }

    private static String printable(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            sb.append(printable(c));
        }
        return sb.toString();
    }

    private static String printable(char c) {
        return c == GROUP_SEPARATOR ? "<GS>" : c < 32 || c == 127 ? String.format("\\u%04x", (int) c) : String.valueOf(c);
    }

    private static InvalidInputException invalid(String message) {
        return new InvalidInputException(ERROR_TYPE, FIELD, "GS1 barcode: " + message);
    }

    /**
     * The year of a YY in the century closest under the GS1 rule (General Specifications section 7.12): with
     * the current year's last two digits, a difference of 51..99 puts YY in the previous century, -99..-50 in the
     * next, anything else in the current one.
     */
    static int centuryYear(int yy, int currentYear) {
        int currentCentury = currentYear / 100 * 100;
        int difference = yy - currentYear % 100;
        if (difference >= 51) {
            return currentCentury - 100 + yy;
        }
        if (difference <= -50) {
            return currentCentury + 100 + yy;
        }
        return currentCentury + yy;
    }

    private static final class Builder {
        private final LocalDate today;
        private final Set<String> seen = new LinkedHashSet<>();
        private Gtin gtin;
        private LocalDate expiry;
        private String lot;
        private String serial;

        Builder(LocalDate today) {
            this.today = today;
        }

        private void once(String ai, int position) {
            if (!seen.add(ai)) {
                throw invalid("position " + (position - 1) + ": AI (" + ai + ") occurs a second time");
            }
        }

        void gtin(String value, int position) {
            once("01", position);
            try {
                gtin = Gtin.of(value);
            } catch (InvalidGtinException e) {
                throw invalid("position " + (position + 1) + ": " + e.getMessage());
            }
        }

        void expiry(String value, int position) {
            once("17", position);
            int yy = Integer.parseInt(value.substring(0, 2));
            int mm = Integer.parseInt(value.substring(2, 4));
            int dd = Integer.parseInt(value.substring(4, 6));
            int year = centuryYear(yy, today.getYear());
            try {
                YearMonth month = YearMonth.of(year, mm);
                expiry = dd == 0 ? month.atEndOfMonth() : month.atDay(dd);
            } catch (DateTimeException e) {
                throw invalid("position " + (position + 1) + ": expiry (17) " + value + " is not a date (YYMMDD; day 00 = end of month)");
            }
        }

        void variable(String ai, String value, int position) {
            once(ai, position);
            String name = "10".equals(ai) ? "lot number (10)" : "serial number (21)";
            if (value.isEmpty()) {
                throw invalid("position " + (position + 1) + ": " + name + " is empty");
            }
            if (value.length() > MAX_VARIABLE_LENGTH) {
                throw invalid("position " + (position + 1) + ": " + name + " has " + value.length()
                        + " characters, at most 20 are allowed (a missing <GS> separator after it?)");
            }
            for (int k = 0; k < value.length(); k++) {
                if (CHARSET_82.indexOf(value.charAt(k)) < 0) {
                    throw invalid("position " + (position + k + 1) + ": " + name + " contains '"
                            + printable(value.charAt(k)) + "', which GS1 set 82 does not allow");
                }
            }
            if ("10".equals(ai)) {
                lot = value;
            } else {
                serial = value;
            }
        }

        Gs1ElementString build() {
            if (gtin == null) {
                throw invalid("no GTIN (01) in the barcode; a package's DataMatrix starts with (01) and 14 digits");
            }
            return new Gs1ElementString(gtin, expiry, lot, serial);
        }
    }

    /** The GTIN-14 of AI (01). */
    public Gtin gtin() {
        return gtin;
    }

    /** Expiry date of AI (17) (day 00 read as the month's last day), or null when absent. */
    public LocalDate expiryDate() {
        return expiryDate;
    }

    /** Lot (batch) number of AI (10), or null when absent. */
    public String lotNumber() {
        return lotNumber;
    }

    /** Serial number of AI (21), or null when absent. */
    public String serialNumber() {
        return serialNumber;
    }

    /** The human-readable form, e.g. "(01)00300450123454(17)271130(10)23A045(21)X4D7K2". */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("(01)").append(gtin.value());
        if (expiryDate != null) {
            sb.append("(17)").append(String.format("%02d%02d%02d", expiryDate.getYear() % 100,
                    expiryDate.getMonthValue(), expiryDate.getDayOfMonth()));
        }
        if (lotNumber != null) {
            sb.append("(10)").append(lotNumber);
        }
        if (serialNumber != null) {
            sb.append("(21)").append(serialNumber);
        }
        return sb.toString();
    }
}
