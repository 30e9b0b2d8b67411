package org.pharmadist.catalog.infrastructure.fda;

import java.io.Reader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.pharmadist.catalog.domain.DeaSchedule;

/**
 * DEA schedules by active substance, learnt from the FDA NDC Directory (unfinished drugs file,
 * {@code fda_ndc_unfinished_product_sample.tsv}: SUBSTANCENAME, DEASCHEDULE), to derive the schedule of
 * finished products whose sources carry none.
 *
 * <p>Rules, chosen after reading the data:
 * <ul>
 *   <li>Only single-substance listings count. A combination listing's schedule belongs to the
 *       combination: "PHENTERMINE HYDROCHLORIDE; TOPIRAMATE" is CIV, but topiramate is not controlled
 *       (likewise naloxone, papaverine).</li>
 *   <li>Substance names are upper-cased and trimmed. Each substance also counts for its moiety, the
 *       name without salt/ester words ("HYDROMORPHONE HYDROCHLORIDE" -&gt; "HYDROMORPHONE"), so that
 *       product texts naming another salt, or none, still match.</li>
 *   <li>When listings disagree, the schedule listed most often wins; ties go to the more restrictive
 *       (DRONABINOL: 3x CIII, 2x CI -&gt; CIII; DIPHENOXYLATE: 3x CII, 1x CV -&gt; CII). Listings without a
 *       schedule are not counted against one (labelers omit it: PREGABALIN has 4x CV, 5x blank).</li>
 *   <li>A few listings give a schedule to a substance that is in no schedule of 21 CFR 1308.11-15
 *       (atorvastatin, rosuvastatin, lansoprazole, memantine, meclizine, letrozole). They are ignored
 *       and reported as rejected rows, listed by PRODUCTNDC in {@link #IGNORED_LISTINGS}.</li>
 * </ul>
 * The result is the schedule of the bulk substance: combination products may legally be in a lower
 * schedule (e.g. codeine with acetaminophen, CIII), so derived schedules are conservative hints.
 * Immutable after {@link #read}.
 */
public final class SubstanceScheduleIndex {

    /** File name used in rejected rows. */
    public static final String FILE = "fda_ndc_unfinished_product_sample.tsv";

    /**
     * Listings (PRODUCTNDC) whose DEASCHEDULE is a labeler error: the substance is not a controlled
     * substance under 21 CFR 1308.11-1308.15, and other labelers list it without a schedule or it is a
     * common non-controlled drug. Value: the substance, for the reject reason.
     */
    public static final Map<String, String> IGNORED_LISTINGS = Map.of(
            "55111-917", "ATORVASTATIN CALCIUM",
            "55111-863", "ROSUVASTATIN CALCIUM",
            "55111-044", "LANSOPRAZOLE",
            "55111-860", "MEMANTINE HYDROCHLORIDE",
            "30007-841", "MECLIZINE HYDROCHLORIDE",
            "63672-0033", "LETROZOLE");

    /** Salt, ester and hydrate words dropped to get a substance's moiety. */
    static final Set<String> SALT_WORDS = Set.of(
            "HYDROCHLORIDE", "HCL", "HYDROBROMIDE", "BROMIDE", "SULFATE", "BISULFATE", "PHOSPHATE", "CITRATE",
            "TARTRATE", "BITARTRATE", "MALEATE", "MESYLATE", "DIMESYLATE", "BESYLATE", "FUMARATE", "SUCCINATE",
            "ACETATE", "CYPIONATE", "ENANTHATE", "PROPIONATE", "DECANOATE", "UNDECANOATE", "TRIDECANOATE",
            "SACCHARATE", "ASPARTATE", "HYDRATE", "MONOHYDRATE", "ANHYDROUS", "SODIUM", "POTASSIUM",
            "DIPOTASSIUM", "CALCIUM", "BASE");

    /** Shortest truncated word (NADAC abbreviates "DEXTROAMP-AMPHET") matched as a moiety prefix. */
    static final int MIN_TRUNCATED_LENGTH = 6;

    private final Map<String, DeaSchedule> bySubstance;
    private final Map<String, DeaSchedule> byMoiety;
    private final List<RejectedRow> rejected;

    private SubstanceScheduleIndex(Map<String, DeaSchedule> bySubstance, Map<String, DeaSchedule> byMoiety,
            List<RejectedRow> rejected) {
        this.bySubstance = Collections.unmodifiableMap(bySubstance);
        this.byMoiety = Collections.unmodifiableMap(byMoiety);
        this.rejected = List.copyOf(rejected);
    }

