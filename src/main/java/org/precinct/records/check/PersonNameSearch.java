package org.precinct.records.check;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.precinct.records.index.CautionKind;
import org.precinct.records.index.GivenNameVariants;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Finds persons by a name spelled any way, best matches first, in two steps: the database gathers candidates
 * through its indexes of name keys (the surname's phonetic codes, soundex, first and last three letters, each with
 * the given name's phonetic code or any of its nicknames', and the exact surname with the given name's soundex or
 * last letters), then {@link NameMatchScore} ranks them. A date of birth gathers everyone born that day instead, so
 * that any spelling of the name is found.
 */
@Component
class PersonNameSearch {

    /** The most candidates one search ranks: more means a name so common that only a date of birth helps. */
    static final int MAX_CANDIDATES = 3_000;

    private static final String RESTRICTIONS = """
              and (:restricted or (not n.sealed and (n.date_of_birth is null or n.date_of_birth <= :adultsBornBy)))
              and (cast(:bornFrom as date) is null or n.date_of_birth >= :bornFrom)
              and (cast(:bornTo as date) is null or n.date_of_birth <= :bornTo)
            """;

    private static final String COLUMNS = """
            select n.person_id, n.source, n.last_norm, n.first_norm, n.middle_norm, n.last_dm, n.last_dm_alt,
                   n.first_dm
            from records.person_search_name n
            """;

    /**
     * One index-only scan per key, their rows put together without repeats: an OR of the keys would make the
     * database fetch each candidate's table row, one scattered page each.
     */
    private static final String BY_KEYS = String.join(
                    "union\n",
                    List.of(
                                    COLUMNS + "where n.last_dm = any(:lastDm) and n.first_dm = any(:firstDm)\n",
                                    COLUMNS + "where n.last_dm_alt = any(:lastDm) and n.first_dm = any(:firstDm)\n",
                                    COLUMNS + "where n.last_sx = any(:lastSx) and n.first_dm = any(:firstDm)\n",
                                    COLUMNS + "where n.last_head = any(:lastHead) and n.first_dm = any(:firstDm)\n",
                                    COLUMNS + "where n.last_tail = any(:lastTail) and n.first_dm = any(:firstDm)\n",
                                    COLUMNS + "where n.last_norm = any(:lastNorm) and n.first_sx = any(:firstSx)\n",
                                    COLUMNS + "where n.last_norm = any(:lastNorm) and n.first_tail = any(:firstTail)\n",
                                    COLUMNS
                                            + "where n.last_norm = any(:initialLast) and left(n.first_norm, 1) = any(:initials)\n",
                                    COLUMNS + "where n.last_norm = any(:soloNorm)\n",
                                    COLUMNS + "where n.last_dm = any(:soloDm)\n")
                            .stream()
                            .map(arm -> arm + RESTRICTIONS)
                            .toList())
            + "limit " + MAX_CANDIDATES;

    private static final String BY_BIRTH_DATE =
            COLUMNS + "where n.date_of_birth = :dob\n" + RESTRICTIONS + "limit " + MAX_CANDIDATES;

    private final JdbcClient jdbc;
    private final PhoneticCodes phonetic;
    private final GivenNameVariants variants;
    private final NameMatchScore scoring;
    private final Clock clock;

    PersonNameSearch(JdbcClient jdbc, PhoneticCodes phonetic, Clock clock) {
        this.jdbc = jdbc;
        this.phonetic = phonetic;
        this.variants = GivenNameVariants.standard();
        this.scoring = new NameMatchScore(variants);
        this.clock = clock;
    }

