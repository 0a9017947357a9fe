package org.precinct.geography.addresses;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.precinct.geography.GeoPoint;
import org.precinct.shared.RuleViolationException;

/**
 * Reads an address file: CSV (RFC 4180: quoted fields may hold commas, quotes and line breaks) with a header
 * naming an {@code address}, a {@code latitude} (or {@code lat}) and a {@code longitude} (or {@code lon},
 * {@code lng}) column, in any order, other columns ignored.
 *
 * <p>A file without such a header is refused as a whole ({@link RuleViolationException}); otherwise every row is
 * checked on its own and a bad row is reported with its line and the reason, without stopping the others.
 */
public final class AddressCsv {

    /** More than a county's worth of addresses; a larger file is split by whoever prepares it. */
    public static final int MAX_ROWS = 200_000;

    public static final int MAX_ADDRESS_LENGTH = 300;

    private static final Set<String> ADDRESS = Set.of("address", "full_address", "street_address");
    private static final Set<String> LATITUDE = Set.of("latitude", "lat");
    private static final Set<String> LONGITUDE = Set.of("longitude", "lon", "lng", "long");
    private static final Pattern LETTER = Pattern.compile(".*[A-Z].*");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private AddressCsv() {}

    /**
     * Reads and checks the file.
     *
     * @throws RuleViolationException {@code geography.import.error.empty}, {@code .header}, {@code .too-many-rows}
     *     or {@code .unreadable} when the file as a whole cannot be imported
     */
    public static AddressFile read(Reader reader) {
        List<Record> records = records(reader);
        int headerAt = 0;
        while (headerAt < records.size() && records.get(headerAt).blank()) {
            headerAt++;
        }
        if (headerAt == records.size()) {
            throw new RuleViolationException("geography.import.error.empty");
        }
        Header header = header(records.get(headerAt));
        if (records.size() - headerAt - 1 > MAX_ROWS) {
            throw new RuleViolationException("geography.import.error.too-many-rows");
        }
        List<AddressRow> rows = new ArrayList<>();
        List<RejectedRow> rejected = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (Record record : records.subList(headerAt + 1, records.size())) {
            if (record.blank()) {
                continue;
            }
            try {
                AddressRow row = check(record, header);
                Integer first = seen.putIfAbsent(row.normalised().text(), row.line());
                if (first == null) {
                    rows.add(row);
                } else {
                    rejected.add(
                            new RejectedRow(row.line(), "geography.import.reject.duplicate", Integer.toString(first)));
                }
            } catch (Rejected rejection) {
                rejected.add(rejection.row);
            }
        }
        return new AddressFile(rows, rejected);
    }

    private static AddressRow check(Record record, Header header) throws Rejected {
        int line = record.line();
        if (record.unterminated()) {
            throw new Rejected(line, "unterminated-quote", null);
        }
        if (record.fields().size() <= header.lastColumn()) {
            throw new Rejected(line, "columns", Integer.toString(record.fields().size()));
        }
        String address = SPACES.matcher(record.fields().get(header.address()))
                .replaceAll(" ")
                .strip();
        if (address.isEmpty()) {
            throw new Rejected(line, "address-missing", null);
        }
        if (address.length() > MAX_ADDRESS_LENGTH) {
            throw new Rejected(line, "address-too-long", address);
        }
        NormalisedAddress normalised = AddressNormaliser.normalise(address);
        if (!LETTER.matcher(normalised.street()).matches()) {
            throw new Rejected(line, "no-street", address);
        }
        String latitudeText = record.fields().get(header.latitude()).strip();
        String longitudeText = record.fields().get(header.longitude()).strip();
        double latitude = coordinate(line, latitudeText, 90, "latitude");
        double longitude = coordinate(line, longitudeText, 180, "longitude");
        if (latitude == 0 && longitude == 0) {
            // 0,0 lies in the Gulf of Guinea; files use it for "no coordinates".
            throw new Rejected(line, "zero-point", latitudeText + "," + longitudeText);
        }
        return new AddressRow(line, address, normalised, new GeoPoint(latitude, longitude));
    }

