package org.precinct.records;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/** Immutable copies of the model's lists: a missing list is an empty one and {@code null} entries are dropped. */
final class NibrsLists {

    private NibrsLists() {}

    static <T> List<T> copy(List<T> list) {
        if (list == null) {
            return List.of();
        }
        List<T> copy = new ArrayList<>(list.size());
        list.stream().filter(Objects::nonNull).forEach(copy::add);
        return Collections.unmodifiableList(copy);
    }
}
