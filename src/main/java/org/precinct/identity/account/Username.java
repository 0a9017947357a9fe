package org.precinct.identity.account;

import java.util.Locale;
import java.util.regex.Pattern;

/** An account name: 2 to 64 lower-case letters, digits, dots, hyphens or underscores, starting with a letter. */
public record Username(String value) {

    private static final Pattern FORM = Pattern.compile("[a-z][a-z0-9._-]{1,63}");

    public Username {
        if (value == null) {
            throw new IllegalArgumentException("A username is required");
        }
        value = value.strip().toLowerCase(Locale.ROOT);
        if (!FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("Not a valid username: 2 to 64 letters, digits, '.', '-' or '_'");
        }
    }

    public static boolean isValid(String candidate) {
        return candidate != null
                && FORM.matcher(candidate.strip().toLowerCase(Locale.ROOT)).matches();
    }
}