    /**
     * Reads the FDA NDC Directory product file (tab-separated, header with PRODUCTNDC, SUBSTANCENAME,
     * DEASCHEDULE). Rows without a schedule are skipped silently.
     *
     * @param tsv the file content; not closed here
     * @throws CsvFormatException when the header lacks a required column
     */
    public static SubstanceScheduleIndex read(Reader tsv) {
        CsvReader reader = CsvReader.tsv(tsv);
        Columns cols = Columns.of(reader.next(), FILE, "PRODUCTNDC", "SUBSTANCENAME", "DEASCHEDULE");
        Map<String, Map<DeaSchedule, Integer>> votes = new TreeMap<>();
        List<RejectedRow> rejected = new ArrayList<>();
        for (CsvRow row = reader.next(); row != null; row = reader.next()) {
            String scheduleText = cols.get(row, "DEASCHEDULE");
            if (scheduleText == null) {
                continue;
            }
            int line = row.lineNumber();
            if (row.fields().size() != cols.count()) {
                rejected.add(new RejectedRow(FILE, line, "wrong number of fields: " + row.fields().size()
                        + " instead of " + cols.count()));
                continue;
            }
            DeaSchedule schedule;
            try {
                schedule = DeaSchedule.parse(scheduleText).orElseThrow();
            } catch (IllegalArgumentException e) {
                rejected.add(new RejectedRow(FILE, line, "bad DEA schedule: " + e.getMessage()));
                continue;
            }
            String substance = cols.get(row, "SUBSTANCENAME");
            String productNdc = cols.get(row, "PRODUCTNDC");
            if (substance == null) {
                rejected.add(new RejectedRow(FILE, line, "missing substance: product " + productNdc + " is listed as "
                        + schedule + " without a substance name, so the schedule cannot be attributed"));
                continue;
            }
            if (productNdc != null && IGNORED_LISTINGS.containsKey(productNdc)) {
                rejected.add(new RejectedRow(FILE, line, "schedule ignored: product " + productNdc + " lists "
                        + normalise(substance) + " as " + schedule
                        + ", which is not a controlled substance under 21 CFR 1308"));
                continue;
            }
            if (substance.indexOf(';') >= 0) {
                continue; // combination listing: its schedule is not the schedule of each substance
            }
            votes.computeIfAbsent(normalise(substance), k -> new EnumMap<>(DeaSchedule.class))
                    .merge(schedule, 1, Integer::sum);
        }
        Map<String, DeaSchedule> bySubstance = new LinkedHashMap<>();
        Map<String, Map<DeaSchedule, Integer>> moietyVotes = new TreeMap<>();
        votes.forEach((name, v) -> {
            bySubstance.put(name, winner(v));
            Map<DeaSchedule, Integer> m = moietyVotes.computeIfAbsent(moiety(name), k -> new EnumMap<>(DeaSchedule.class));
            v.forEach((s, n) -> m.merge(s, n, Integer::sum));
        });
        Map<String, DeaSchedule> byMoiety = new LinkedHashMap<>();
        moietyVotes.forEach((m, v) -> byMoiety.put(m, winner(v)));
        return new SubstanceScheduleIndex(bySubstance, byMoiety, rejected);
    }

    private static DeaSchedule winner(Map<DeaSchedule, Integer> votes) {
        DeaSchedule best = null;
        int bestCount = 0;
        for (DeaSchedule s : DeaSchedule.values()) { // most restrictive first: ties keep it
            int n = votes.getOrDefault(s, 0);
            if (n > bestCount) {
                best = s;
                bestCount = n;
            }
        }
        return best;
    }

