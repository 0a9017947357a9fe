package org.precinct.identity.account;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * What a staff password must be (NIST SP 800-63B as CJIS adopts it): 8 to 128 characters, not a common or
 * breached password from the list Precinct ships, not built from the username, not one character repeated.
 * No composition rules: they make passwords harder to remember, not harder to guess.
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 128;

    private final Set<String> common;

    public PasswordPolicy() {
        this.common = load();
    }

    /**
     * @return the message keys of the rules the candidate breaks; empty when it is acceptable
     */
    public List<String> violations(String candidate, String username) {
        List<String> broken = new ArrayList<>();
        if (candidate == null || candidate.length() < MIN_LENGTH) {
            broken.add("identity.password.too-short");
            return broken;
        }
        if (candidate.length() > MAX_LENGTH) {
            broken.add("identity.password.too-long");
            return broken;
        }
        String lower = candidate.toLowerCase(Locale.ROOT);
        if (common.contains(lower)) {
            broken.add("identity.password.common");
        }
        if (username != null && !username.isBlank() && lower.contains(username.toLowerCase(Locale.ROOT))) {
            broken.add("identity.password.contains-username");
        }
        if (candidate.chars().distinct().count() == 1) {
            broken.add("identity.password.repeated");
        }
        return broken;
    }

    private static Set<String> load() {
        try (InputStream in = new ClassPathResource("identity/common-passwords.txt").getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.toLowerCase(Locale.ROOT))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException("The common password list is missing from the build", e);
        }
    }
}
