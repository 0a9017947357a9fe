package org.precinct.shared;

import java.util.List;

/**
 * Public pages (outside the API) that a module has limited per client address like the public API, contributed as
 * a bean: forms that check a secret, such as a tracking code, where guessing at speed must stay hopeless.
 *
 * @param patterns Ant patterns of the pages, each starting with {@code /} and outside {@code /api/} and
 *     {@code /staff}
 */
public record RateLimitedPages(List<String> patterns) {

    public RateLimitedPages {
        patterns = List.copyOf(patterns);
        for (String pattern : patterns) {
            if (!pattern.startsWith("/") || pattern.startsWith("/api/") || pattern.startsWith("/staff")) {
                throw new IllegalArgumentException("Not a public page: " + pattern);
            }
        }
    }

    public static RateLimitedPages of(String... patterns) {
        return new RateLimitedPages(List.of(patterns));
    }
}
