package org.pharmadist.crm.domain;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The comparison key for customer names used by duplicate detection: "Main Street Pharmacy, Inc." and
 * "MAIN STREET PHARMACY INC" are the same customer.
 *
 * <p>Normalisation: Unicode NFKD with accents removed, lower case, '&amp;' read as "and", every character that is
 * not a letter or digit becomes a space, legal-form words ({@link #LEGAL_FORMS}: inc, incorporated, llc, l l c,
 * corp, corporation, co, company, ltd, limited, lp, llp, pllc, pc, pa, plc) are dropped wherever they stand, and
 * the remaining words are joined by single spaces. "The" at the start is dropped as well.
 */
public final class CustomerNames {

    /** Words (after punctuation became spaces) that only give the legal form. */
    public static final Set<String> LEGAL_FORMS = Set.of("inc", "incorporated", "llc", "corp", "corporation", "co",
            "company", "ltd", "limited", "lp", "llp", "lllp", "pllc", "pc", "pa", "plc", "dba");

    private CustomerNames() {
    }

    /** The comparison key; "" for null or a name made only of punctuation and legal-form words. */
    public static String normalise(String name) {
        if (name == null) {
            return "";
        }
        String text = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT).replace("&", " and ");
        // "L.L.C." and "P.L.L.C." become single words before punctuation turns into spaces.
        text = text.replaceAll("\\b(p\\.?\\s?)?l\\.\\s?l\\.\\s?c\\.?", " llc ").replaceAll("\\bl\\.\\s?p\\.?", " lp ")
                .replaceAll("\\bp\\.\\s?c\\.", " pc ");
        text = text.replace("'", "").replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        List<String> words = new ArrayList<>();
        for (String w : text.split(" ")) {
            if (!w.isEmpty() && !LEGAL_FORMS.contains(w)) {
                words.add(w);
            }
        }
        if (!words.isEmpty() && words.get(0).equals("the") && words.size() > 1) {
            words.remove(0);
        }
        return String.join(" ", words);
    }
}
