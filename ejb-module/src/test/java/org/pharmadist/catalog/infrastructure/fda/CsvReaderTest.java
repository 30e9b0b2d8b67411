package org.pharmadist.catalog.infrastructure.fda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReaderTest {

    private static List<CsvRow> csv(String text) {
        return CsvReader.csv(new StringReader(text)).readAll();
    }

    @Test
    void plainRecordsWithLineNumbers() {
        List<CsvRow> rows = csv("a,b,c\n1,2,3\n4,5,6\n");

        assertThat(rows).extracting(CsvRow::lineNumber).containsExactly(1, 2, 3);
        assertThat(rows.get(1).fields()).containsExactly("1", "2", "3");
    }

    @Test
    void quotedFieldsHoldCommasQuotesAndLineBreaks() {
        String text = "h1,h2,h3\r\n"
                + "\"Sun Pharmaceutical Industries, Inc.\",\"say \"\"hi\"\"\",x\r\n"
                + "\"two\r\nlines\",\"three\nmore\nlines\",y\r\n"
                + "last,,\r\n";

        List<CsvRow> rows = csv(text);

        assertThat(rows).extracting(CsvRow::lineNumber).containsExactly(1, 2, 3, 7);
        assertThat(rows.get(1).fields()).containsExactly("Sun Pharmaceutical Industries, Inc.", "say \"hi\"", "x");
        assertThat(rows.get(2).fields()).containsExactly("two\nlines", "three\nmore\nlines", "y");
        assertThat(rows.get(3).fields()).containsExactly("last", "", "");
    }

    @Test
    void crOnlyLineBreaksAndNoFinalLineBreak() {
        List<CsvRow> rows = csv("a,b\r1,2\r3,4");

        assertThat(rows).extracting(CsvRow::lineNumber).containsExactly(1, 2, 3);
        assertThat(rows.get(2).fields()).containsExactly("3", "4");
    }

    @Test
    void emptyLinesAreSkippedButCounted() {
        List<CsvRow> rows = csv("a,b\n\n1,2\r\n\r\n\r\n3,4\n");

        assertThat(rows).extracting(CsvRow::lineNumber).containsExactly(1, 3, 6);
    }

    @Test
    void byteOrderMarkIsDropped() {
        assertThat(csv("\uFEFFndc,price\n1,2\n").get(0).fields()).containsExactly("ndc", "price");
    }

    @Test
    void strayQuotesAreKeptLiterally() {
        // openFDA presentation text ends with a stray quote: "...(NDC 0409-4911-34)""" in the file
        List<CsvRow> rows = csv("a,b\n5 in\" x,\"Syringe (NDC 0409-4911-34)\"\"\"\n");

        assertThat(rows.get(1).fields()).containsExactly("5 in\" x", "Syringe (NDC 0409-4911-34)\"");
    }

    @Test
    void unclosedQuoteIsReportedWithTheStartLine() {
        CsvReader reader = CsvReader.csv(new StringReader("a,b\n1,2\n3,\"never closed\n4,5\n"));
        reader.next();
        reader.next();

        assertThatThrownBy(reader::next)
                .isInstanceOf(CsvFormatException.class)
                .hasMessage("line 3: a quoted field is not closed before the end of the file")
                .extracting(e -> ((CsvFormatException) e).lineNumber()).isEqualTo(3);
    }

    @Test
    void tsvHasNoQuoting() {
        List<CsvRow> rows = CsvReader.tsv(new StringReader("A\tB\n\"x\ty, z\"\t\n")).readAll();

        assertThat(rows.get(1).fields()).containsExactly("\"x", "y, z\"", "");
        assertThat(rows.get(1).lineNumber()).isEqualTo(2);
    }

    @Test
    void emptyInputHasNoRecords() {
        assertThat(csv("")).isEmpty();
        assertThat(CsvReader.csv(new StringReader("")).next()).isNull();
    }
}