    /** The persons whose names match one of the readings, best first, at most {@code limit}. */
    List<PersonMatch> search(List<NameQuery> readings, SearchScope scope, int limit) {
        if (readings.isEmpty()) {
            return List.of();
        }
        Set<String> words = new LinkedHashSet<>();
        Map<NameQuery, Set<String>> firstForms = new HashMap<>();
        for (NameQuery reading : readings) {
            words.add(reading.last());
            Set<String> forms = reading.first().isEmpty() ? Set.of() : variants.of(reading.first());
            firstForms.put(reading, forms);
            words.addAll(forms);
        }
        Map<String, PhoneticCodes.Codes> codes = phonetic.of(words);
        Map<NameQuery, NameMatchScore.QueryCodes> queryCodes = new HashMap<>();
        Keys keys = new Keys();
        for (NameQuery reading : readings) {
            PhoneticCodes.Codes last = codes.get(reading.last());
            Set<String> firstCodes = new LinkedHashSet<>();
            Set<String> firstSoundex = new LinkedHashSet<>();
            for (String form : firstForms.get(reading)) {
                PhoneticCodes.Codes code = codes.get(form);
                if (code != null && !code.metaphone().isEmpty()) {
                    firstCodes.add(code.metaphone());
                }
                if (code != null && !code.soundex().isEmpty()) {
                    firstSoundex.add(code.soundex());
                }
            }
            queryCodes.put(reading, new NameMatchScore.QueryCodes(last.metaphones(), firstCodes));
            keys.add(reading, last, firstForms.get(reading), firstCodes, firstSoundex);
        }
        List<Row> rows = scope.dateOfBirth() != null
                ? restricted(jdbc.sql(BY_BIRTH_DATE).param("dob", scope.dateOfBirth()), scope)
                        .query(PersonNameSearch::row)
                        .list()
                : restricted(keys.bind(jdbc.sql(BY_KEYS)), scope)
                        .query(PersonNameSearch::row)
                        .list();
        Map<Long, Scored> best = new HashMap<>();
        for (Row row : rows) {
            for (NameQuery reading : readings) {
                double score = scoring.score(reading, queryCodes.get(reading), row.candidate());
                if (score >= NameMatchScore.THRESHOLD) {
                    Scored current = best.get(row.personId());
                    if (current == null || score > current.score()) {
                        best.put(row.personId(), new Scored(row, score));
                    }
                }
            }
        }
        List<Scored> ranked = best.values().stream()
                .sorted(Comparator.comparingDouble(Scored::score)
                        .reversed()
                        .thenComparing(scored -> scored.row().candidate().last())
                        .thenComparing(scored -> scored.row().candidate().first())
                        .thenComparingLong(scored -> scored.row().personId()))
                .limit(limit)
                .toList();
        Map<Long, Double> scores = new HashMap<>();
        Map<Long, String> matchedNames = new HashMap<>();
        for (Scored scored : ranked) {
            NameMatchScore.Candidate candidate = scored.row().candidate();
            scores.put(scored.row().personId(), scored.score());
            if (!"NAME".equals(candidate.source())) {
                matchedNames.put(
                        scored.row().personId(),
                        candidate.last() + (candidate.first().isEmpty() ? "" : ", " + candidate.first()));
            }
        }
        return describe(ranked.stream().map(scored -> scored.row().personId()).toList(), scores, matchedNames);
    }

    private JdbcClient.StatementSpec restricted(JdbcClient.StatementSpec statement, SearchScope scope) {
        return statement
                .param("restricted", scope.seesRestricted())
                .param("adultsBornBy", scope.adultsBornBy())
                .param("bornFrom", scope.bornFrom())
                .param("bornTo", scope.bornTo());
    }

    /**
     * The records of the persons, in the order given, with their active cautions and latest mug shot.
     *
     * @param scores each person's score
     * @param matchedNames the stored name that matched, for persons found by another name than their own
     */
    List<PersonMatch> describe(List<Long> ids, Map<Long, Double> scores, Map<Long, String> matchedNames) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, PersonMatch> byId = new HashMap<>();
        LocalDate today = LocalDate.now(clock);
        jdbc.sql("""
                        with recursive grp(root, id) as (
                            select id, id from unnest(cast(:ids as bigint[])) id
                            union all
                            select grp.root, p.id from records.master_person p join grp on p.merged_into = grp.id
                        )
                        select p.id, p.last_name, p.first_name, p.middle_name, p.date_of_birth, p.sex, p.race,
                               p.height_inches, p.weight_pounds,
                               (select array_agg(distinct c.kind) from records.person_caution c
                                 where c.ended_at is null and c.person_id in (select id from grp where root = p.id))
                                   as cautions,
                               (select s.id from records.mug_shot s
                                 where s.person_id in (select id from grp where root = p.id)
                                 order by s.taken_on desc, s.id desc limit 1) as photo
                        from records.master_person p where p.id = any(cast(:ids as bigint[]))
                        """)
                .param("ids", ids.toArray(Long[]::new))
                .query((rs, index) -> {
                    long id = rs.getLong("id");
                    LocalDate dob = rs.getObject("date_of_birth", LocalDate.class);
                    String lastName = rs.getString("last_name");
                    String firstName = rs.getString("first_name");
                    PersonMatch match = new PersonMatch(
                            id,
                            lastName,
                            firstName,
                            rs.getString("middle_name"),
                            dob,
                            dob == null ? null : Period.between(dob, today).getYears(),
                            rs.getString("sex"),
                            rs.getString("race"),
                            (Integer) rs.getObject("height_inches", Integer.class),
                            (Integer) rs.getObject("weight_pounds", Integer.class),
                            matchedNames.get(id),
                            scores.getOrDefault(id, 1.0),
                            cautions(rs.getArray("cautions")),
                            (Long) rs.getObject("photo", Long.class));
                    byId.put(id, match);
                    return match;
                })
                .list();
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    static List<CautionKind> cautions(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        String[] kinds = (String[]) array.getArray();
        return Arrays.stream(kinds).map(CautionKind::valueOf).sorted().toList();
    }

