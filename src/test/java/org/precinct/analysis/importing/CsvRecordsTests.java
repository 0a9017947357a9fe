package org.precinct.analysis.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.precinct.analysis.importing.CsvRecords.CsvRecord;

class CsvRecordsTests {

    @Test
    void quotedFieldsMayHoldCommasQuotesAndLineBreaksAndLinesAreCounted() {
        List<CsvRecord> records = all("\uFEFFa,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\n\nlast,,\n");
        assertThat(records).hasSize(3);
        assertThat(records.get(0).fields()).containsExactly("a", "b", "c");
        assertThat(records.get(1).fields()).containsExactly("x, y", "say \"hi\"", "two\nlines");
        assertThat(records.get(1).line()).isEqualTo(2);
        assertThat(records.get(2).line()).isEqualTo(5);
        assertThat(records.get(2).fields()).containsExactly("last", "", "");
    }

    @Test
    void aFileWithoutAFinalLineBreakEndsWithItsLastRecord() {
        assertThat(all("a,b")).extracting(CsvRecord::fields).containsExactly(List.of("a", "b"));
        assertThat(all("")).isEmpty();
    }

    private static List<CsvRecord> all(String text) {
        CsvRecords records = new CsvRecords(new StringReader(text));
        List<CsvRecord> all = new ArrayList<>();
        for (CsvRecord record = records.next(); record != null; record = records.next()) {
            all.add(record);
        }
        return all;
    }
}
