package org.precinct.personnel;

import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Turns search text into SQL: every word must appear in the first or last name (accents and case ignored) or
 * begin the DSN, so "ana ruiz", "ruiz" and "104" all find Ana Ruiz, DSN 1042.
 */
final class NameFilter {

    /** More words than this add nothing to a name search and are ignored. */
    private static final int MAX_WORDS = 5;

    private final List<String> words;

    private NameFilter(List<String> words) {
        this.words = words;
    }

    static NameFilter of(String text) {
        if (text == null || text.isBlank()) {
            return new NameFilter(List.of());
        }
        return new NameFilter(Arrays.stream(text.strip().split("[\\s,]+"))
                .filter(word -> !word.isEmpty())
                .limit(MAX_WORDS)
                .toList());
    }

    /** The conditions to append after a where clause on {@code personnel.employee e}, each starting with "and". */
    String condition() {
        StringBuilder sql = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            sql.append("""
                     and (unaccent(e.first_name) ilike unaccent(cast(:word%1$d as text)) escape '\\'
                          or unaccent(e.last_name) ilike unaccent(cast(:word%1$d as text)) escape '\\'
                          or e.dsn like cast(:dsnPrefix%1$d as text) escape '\\')
                    """.formatted(i));
        }
        return sql.toString();
    }

    JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement) {
        for (int i = 0; i < words.size(); i++) {
            String literal = escapeLike(words.get(i));
            statement = statement.param("word" + i, "%" + literal + "%").param("dsnPrefix" + i, literal + "%");
        }
        return statement;
    }

    private static String escapeLike(String word) {
        return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
