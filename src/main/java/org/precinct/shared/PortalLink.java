package org.precinct.shared;

import java.util.Objects;

/**
 * A tile on the public portal's home page, contributed by a module as a bean (report a non-emergency, check a
 * report, programs, ...).
 *
 * @param titleKey message key of the tile's heading
 * @param descriptionKey message key of its one-line description
 * @param path where it leads
 * @param order position on the page, lower first
 */
public record PortalLink(String titleKey, String descriptionKey, String path, int order) {

    public PortalLink {
        Objects.requireNonNull(titleKey, "titleKey");
        Objects.requireNonNull(descriptionKey, "descriptionKey");
        if (path == null || !path.startsWith("/")) {
            throw new IllegalArgumentException("A portal path must start with /: " + path);
        }
    }
}