    private static double coordinate(int line, String text, double limit, String what) throws Rejected {
        if (text.isEmpty()) {
            throw new Rejected(line, what + "-missing", null);
        }
        double value;
        try {
            value = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new Rejected(line, what + "-invalid", text);
        }
        if (!Double.isFinite(value) || value < -limit || value > limit) {
            throw new Rejected(line, what + "-range", text);
        }
        return value;
    }

    private static Header header(Record record) {
        int address = -1;
        int latitude = -1;
        int longitude = -1;
        for (int i = 0; i < record.fields().size(); i++) {
            String name = record.fields().get(i).strip().toLowerCase(Locale.ROOT);
            if (address < 0 && ADDRESS.contains(name)) {
                address = i;
            } else if (latitude < 0 && LATITUDE.contains(name)) {
                latitude = i;
            } else if (longitude < 0 && LONGITUDE.contains(name)) {
                longitude = i;
            }
        }
        if (address < 0 || latitude < 0 || longitude < 0) {
            throw new RuleViolationException("geography.import.error.header");
        }
        return new Header(address, latitude, longitude);
    }

    /** Splits the text into records, remembering the line each starts on. */
    private static List<Record> records(Reader source) {
        Reader reader = source instanceof java.io.BufferedReader ? source : new java.io.BufferedReader(source);
        List<Record> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean fieldStarted = false;
        int line = 1;
        int recordLine = 1;
        try {
            int c = reader.read();
            if (c == '\uFEFF') {
                c = reader.read();
            }
            while (c != -1) {
                int next = reader.read();
                if (quoted) {
                    if (c == '"' && next == '"') {
                        field.append('"');
                        next = reader.read();
                    } else if (c == '"') {
                        quoted = false;
                    } else {
                        if (c == '\n') {
                            line++;
                        }
                        field.append((char) c);
                    }
                } else if (c == '"' && !fieldStarted) {
                    quoted = true;
                    fieldStarted = true;
                } else if (c == ',') {
                    fields.add(field.toString());
                    field.setLength(0);
                    fieldStarted = false;
                } else if (c == '\r' || c == '\n') {
                    if (c == '\r' && next == '\n') {
                        next = reader.read();
                    }
                    fields.add(field.toString());
                    records.add(new Record(recordLine, List.copyOf(fields), false));
                    if (records.size() > MAX_ROWS + 1) {
                        throw new RuleViolationException("geography.import.error.too-many-rows");
                    }
                    fields.clear();
                    field.setLength(0);
                    fieldStarted = false;
                    line++;
                    recordLine = line;
                } else {
                    field.append((char) c);
                    fieldStarted = true;
                }
                c = next;
            }
        } catch (IOException e) {
            // Most often bytes that are not UTF-8 (a spreadsheet's own encoding).
            throw new RuleViolationException("geography.import.error.unreadable");
        } catch (UncheckedIOException e) {
            throw new RuleViolationException("geography.import.error.unreadable");
        }
        if (fieldStarted || !fields.isEmpty() || quoted) {
            fields.add(field.toString());
            records.add(new Record(recordLine, List.copyOf(fields), quoted));
        }
        return records;
    }

    /** A row found wanting; thrown rather than returned so that each check reads as a guard. */
    private static final class Rejected extends Exception {

        private final transient RejectedRow row;

        Rejected(int line, String reason, String value) {
            super(reason, null, false, false);
            this.row = new RejectedRow(line, "geography.import.reject." + reason, value);
        }
    }

    private record Record(int line, List<String> fields, boolean unterminated) {

        boolean blank() {
            return !unterminated && fields.stream().allMatch(String::isBlank);
        }
    }

    private record Header(int address, int latitude, int longitude) {

        int lastColumn() {
            return Math.max(address, Math.max(latitude, longitude));
        }
    }
}
