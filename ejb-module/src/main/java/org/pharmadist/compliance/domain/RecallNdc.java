package org.pharmadist.compliance.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** A package NDC named by a recall: the 11-digit 5-4-2 form it is matched by, and the text as the report wrote it. */
@Embeddable
public class RecallNdc {

    @Column(name = "ndc11", nullable = false, length = 11, columnDefinition = "bpchar(11)")
    private String ndc11;

    @Column(name = "ndc_text", nullable = false, length = 20)
    private String ndcText;

    protected RecallNdc() {
        // JPA
    }

    public RecallNdc(String ndc11, String ndcText) {
        this.ndc11 = Objects.requireNonNull(ndc11, "ndc11");
        this.ndcText = Objects.requireNonNull(ndcText, "ndcText");
    }

    public String ndc11() { return ndc11; }
    public String ndcText() { return ndcText; }

    @Override
    public boolean equals(Object o) {
        return o instanceof RecallNdc n && n.ndc11.equals(ndc11);
    }

    @Override
    public int hashCode() {
        return ndc11.hashCode();
    }
}
