package org.precinct.analysis.importing;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads comma-separated values as RFC 4180 writes them: fields in double quotes may hold commas, line breaks and
 * doubled quotes. Each record knows the line it starts on, so that a refusal can name it. A byte order mark at the
 * start is dropped (the San Diego files have one).
 */
final class CsvRecords {

    /** A record and the line of the file it starts on (the first line is 1). */
    record CsvRecord(long line, List<String> fields) {

        String field(int index) {
            return index < fields.size() ? fields.get(index).trim() : "";
        }
    }

    /** Longer fields are not data anyone exports; stop before they fill the memory. */
    private static final int MAX_FIELD_LENGTH = 10_000;

    private final Reader reader;
    private long line = 1;
    private int peeked = -2;
    private boolean started;

    CsvRecords(Reader reader) {
        this.reader = reader;
    }

    /** The next record, or {@code null} at the end. Blank lines are skipped. */
    CsvRecord next() {
        try {
            if (!started) {
                started = true;
                int first = read();
                if (first != '\uFEFF') {
                    peeked = first;
                }
            }
            while (true) {
                int c = read();
                if (c == -1) {
                    return null;
                }
                if (c == '\r' || c == '\n') {
                    if (c == '\r') {
                        consumeIf('\n');
                    }
                    line++;
                    continue;
                }
                unread(c);
                return record();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private CsvRecord record() throws IOException {
        long startLine = line;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        while (true) {
            int c = read();
            if (quoted) {
                if (c == -1) {
                    fields.add(field.toString());
                    return new CsvRecord(startLine, fields);
                }
                if (c == '"') {
                    if (consumeIf('"')) {
                        append(field, '"');
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    append(field, (char) c);
                }
                continue;
            }
            if (c == -1 || c == '\n' || c == '\r') {
                fields.add(field.toString());
                if (c == '\r') {
                    consumeIf('\n');
                }
                if (c != -1) {
                    line++;
                }
                return new CsvRecord(startLine, fields);
            }
            if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                wasQuoted = false;
            } else if (c == '"' && field.isEmpty() && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
            } else {
                append(field, (char) c);
            }
        }
    }

    private static void append(StringBuilder field, char c) {
        if (field.length() >= MAX_FIELD_LENGTH) {
            throw new IllegalArgumentException("A field is longer than " + MAX_FIELD_LENGTH + " characters");
        }
        field.append(c);
    }

    private int read() throws IOException {
        if (peeked != -2) {
            int c = peeked;
            peeked = -2;
            return c;
        }
        return reader.read();
    }

    private void unread(int c) {
        peeked = c;
    }

    private boolean consumeIf(char expected) throws IOException {
        int c = read();
        if (c == expected) {
            return true;
        }
        unread(c);
        return false;
    }
}
