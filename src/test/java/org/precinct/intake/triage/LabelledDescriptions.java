package org.precinct.intake.triage;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** A labelled set of descriptions from the test resources: E must be an emergency, N must not. */
record LabelledDescriptions(List<Row> rows) {

    record Row(boolean emergency, String text) {}

    static LabelledDescriptions load(String resource) {
        InputStream in = LabelledDescriptions.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("Not on the test class path: " + resource);
        }
        try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return new LabelledDescriptions(reader.lines()
                    .filter(line -> line.startsWith("E\t") || line.startsWith("N\t"))
                    .map(line -> {
                        String[] columns = line.split("\t");
                        return new Row(columns[0].equals("E"), columns[columns.length - 1]);
                    })
                    .toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    long emergencies() {
        return rows.stream().filter(Row::emergency).count();
    }
}
