package org.pharmadist.catalog.infrastructure.fda;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pulls strength and dosage form out of drug description texts when they are clearly stated; gives
 * nothing otherwise (no guessing). Stateless.
 */
public final class DrugTextParser {

    /**
     * Strength and dosage form read from a description.
     *
     * @param strength e.g. "25 MCG", "5-325 MG", "1 MG/ML", "0.05%"; never null
     * @param dosageForm e.g. "TABLET", "EYE DROPS"; null when the description ends with the strength
     */
    public record StrengthAndForm(String strength, String dosageForm) {
    }

    private static final String NUM = "(?:\\d[\\d,]*(?:\\.\\d+)?|\\.\\d+)";
    private static final String UNIT = "(?:MCG|MG|GRAMS|GRAM|GM|G|ML|L|%|UNITS|UNIT|MEQ|MMOL|IU)";
    private static final String PER = "(?:\\s?/\\s?(?:" + NUM + "\\s?)?(?:MCG|MG|GM|G|ML|L|HOURS|HOUR|HRS|HR|24HR|ACTUATION|ACT|DOSE|SPRAY|DAY))";
    private static final String PART = NUM + "(?:-" + NUM + ")*\\s?" + UNIT + PER + "?";
    private static final Pattern NADAC = Pattern.compile(
            "^(?<name>\\D.*?)\\s+(?<strength>" + PART + "(?:-" + PART + ")*)(?:\\s+(?<form>[A-Z][A-Z \\-]*))?$");

    private static final Pattern PRESENTATION = Pattern.compile(
            ",\\s((?:\\d|\\.\\d)(?:[^,]|,(?=\\d))*?)\\s*\\(NDC [^)]*\\)\\W*$");

    /** NADAC abbreviations of dosage forms spelled out; other forms are kept as written. */
    static final Map<String, String> FORM_ABBREVIATIONS = Map.of(
            "TAB", "TABLET", "TB", "TABLET", "CAP", "CAPSULE", "CP", "CAPSULE",
            "SOLN", "SOLUTION", "SUSP", "SUSPENSION");

    /** Longest strength taken from a shortage presentation. */
    public static final int MAX_PRESENTATION_STRENGTH = 100;

    private DrugTextParser() {
    }

    /**
     * Reads a CMS NADAC description of the shape "NAME STRENGTH [FORM]", e.g.
     * "LEVOTHYROXINE 25 MCG TABLET" -&gt; ("25 MCG", "TABLET"), "AMLODIPINE-ATORVAST 5-20 MG" -&gt; ("5-20 MG", null).
     *
     * @return empty when the description has no clearly stated strength (e.g. "ACETAMINOPHEN-COD #3 TABLET")
     */
    public static Optional<StrengthAndForm> nadacDescription(String description) {
        if (description == null) {
            return Optional.empty();
        }
        Matcher m = NADAC.matcher(description.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        String form = m.group("form");
        if (form != null) {
            form = form.strip();
            form = FORM_ABBREVIATIONS.getOrDefault(form, form);
        }
        return Optional.of(new StrengthAndForm(m.group("strength"), form));
    }

    /**
     * Reads the strength from an openFDA shortage presentation "Name, Form, STRENGTH (NDC ...)", e.g.
     * "Hydromorphone Hydrochloride, Injection, 10 mg/1 mL (NDC 63323-851-15)" -&gt; "10 mg/1 mL".
     *
     * @return empty when the last segment before "(NDC" does not start with a number, or is longer than
     *         {@value #MAX_PRESENTATION_STRENGTH} characters (ingredient lists of parenteral nutrition
     *         solutions, not a strength one can show or store)
     */
    public static Optional<String> presentationStrength(String presentation) {
        if (presentation == null) {
            return Optional.empty();
        }
        Matcher m = PRESENTATION.matcher(presentation.strip());
        if (!m.find()) {
            return Optional.empty();
        }
        String s = m.group(1).strip();
        return s.length() > MAX_PRESENTATION_STRENGTH ? Optional.empty() : Optional.of(s);
    }
}
