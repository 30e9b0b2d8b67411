package org.pharmadist.catalog.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * US National Drug Code of a drug package (FDA, 21 CFR 207.35): labeler-product-package segments.
 *
 * <p>Accepted shapes:
 * <ul>
 *   <li>10 digits with hyphens in one of the FDA patterns 4-4-2 ("0338-0424-18"), 5-3-2 ("47335-932-44")
 *       or 5-4-1 ("12345-6789-1");</li>
 *   <li>the 11-digit HIPAA 5-4-2 form used in claims and by CMS NADAC, with or without hyphens
 *       ("00338042418", "00338-0424-18"), made from the 10-digit form by left-padding the short
 *       segment with one zero.</li>
 * </ul>
 * Every NDC has an 11-digit form ({@link #ndc11()}, the identity: equals/hashCode use it only). The
 * 10-digit segmented form, its pattern and the NDC-based GTIN are known only when the input gave the
 * 10-digit form: an 11-digit code can come from up to three 10-digit codes ({@link #candidateNdc10s()}).
 *
 * <p>Ten digits without hyphens and NDC-based GTINs are refused by {@link #parse}: they carry the 10 NDC
 * digits but not where the hyphens go, and each pattern gives a different 11-digit code (GTIN
 * 00300063340007 may be 0006-3340-00, 00063-340-00 or 00063-3400-0). Use {@link #fromGtin} with the
 * pattern, or match {@link #candidatesFromGtin} against known products.
 */
public final class Ndc {

    /** The three 10-digit segment patterns of 21 CFR 207.35. */
    public static final List<String> TEN_DIGIT_FORMATS = List.of("4-4-2", "5-3-2", "5-4-1");

    private static final String NOT_AN_NDC = " is not a 10-digit (4-4-2, 5-3-2, 5-4-1) or 11-digit (5-4-2) code";

    private final String ndc11;
    private final String ndc10;   // hyphenated, or null when unknown
    private final String format;  // "4-4-2" | "5-3-2" | "5-4-1", or null when unknown

    private Ndc(String ndc11, String ndc10, String format) {
        this.ndc11 = ndc11;
        this.ndc10 = ndc10;
        this.format = format;
    }

    /**
     * Parses an NDC in any of the accepted shapes (surrounding blanks ignored).
     *
     * @param text e.g. "0338-0424-18", "47335-932-44", "12345-6789-1", "00338042418", "00338-0424-18"
     * @return the NDC; its 10-digit form is present only for 10-digit input
     * @throws InvalidNdcException with a plain message when the text is empty, has other characters than
     *         digits and hyphens, has a wrong number or length of segments, is an 11-digit code without
     *         the padding zero, or is 10 digits / a GTIN without hyphens (segmentation unknown)
     */
    public static Ndc parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidNdcException("NDC is empty: give a 10-digit code with hyphens (4-4-2, 5-3-2, 5-4-1) or the 11-digit 5-4-2 code");
        }
        String t = text.strip();
        String quoted = "NDC '" + t + "'";
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (!(c >= '0' && c <= '9') && c != '-') {
                throw new InvalidNdcException(quoted + " contains '" + c + "': an NDC has only digits and hyphens");
            }
        }
        if (t.indexOf('-') >= 0) {
            String[] parts = t.split("-", -1);
            if (parts.length != 3 || parts[0].isEmpty() || parts[1].isEmpty() || parts[2].isEmpty()) {
                throw new InvalidNdcException(quoted + NOT_AN_NDC + ": it needs three segments separated by hyphens");
            }
            String pattern = parts[0].length() + "-" + parts[1].length() + "-" + parts[2].length();
            if (TEN_DIGIT_FORMATS.contains(pattern)) {
                return fromSegments(parts[0], parts[1], parts[2], pattern);
            }
            if ("5-4-2".equals(pattern)) {
                return fromEleven(parts[0] + parts[1] + parts[2], t);
            }
            throw new InvalidNdcException(quoted + NOT_AN_NDC + "; its segments are " + pattern);
        }
        switch (t.length()) {
            case 11:
                return fromEleven(t, t);
            case 10:
                throw new InvalidNdcException(quoted + " has 10 digits but no hyphens: write it as 4-4-2, 5-3-2 or 5-4-1"
                        + " (e.g. " + t.substring(0, 4) + "-" + t.substring(4, 8) + "-" + t.substring(8)
                        + "), because each pattern is a different product");
            case 12:
            case 14:
                throw gtinWithoutSegmentation(t);
            default:
                throw new InvalidNdcException(quoted + NOT_AN_NDC + "; it has " + t.length() + " digits");
        }
    }

    /**
     * The NDC whose 10 digits an NDC-based GTIN carries, split by a known segment pattern.
     *
     * @param gtin an NDC-based GTIN ("003" + 10 NDC digits + check)
     * @param format "4-4-2", "5-3-2" or "5-4-1" (from the product master or the package label)
     * @throws InvalidNdcException when the GTIN is not NDC-based or the pattern is not one of the three
     */
    public static Ndc fromGtin(Gtin gtin, String format) {
        Objects.requireNonNull(gtin, "gtin");
        String digits = gtin.ndc10Digits().orElseThrow(() -> new InvalidNdcException(
                "GTIN '" + gtin.value() + "' is not NDC-based (an NDC-based GTIN-14 starts with 003)"));
        if (format == null || !TEN_DIGIT_FORMATS.contains(format)) {
            throw new InvalidNdcException("NDC pattern '" + format + "' is not one of 4-4-2, 5-3-2, 5-4-1");
        }
        int a = format.charAt(0) - '0';
        int b = format.charAt(2) - '0';
        return fromSegments(digits.substring(0, a), digits.substring(a, a + b), digits.substring(a + b), format);
    }

    /**
     * The three NDCs (4-4-2, 5-3-2, 5-4-1 readings, in that order) an NDC-based GTIN may stand for.
     *
     * @throws InvalidNdcException when the GTIN is not NDC-based
     */
    public static List<Ndc> candidatesFromGtin(Gtin gtin) {
        List<Ndc> result = new ArrayList<>(3);
        for (String f : TEN_DIGIT_FORMATS) {
            result.add(fromGtin(gtin, f));
        }
        return List.copyOf(result);
    }

    private static InvalidNdcException gtinWithoutSegmentation(String t) {
        Gtin gtin;
        try {
            gtin = Gtin.of(t);
        } catch (InvalidGtinException e) {
            return new InvalidNdcException("NDC '" + t + "' looks like a GTIN but is not a valid one: " + e.getMessage(), e);
        }
        if (!gtin.isNdcBased()) {
            return new InvalidNdcException("GTIN '" + t + "' is not NDC-based (an NDC-based GTIN-12 starts with 3)");
        }
        List<String> forms = candidatesFromGtin(gtin).stream().map(n -> n.ndc10).toList();
        return new InvalidNdcException("GTIN '" + t + "' holds the NDC digits " + gtin.ndc10Digits().orElseThrow()
                + " but not where the hyphens go: it may be " + String.join(", ", forms.subList(0, 2)) + " or " + forms.get(2)
                + "; enter the NDC with hyphens");
    }

    private static Ndc fromSegments(String labeler, String product, String pkg, String pattern) {
        String eleven = switch (pattern) {
            case "4-4-2" -> "0" + labeler + product + pkg;
            case "5-3-2" -> labeler + "0" + product + pkg;
            case "5-4-1" -> labeler + product + "0" + pkg;
            default -> throw new IllegalStateException(pattern);
        };
        return new Ndc(eleven, labeler + "-" + product + "-" + pkg, pattern);
    }

    private static Ndc fromEleven(String digits, String original) {
        Ndc n = new Ndc(digits, null, null);
        if (n.candidateNdc10s().isEmpty()) {
            throw new InvalidNdcException("NDC '" + original + "' cannot be an 11-digit HIPAA code: one of its segments "
                    + digits.substring(0, 5) + "-" + digits.substring(5, 9) + "-" + digits.substring(9)
                    + " must start with the padding zero");
        }
        return n;
    }

    /** The 11-digit HIPAA 5-4-2 form without hyphens, e.g. "00338042418". */
    public String ndc11() {
        return ndc11;
    }

    /** The 11-digit HIPAA 5-4-2 form with hyphens, e.g. "00338-0424-18". */
    public String ndc11Hyphenated() {
        return ndc11.substring(0, 5) + "-" + ndc11.substring(5, 9) + "-" + ndc11.substring(9);
    }

    /** The labeler's 10-digit hyphenated form (e.g. "0338-0424-18") when the input gave it. */
    public Optional<String> ndc10Segmented() {
        return Optional.ofNullable(ndc10);
    }

    /** The 10-digit segment pattern ("4-4-2", "5-3-2" or "5-4-1") when the input gave it. */
    public Optional<String> format() {
        return Optional.ofNullable(format);
    }

    /** The NDC-based GTIN-14 ("003" + 10 digits + check), only when the 10-digit form is known. */
    public Optional<Gtin> gtin() {
        return ndc10 == null ? Optional.empty() : Optional.of(Gtin.fromNdc10(ndc10));
    }

    /**
     * The hyphenated 10-digit forms this 11-digit code can come from (1 to 3; a segment starting with the
     * padding zero can lose it). When the 10-digit form is known, just that one.
     */
    public List<String> candidateNdc10s() {
        if (ndc10 != null) {
            return List.of(ndc10);
        }
        String l = ndc11.substring(0, 5);
        String p = ndc11.substring(5, 9);
        String k = ndc11.substring(9);
        List<String> out = new ArrayList<>(3);
        if (l.charAt(0) == '0') {
            out.add(l.substring(1) + "-" + p + "-" + k);
        }
        if (p.charAt(0) == '0') {
            out.add(l + "-" + p.substring(1) + "-" + k);
        }
        if (k.charAt(0) == '0') {
            out.add(l + "-" + p + "-" + k.substring(1));
        }
        return List.copyOf(out);
    }

    /** Equal when the 11-digit forms are equal (a 10-digit and an 11-digit input of one package are equal). */
    @Override
    public boolean equals(Object o) {
        return o instanceof Ndc n && n.ndc11.equals(ndc11);
    }

    @Override
    public int hashCode() {
        return ndc11.hashCode();
    }

    /** The 10-digit form when known, else the hyphenated 11-digit form. */
    @Override
    public String toString() {
        return ndc10 != null ? ndc10 : ndc11Hyphenated();
    }
}