    /** Upper-cased name with single spaces, e.g. " Hydromorphone  hydrochloride" -&gt; "HYDROMORPHONE HYDROCHLORIDE". */
    static String normalise(String substance) {
        return substance.strip().toUpperCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    /** The name without salt words, as space-separated tokens ("SODIUM OXYBATE" -&gt; "OXYBATE"). */
    static String moiety(String substance) {
        List<String> tokens = tokens(substance);
        List<String> kept = new ArrayList<>();
        for (String t : tokens) {
            if (!SALT_WORDS.contains(t)) {
                kept.add(t);
            }
        }
        return String.join(" ", kept.isEmpty() ? tokens : kept);
    }

    /** Upper-case alphanumeric tokens of a text. */
    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        for (String t : text.toUpperCase(Locale.ROOT).split("[^A-Z0-9]+")) {
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    /** Substance name (upper case) -&gt; schedule, from single-substance listings (read-only). */
    public Map<String, DeaSchedule> schedulesBySubstance() {
        return bySubstance;
    }

    /** Moiety -&gt; schedule (read-only), e.g. "HYDROMORPHONE" -&gt; CII. */
    public Map<String, DeaSchedule> schedulesByMoiety() {
        return byMoiety;
    }

    /** Listings that were not used (ignored or unreadable schedules), in file order. */
    public List<RejectedRow> rejected() {
        return rejected;
    }

    /**
     * The schedule for a product's active substances, e.g. "HYDROMORPHONE HYDROCHLORIDE" or
     * "AMPHETAMINE SULFATE;DEXTROAMPHETAMINE SULFATE" (separated by ';'). Each substance is looked up by
     * exact name, then by moiety; the most restrictive schedule found wins.
     *
     * @return the schedule, or empty when no substance is scheduled (or the text is null/blank)
     */
    public Optional<DeaSchedule> forSubstances(String substances) {
        if (substances == null || substances.isBlank()) {
            return Optional.empty();
        }
        DeaSchedule best = null;
        for (String part : substances.split(";")) {
            if (part.isBlank()) {
                continue;
            }
            String name = normalise(part);
            DeaSchedule s = bySubstance.get(name);
            if (s == null) {
                s = byMoiety.get(moiety(name));
            }
            best = stricter(best, s);
        }
        return Optional.ofNullable(best);
    }

    /**
     * The schedule of controlled moieties named anywhere in a free text such as a NADAC description
     * ("HYDROCODONE-ACETAMINOPHEN 5-325 MG TABLET") or an FDA generic name ("Hydromorphone Hydrochloride
     * Injection"): whole-word match of a moiety's words; with {@code allowTruncated}, also a word of at
     * least {@value #MIN_TRUNCATED_LENGTH} letters inside a hyphenated name that begins exactly one
     * one-word moiety ("DEXTROAMP-AMPHET" -&gt; DEXTROAMPHETAMINE, AMPHETAMINE). Most restrictive wins.
     *
     * @return the schedule, or empty when none is named (or the text is null)
     */
    public Optional<DeaSchedule> findIn(String text, boolean allowTruncated) {
        if (text == null) {
            return Optional.empty();
        }
        List<String> words = tokens(text);
        DeaSchedule best = null;
        for (Map.Entry<String, DeaSchedule> e : byMoiety.entrySet()) {
            if (containsPhrase(words, e.getKey().split(" "))) {
                best = stricter(best, e.getValue());
            }
        }
        if (allowTruncated) {
            for (String compound : text.toUpperCase(Locale.ROOT).split("\\s+")) {
                if (compound.indexOf('-') < 0) {
                    continue;
                }
                for (String w : compound.split("-")) {
                    if (w.length() >= MIN_TRUNCATED_LENGTH && w.chars().allMatch(Character::isLetter)) {
                        best = stricter(best, uniquePrefixMatch(w));
                    }
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private DeaSchedule uniquePrefixMatch(String word) {
        DeaSchedule found = null;
        int matches = 0;
        for (Map.Entry<String, DeaSchedule> e : byMoiety.entrySet()) {
            String m = e.getKey();
            if (m.indexOf(' ') < 0 && m.length() > word.length() && m.startsWith(word)) {
                found = e.getValue();
                matches++;
            }
        }
        return matches == 1 ? found : null;
    }

    private static boolean containsPhrase(List<String> words, String[] phrase) {
        outer:
        for (int i = 0; i + phrase.length <= words.size(); i++) {
            for (int j = 0; j < phrase.length; j++) {
                if (!words.get(i + j).equals(phrase[j])) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private static DeaSchedule stricter(DeaSchedule a, DeaSchedule b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return b.isMoreRestrictiveThan(a) ? b : a;
    }

    /** Number of substances with a schedule (for diagnostics). */
    public int size() {
        return bySubstance.size();
    }

    @Override
    public String toString() {
        return "SubstanceScheduleIndex[" + bySubstance.size() + " substances, " + byMoiety.size() + " moieties]";
    }
}
