package org.precinct.records.index;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Given names that stand for one another: nicknames and their formal names (Bob, Bobby, Rob and Robert), and
 * spellings of one name (Catherine, Katherine, Kathryn). A name may belong to several groups (Chris is Christopher
 * and Christine). Read from {@code records/given-names.txt}, one group a line.
 */
public final class GivenNameVariants {

    private static final String RESOURCE = "/records/given-names.txt";

    private final Map<String, Set<String>> variants;

    private GivenNameVariants(Map<String, Set<String>> variants) {
        this.variants = variants;
    }

    /** The table the application carries. */
    public static GivenNameVariants standard() {
        return Holder.STANDARD;
    }

    /** A table of the given groups, each a list of names; for tests. */
    public static GivenNameVariants of(List<List<String>> groups) {
        Map<String, Set<String>> variants = new HashMap<>();
        for (List<String> group : groups) {
            List<String> names = group.stream()
                    .map(PersonNameKeys::normalize)
                    .filter(n -> !n.isEmpty())
                    .toList();
            for (String name : names) {
                variants.computeIfAbsent(name, key -> new LinkedHashSet<>()).addAll(names);
            }
        }
        Map<String, Set<String>> frozen = new HashMap<>();
        variants.forEach((name, set) -> frozen.put(name, Set.copyOf(set)));
        return new GivenNameVariants(Map.copyOf(frozen));
    }

    /** The name itself (in search form) and every name that stands for it; empty for an empty name. */
    public Set<String> of(String name) {
        String normal = PersonNameKeys.normalize(name);
        if (normal.isEmpty()) {
            return Set.of();
        }
        Set<String> all = new LinkedHashSet<>();
        all.add(normal);
        all.addAll(variants.getOrDefault(normal, Set.of()));
        return all;
    }

    /** Whether two given names (any form) stand for each other. */
    public boolean sameName(String one, String other) {
        String a = PersonNameKeys.normalize(one);
        String b = PersonNameKeys.normalize(other);
        return !a.isEmpty()
                && (a.equals(b) || variants.getOrDefault(a, Set.of()).contains(b));
    }

    private static final class Holder {
        static final GivenNameVariants STANDARD = load();

        private static GivenNameVariants load() {
            try (InputStream in = GivenNameVariants.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException(RESOURCE + " is missing");
                }
                List<List<String>> groups = new ArrayList<>();
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                String line;
                while ((line = reader.readLine()) != null) {
                    String content = line.strip();
                    if (!content.isEmpty() && !content.startsWith("#")) {
                        groups.add(List.of(content.split("\\s+")));
                    }
                }
                return of(groups);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
