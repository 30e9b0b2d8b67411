package org.pharmadist.inventory.domain;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Expiry date of a lot as printed on a package, parsed into the last day the lot may be used.
 *
 * <p>Accepted forms (case-insensitive, an optional leading "EXP" / "EXP." / "EXP:" is ignored):
 * <ul>
 *   <li>a full date: {@code 2027-05-14} (ISO 8601), {@code 05/14/2027} (US month/day/year)</li>
 *   <li>month and year only: {@code 05/2027}, {@code 5/2027}, {@code 2027-05}, {@code 05-2027}, {@code MAY 2027},
 *       {@code MAY-2027}: the expiry is the LAST day of that month (USP General Notices 10.40.100: "when an
 *       expiration date is stated only in terms of the month and year, it is ... the last day of the stated
 *       month"; FDA labels follow it)</li>
 * </ul>
 *
 * @param date         the last day the lot may be used
 * @param monthYearOnly true when the printed expiry gave only month and year
 */
public record ExpiryDate(LocalDate date, boolean monthYearOnly) {

    private static final Pattern PREFIX = Pattern.compile("^EXP(IRY|IRES)?[.:]?\\s*");
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern US_DATE = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");
    private static final Pattern MONTH_SLASH_YEAR = Pattern.compile("(\\d{1,2})[/-](\\d{4})");
    private static final Pattern YEAR_DASH_MONTH = Pattern.compile("(\\d{4})[-/](\\d{1,2})");
    private static final Pattern MONTH_NAME_YEAR = Pattern.compile("([A-Z]{3})[A-Z]*[\\s-]?(\\d{4})");
    private static final String[] MONTHS = {"JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"};

    /**
     * Parses a printed expiry.
     *
     * @throws IllegalArgumentException naming the accepted forms when the text is none of them or not a real date
     */
    public static ExpiryDate parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("expiry date is missing");
        }
        String t = PREFIX.matcher(text.strip().toUpperCase(Locale.ROOT)).replaceFirst("").strip();
        try {
            Matcher m;
            if ((m = ISO_DATE.matcher(t)).matches()) {
                return new ExpiryDate(LocalDate.of(num(m, 1), num(m, 2), num(m, 3)), false);
            }
            if ((m = US_DATE.matcher(t)).matches()) {
                return new ExpiryDate(LocalDate.of(num(m, 3), num(m, 1), num(m, 2)), false);
            }
            if ((m = MONTH_SLASH_YEAR.matcher(t)).matches()) {
                return endOf(num(m, 2), num(m, 1));
            }
            if ((m = YEAR_DASH_MONTH.matcher(t)).matches()) {
                return endOf(num(m, 1), num(m, 2));
            }
            if ((m = MONTH_NAME_YEAR.matcher(t)).matches()) {
                for (int i = 0; i < MONTHS.length; i++) {
                    if (MONTHS[i].equals(m.group(1))) {
                        return endOf(num(m, 2), i + 1);
                    }
                }
            }
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("expiry '" + text.strip() + "' is not a real date: " + e.getMessage());
        }
        throw new IllegalArgumentException("expiry '" + text.strip() + "' is not a date; use 2027-05-31, 05/31/2027, "
                + "or month and year (05/2027, 2027-05, MAY 2027) meaning the last day of that month");
    }

    private static ExpiryDate endOf(int year, int month) {
        return new ExpiryDate(YearMonth.of(year, month).atEndOfMonth(), true);
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }
}
