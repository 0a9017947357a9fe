package org.precinct.shared;

import java.util.Objects;
import java.util.Set;

/**
 * An entry of the staff console's navigation, contributed by a module as a bean. Shown to accounts holding any
 * of {@code roles}; an empty set means every staff member.
 *
 * @param messageKey the label's message key
 * @param path where it leads, starting with {@code /staff}
 * @param roles who sees it
 * @param order position in the navigation, lower first
 */
public record NavigationLink(String messageKey, String path, Set<Role> roles, int order) {

    public NavigationLink {
        Objects.requireNonNull(messageKey, "messageKey");
        if (path == null || !path.startsWith("/")) {
            throw new IllegalArgumentException("A navigation path must start with /: " + path);
        }
        roles = Set.copyOf(roles);
    }

    public boolean visibleTo(Set<Role> held) {
        return roles.isEmpty() || roles.stream().anyMatch(held::contains);
    }
}