    private static Row row(ResultSet rs, int index) throws SQLException {
        String lastDm = nullToEmpty(rs.getString("last_dm"));
        String lastDmAlt = nullToEmpty(rs.getString("last_dm_alt"));
        return new Row(
                rs.getLong("person_id"),
                new NameMatchScore.Candidate(
                        rs.getString("source"),
                        rs.getString("last_norm"),
                        rs.getString("first_norm"),
                        rs.getString("middle_norm"),
                        lastDm.equals(lastDmAlt) ? Set.of(lastDm) : Set.of(lastDm, lastDmAlt),
                        nullToEmpty(rs.getString("first_dm"))));
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    private record Row(long personId, NameMatchScore.Candidate candidate) {}

    private record Scored(Row row, double score) {}

    /** The key values a search looks up, from every reading of the name. */
    private static final class Keys {
        final Set<String> lastDm = new LinkedHashSet<>();
        final Set<String> lastSx = new LinkedHashSet<>();
        final Set<String> lastHead = new LinkedHashSet<>();
        final Set<String> lastTail = new LinkedHashSet<>();
        final Set<String> lastNorm = new LinkedHashSet<>();
        final Set<String> firstDm = new LinkedHashSet<>();
        final Set<String> firstSx = new LinkedHashSet<>();
        final Set<String> firstTail = new LinkedHashSet<>();
        final Set<String> soloNorm = new LinkedHashSet<>();
        final Set<String> initialLast = new LinkedHashSet<>();
        final Set<String> initials = new LinkedHashSet<>();
        final Set<String> soloDm = new LinkedHashSet<>();

        void add(
                NameQuery reading,
                PhoneticCodes.Codes last,
                Set<String> firstForms,
                Set<String> firstCodes,
                Set<String> firstSoundex) {
            if (firstForms.isEmpty()) {
                // A surname alone: everyone of that surname, or one that sounds the same.
                soloNorm.add(reading.last());
                if (!last.metaphone().isEmpty()) {
                    soloDm.add(last.metaphone());
                }
                return;
            }
            if (reading.first().length() == 1) {
                // An initial only: the surname with every given name that begins so.
                initialLast.add(reading.last());
                initials.add(reading.first());
            }
            lastDm.addAll(last.metaphones());
            lastDm.remove("");
            if (!last.soundex().isEmpty()) {
                lastSx.add(last.soundex());
            }
            lastHead.add(reading.last().substring(0, Math.min(3, reading.last().length())));
            lastTail.add(reading.last().substring(Math.max(0, reading.last().length() - 3)));
            lastNorm.add(reading.last());
            firstDm.addAll(firstCodes);
            for (String form : firstForms) {
                firstTail.add(form.substring(Math.max(0, form.length() - 3)));
            }
            firstSx.addAll(firstSoundex);
        }

        JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement) {
            return statement
                    .param("lastDm", array(lastDm))
                    .param("lastSx", array(lastSx))
                    .param("lastHead", array(lastHead))
                    .param("lastTail", array(lastTail))
                    .param("lastNorm", array(lastNorm))
                    .param("firstDm", array(firstDm))
                    .param("firstSx", array(firstSx))
                    .param("firstTail", array(firstTail))
                    .param("soloNorm", array(soloNorm))
                    .param("initialLast", array(initialLast))
                    .param("initials", array(initials))
                    .param("soloDm", array(soloDm));
        }

        private static String[] array(Set<String> values) {
            return values.toArray(String[]::new);
        }
    }
}
