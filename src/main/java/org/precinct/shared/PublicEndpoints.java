package org.precinct.shared;

import java.util.List;

/**
 * API paths a module opens to residents without an account (Ant patterns such as {@code /api/v1/triage}),
 * contributed as a bean. Every other API path needs a staff token.
 *
 * @param patterns the paths, each starting with {@code /api/} or {@code /open311/}
 */
public record PublicEndpoints(List<String> patterns) {

    public PublicEndpoints {
        patterns = List.copyOf(patterns);
        for (String pattern : patterns) {
            if (!pattern.startsWith("/api/") && !pattern.startsWith("/open311/")) {
                throw new IllegalArgumentException("Not an API path: " + pattern);
            }
        }
    }

    public static PublicEndpoints of(String... patterns) {
        return new PublicEndpoints(List.of(patterns));
    }
}
