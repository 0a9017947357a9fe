package org.precinct.records.check;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The phonetic codes of words, computed by the database (fuzzystrmatch) so that a search compares them with the
 * stored codes computed by the very same functions. Names recur, so codes are remembered; the memory is emptied
 * when it holds {@value #MAX_REMEMBERED} words.
 */
@Component
class PhoneticCodes {

    static final int MAX_REMEMBERED = 50_000;

    /**
     * A word's codes.
     *
     * @param metaphone double metaphone, primary
     * @param metaphoneAlt double metaphone, alternate
     * @param soundex soundex
     */
    record Codes(String metaphone, String metaphoneAlt, String soundex) {

        Set<String> metaphones() {
            return metaphone.equals(metaphoneAlt) ? Set.of(metaphone) : Set.of(metaphone, metaphoneAlt);
        }
    }

    private final JdbcClient jdbc;
    private final Map<String, Codes> remembered = new ConcurrentHashMap<>();

    PhoneticCodes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The codes of each word (in search form: lower-case letters). */
    Map<String, Codes> of(Set<String> words) {
        Map<String, Codes> codes = new HashMap<>();
        List<String> missing = words.stream()
                .filter(word -> {
                    Codes known = remembered.get(word);
                    if (known != null) {
                        codes.put(word, known);
                    }
                    return known == null;
                })
                .toList();
        if (!missing.isEmpty()) {
            jdbc.sql("""
                            select w, coalesce(dmetaphone(w), ''), coalesce(dmetaphone_alt(w), ''),
                                   coalesce(soundex(w), '')
                            from unnest(cast(:words as text[])) w
                            """)
                    .param("words", missing.toArray(String[]::new))
                    .query((rs, row) -> {
                        Codes computed = new Codes(rs.getString(2), rs.getString(3), rs.getString(4));
                        codes.put(rs.getString(1), computed);
                        return computed;
                    })
                    .list();
            if (remembered.size() > MAX_REMEMBERED) {
                remembered.clear();
            }
            missing.forEach(word -> {
                Codes computed = codes.get(word);
                if (computed != null) {
                    remembered.put(word, computed);
                }
            });
        }
        return codes;
    }
}
