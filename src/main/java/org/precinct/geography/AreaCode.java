package org.precinct.geography;

import java.util.regex.Pattern;

/** The rule for jurisdiction and beat codes: short, upper case, safe in URLs, file names and reports. */
final class AreaCode {

    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9_-]{0,19}");

    private AreaCode() {}

    static String require(String code, String what) {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new IllegalArgumentException(
                    what + " code must be 1 to 20 upper-case letters, digits, '-' or '_': " + code);
        }
        return code;
    }

    static String requireName(String name, String what) {
        if (name == null || name.isBlank() || name.strip().length() > 200) {
            throw new IllegalArgumentException(what + " name must be 1 to 200 characters");
        }
        return name.strip();
    }
}
