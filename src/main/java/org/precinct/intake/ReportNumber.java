package org.precinct.intake;

import java.util.regex.Pattern;

/** The official report number given when a report is approved, e.g. {@code 26-004567}. */
public record ReportNumber(String value) {

    private static final Pattern FORM = Pattern.compile("\\d{2}-\\d{6,9}");

    public ReportNumber {
        if (value == null || !FORM.matcher(value.strip()).matches()) {
            throw new IllegalArgumentException("Not a report number: expected a form like 26-004567");
        }
        value = value.strip();
    }

    public static ReportNumber of(int year, long serial) {
        if (serial < 1) {
            throw new IllegalArgumentException("A serial starts at 1");
        }
        return new ReportNumber(String.format("%02d-%06d", Math.floorMod(year, 100), serial));
    }

    @Override
    public String toString() {
        return value;
    }
}
