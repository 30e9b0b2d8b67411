package org.pharmadist.crm.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CsvTableTest {

    @Test
    void readsQuotedFieldsCommentsAndLineNumbers() {
        CsvTable t = CsvTable.parse("# comment\r\nlegalName,taxId\r\n\"Smith, \"\"Jr\"\" Inc\",12-3456789\r\n\r\n"
                + "\"two\nlines\",98-7654321");
        assertThat(t.header()).containsExactly("legalName", "taxId");
        assertThat(t.rows()).hasSize(2);
        assertThat(t.rows().get(0).line()).isEqualTo(3);
        assertThat(t.rows().get(0).get("LEGALNAME")).isEqualTo("Smith, \"Jr\" Inc");
        assertThat(t.rows().get(1).line()).isEqualTo(5);
        assertThat(t.rows().get(1).get("legalName")).isEqualTo("two\nlines");
    }

    @Test
    void refusesUnclosedQuotesAndTooManyFields() {
        assertThatThrownBy(() -> CsvTable.parse("a,b\n\"x,y\n")).hasMessageContaining("line 2");
        assertThatThrownBy(() -> CsvTable.parse("a,b\n1,2,3\n")).hasMessageContaining("line 2");
    }
}
