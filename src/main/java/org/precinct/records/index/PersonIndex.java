package org.precinct.records.index;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.precinct.records.MasterPersonDetails;
import org.precinct.records.MasterPersonMark;
import org.precinct.records.MasterPersonName;
import org.precinct.records.MasterRecordKind;
import org.precinct.records.MasterRecordMatch;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The person index in the database: the records, their names in search form, and the queries that read a record
 * with everything merged into it. Callers hold the transaction.
 */
@Repository
public class PersonIndex {

    /** The records of a merge group: a live record and every record merged into it, directly or not. */
    static final String GROUP = """
            with recursive grp(id) as (
                select cast(:root as bigint)
                union all
                select p.id from records.master_person p join grp on p.merged_into = grp.id
            )
            """;

    private final JdbcClient jdbc;
    private final Clock clock;

    PersonIndex(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Saves checked details as a new live record, with its names in search form. */
    public long insert(MasterPersonDetails details) {
        Timestamp now = Timestamp.from(clock.instant());
        MasterPersonName name = details.name();
        long id = jdbc.sql("""
                        insert into records.master_person (last_name, first_name, middle_name, date_of_birth, sex,
                            race, height_inches, weight_pounds, hair, eyes, licence_number, licence_state,
                            licence_key, created_at, updated_at)
                        values (:last, :first, :middle, :dob, :sex, :race, :height, :weight, :hair, :eyes,
                            :licence, :state, :licenceKey, :now, :now)
                        returning id
                        """)
                .param("last", name.lastName())
                .param("first", name.firstName())
                .param("middle", name.middleName())
                .param("dob", details.dateOfBirth())
                .param("sex", upper(details.sex()))
                .param("race", upper(details.race()))
                .param("height", details.heightInches())
                .param("weight", details.weightPounds())
                .param("hair", upper(details.hair()))
                .param("eyes", upper(details.eyes()))
                .param("licence", blankToNull(details.licenceNumber()))
                .param("state", upper(details.licenceState()))
                .param(
                        "licenceKey",
                        blankToNull(details.licenceNumber()) == null
                                ? null
                                : MasterRecordProblems.licenceKey(details.licenceNumber()))
                .param("now", now)
                .query(Long.class)
                .single();
        for (MasterPersonName alias : details.aliases()) {
            jdbc.sql("""
                            insert into records.person_alias (person_id, last_name, first_name, middle_name)
                            values (:person, :last, :first, :middle)
                            """)
                    .param("person", id)
                    .param("last", alias.lastName())
                    .param("first", alias.firstName())
                    .param("middle", alias.middleName())
                    .update();
        }
        for (MasterPersonMark mark : details.marks()) {
            jdbc.sql("""
                            insert into records.person_mark (person_id, kind, location, description)
                            values (:person, :kind, :location, :description)
                            """)
                    .param("person", id)
                    .param("kind", upper(mark.kind()))
                    .param("location", blankToNull(mark.location()))
                    .param("description", mark.description().strip())
                    .update();
        }
        LocalDate today = LocalDate.now(clock);
        for (String address : details.addresses()) {
            jdbc.sql("""
                            insert into records.person_address (person_id, address, address_key, recorded_on)
                            values (:person, :address, :key, :today)
                            """)
                    .param("person", id)
                    .param("address", address.strip())
                    .param("key", addressKey(address))
                    .param("today", today)
                    .update();
        }
        for (String phone : details.phones()) {
            jdbc.sql("""
                            insert into records.person_phone (person_id, digits, kind)
                            values (:person, :digits, 'PHONE')
                            """)
                    .param("person", id)
                    .param("digits", MasterRecordProblems.phoneDigits(phone))
                    .update();
        }
        rebuildSearchNames(id);
        return id;
    }

    /** An address as a search key: lower case, single spaces, no punctuation. */
    public static String addressKey(String address) {
        return address.toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9 ]", " ")
                .replaceAll("\\s+", " ")
                .strip();
    }

    /**
     * Writes again the search names of a live record: its own names and aliases and those of every record merged
     * into it, all found as this record.
     */
    public void rebuildSearchNames(long root) {
        jdbc.sql("delete from records.person_search_name where person_id = :root")
                .param("root", root)
                .update();
        Boolean sealed = jdbc.sql("select sealed from records.master_person where id = :root")
                .param("root", root)
                .query(Boolean.class)
                .single();
        record Named(String source, String last, String first, String middle, LocalDate dob) {}
        List<Named> names = jdbc.sql(GROUP + """
                        select 'NAME' as source, p.last_name, p.first_name, p.middle_name, p.date_of_birth
                        from records.master_person p join grp on grp.id = p.id
                        union all
                        select 'ALIAS', a.last_name, a.first_name, a.middle_name, p.date_of_birth
                        from records.person_alias a join records.master_person p on p.id = a.person_id
                            join grp on grp.id = p.id
                        """)
                .param("root", root)
                .query((rs, row) -> new Named(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getObject(5, LocalDate.class)))
                .list();
        for (Named named : names) {
            for (PersonNameKeys.SearchName searchName : PersonNameKeys.searchNames(
                    PersonNameKeys.Source.valueOf(named.source()), named.last(), named.first(), named.middle())) {
                jdbc.sql("""
                                insert into records.person_search_name (person_id, source, last_norm, first_norm,
                                    middle_norm, date_of_birth, sealed)
                                values (:person, :source, :last, :first, :middle, :dob, :sealed)
                                """)
                        .param("person", root)
                        .param("source", searchName.source().name())
                        .param("last", searchName.last())
                        .param("first", searchName.first())
                        .param("middle", searchName.middle())
                        .param("dob", named.dob())
                        .param("sealed", sealed)
                        .update();
            }
        }
    }

    /** The live record a record belongs to: itself, or the one it was merged into, followed to the end. */
    public Optional<Long> liveRecordOf(long id) {
        return jdbc.sql("""
                        with recursive up(id, merged_into, depth) as (
                            select id, merged_into, 0 from records.master_person where id = :id
                            union all
                            select p.id, p.merged_into, up.depth + 1
                            from records.master_person p join up on p.id = up.merged_into
                        )
                        select id from up where merged_into is null
                        """).param("id", id).query(Long.class).optional();
    }

    /**
     * Live records that may be the same person: the same date of birth and a name that sounds the same (the given
     * name may be a nickname of the other), or the same licence number and state.
     */
    public List<MasterRecordMatch> possibleDuplicates(MasterPersonDetails details, long except) {
        List<MasterRecordMatch> matches = new ArrayList<>();
        if (details.dateOfBirth() != null) {
            String last = PersonNameKeys.normalize(details.name().lastName());
            String first = PersonNameKeys.normalize(details.name().firstName());
            String[] variants = GivenNameVariants.standard().of(first).toArray(String[]::new);
            jdbc.sql("""
                            select distinct p.id, p.last_name, p.first_name, p.date_of_birth
                            from records.person_search_name n join records.master_person p on p.id = n.person_id
                            where n.date_of_birth = :dob and n.person_id <> :except and n.source <> 'PART'
                              and (n.last_norm = :last or n.last_dm = dmetaphone(:last))
                              and (:first = '' or n.first_norm = '' or n.first_norm = any(cast(:variants as text[]))
                                   or n.first_dm = dmetaphone(:first))
                            order by p.id
                            limit 10
                            """)
                    .param("dob", details.dateOfBirth())
                    .param("except", except)
                    .param("last", last)
                    .param("first", first)
                    .param("variants", variants)
                    .query((rs, row) -> match(rs, "NAME_AND_BIRTH_DATE"))
                    .list()
                    .forEach(matches::add);
        }
        if (details.licenceNumber() != null && !details.licenceNumber().isBlank()) {
            jdbc
                    .sql("""
                            select id, last_name, first_name, date_of_birth from records.master_person
                            where licence_key = :key and licence_state = :state and merged_into is null
                              and id <> :except
                            order by id
                            limit 10
                            """)
                    .param("key", MasterRecordProblems.licenceKey(details.licenceNumber()))
                    .param("state", upper(details.licenceState()))
                    .param("except", except)
                    .query((rs, row) -> match(rs, "LICENCE"))
                    .list()
                    .stream()
                    .filter(found -> matches.stream().noneMatch(m -> m.id() == found.id()))
                    .forEach(matches::add);
        }
        return matches;
    }

    private static MasterRecordMatch match(ResultSet rs, String reason) throws SQLException {
        LocalDate dob = rs.getObject("date_of_birth", LocalDate.class);
        String first = rs.getString("first_name");
        String label = rs.getString("last_name").toUpperCase(Locale.ROOT)
                + (first == null ? "" : ", " + first)
                + (dob == null ? "" : " " + dob);
        return new MasterRecordMatch(MasterRecordKind.PERSON, rs.getLong("id"), label, reason);
    }

    /** The record as staff read it, with everything on the records merged into it. */
    public Optional<PersonView> find(long id) {
        record Core(
                long id,
                String last,
                String first,
                String middle,
                LocalDate dob,
                String sex,
                String race,
                Integer height,
                Integer weight,
                String hair,
                String eyes,
                String licence,
                String state,
                boolean sealed,
                Long mergedInto) {}
        Optional<Core> found = jdbc.sql("""
                        select id, last_name, first_name, middle_name, date_of_birth, sex, race, height_inches,
                               weight_pounds, hair, eyes, licence_number, licence_state, sealed, merged_into
                        from records.master_person where id = :id
                        """)
                .param("id", id)
                .query((rs, row) -> new Core(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getObject(5, LocalDate.class),
                        rs.getString(6),
                        rs.getString(7),
                        (Integer) rs.getObject(8, Integer.class),
                        (Integer) rs.getObject(9, Integer.class),
                        rs.getString(10),
                        rs.getString(11),
                        rs.getString(12),
                        rs.getString(13),
                        rs.getBoolean(14),
                        (Long) rs.getObject(15, Long.class)))
                .optional();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Core core = found.get();
        // A merged record shows only itself; a live one shows its whole group.
        long root = core.id();
        String scope = core.mergedInto() == null ? GROUP : "with grp(id) as (select cast(:root as bigint))\n";
        List<PersonView.Name> aliases = jdbc.sql(scope + """
                        select a.person_id, a.last_name, a.first_name, a.middle_name
                        from records.person_alias a join grp on grp.id = a.person_id
                        union all
                        select p.id, p.last_name, p.first_name, p.middle_name
                        from records.master_person p join grp on grp.id = p.id where p.id <> :root
                        """)
                .param("root", root)
                .query((rs, row) ->
                        new PersonView.Name(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
        List<PersonView.Mark> marks = jdbc.sql(scope + """
                        select kind, location, description from records.person_mark m join grp on grp.id = m.person_id
                        order by m.id
                        """)
                .param("root", root)
                .query((rs, row) -> new PersonView.Mark(rs.getString(1), rs.getString(2), rs.getString(3)))
                .list();
        List<String> addresses =
                jdbc.sql(scope + """
                        select address from records.person_address a join grp on grp.id = a.person_id
                        order by a.recorded_on desc nulls last, a.id desc
                        """).param("root", root).query(String.class).list();
        List<String> phones =
                jdbc.sql(scope + """
                        select digits from records.person_phone f join grp on grp.id = f.person_id order by f.id
                        """).param("root", root).query(String.class).list();
        List<PersonView.Caution> cautions = jdbc.sql(scope + """
                        select c.id, c.kind, c.note, c.recorded_at, c.recorded_by, c.ended_at
                        from records.person_caution c join grp on grp.id = c.person_id
                        order by c.ended_at nulls first, c.recorded_at desc
                        """)
                .param("root", root)
                .query((rs, row) -> new PersonView.Caution(
                        rs.getLong(1),
                        CautionKind.valueOf(rs.getString(2)),
                        rs.getString(3),
                        rs.getTimestamp(4).toInstant(),
                        rs.getString(5),
                        instant(rs.getTimestamp(6))))
                .list();
        List<PersonView.Photo> photos = jdbc.sql(scope + """
                        select s.id, s.taken_on from records.mug_shot s join grp on grp.id = s.person_id
                        order by s.taken_on desc, s.id desc
                        """)
                .param("root", root)
                .query((rs, row) -> new PersonView.Photo(rs.getLong(1), rs.getObject(2, LocalDate.class)))
                .list();
        List<PersonView.Involvement> involvements = jdbc.sql("""
                        select id, report_number, role, occurred_on from records.involvement
                        where record_kind = 'PERSON' and record_id = :id
                        order by occurred_on desc, id desc
                        """)
                .param("id", root)
                .query((rs, row) -> new PersonView.Involvement(
                        rs.getLong(1), rs.getString(2), rs.getString(3), rs.getObject(4, LocalDate.class)))
                .list();
        List<PersonView.Merge> merges = merges(MasterRecordKind.PERSON, root);
        Integer age = core.dob() == null
                ? null
                : Period.between(core.dob(), LocalDate.now(clock)).getYears();
        return Optional.of(new PersonView(
                core.id(),
                core.last(),
                core.first(),
                core.middle(),
                core.dob(),
                age,
                core.sex(),
                core.race(),
                core.height(),
                core.weight(),
                core.hair(),
                core.eyes(),
                core.licence(),
                core.state(),
                core.sealed(),
                core.mergedInto(),
                aliases,
                marks,
                addresses,
                phones,
                cautions,
                photos,
                involvements,
                merges));
    }

    /** The merges into a record, newest first. */
    List<PersonView.Merge> merges(MasterRecordKind kind, long survivor) {
        return jdbc.sql("""
                        select id, merged_id, reason, merged_at, merged_by, undone_at, undone_by
                        from records.master_merge where record_kind = :kind and survivor_id = :id
                        order by merged_at desc, id desc
                        """)
                .param("kind", kind.name())
                .param("id", survivor)
                .query((rs, row) -> new PersonView.Merge(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getTimestamp(4).toInstant(),
                        rs.getString(5),
                        instant(rs.getTimestamp(6)),
                        rs.getString(7)))
                .list();
    }

    public long addCaution(long person, CautionKind kind, String note, String by) {
        return jdbc.sql("""
                        insert into records.person_caution (person_id, kind, note, recorded_at, recorded_by)
                        values (:person, :kind, :note, :now, :by) returning id
                        """)
                .param("person", person)
                .param("kind", kind.name())
                .param("note", blankToNull(note))
                .param("now", Timestamp.from(clock.instant()))
                .param("by", by)
                .query(Long.class)
                .single();
    }

    /** Ends an active caution of the record's group; false when there was none such. */
    public boolean endCaution(long person, long caution, String by) {
        return jdbc.sql(GROUP + """
                        update records.person_caution set ended_at = :now, ended_by = :by
                        where id = :caution and ended_at is null and person_id in (select id from grp)
                        """)
                        .param("root", person)
                        .param("caution", caution)
                        .param("now", Timestamp.from(clock.instant()))
                        .param("by", by)
                        .update()
                > 0;
    }

    public long addMugShot(long person, LocalDate takenOn, String mediaType, byte[] content, String sha256, String by) {
        return jdbc.sql("""
                        insert into records.mug_shot (person_id, taken_on, media_type, content, sha256, added_at,
                            added_by)
                        values (:person, :taken, :type, :content, :sha, :now, :by) returning id
                        """)
                .param("person", person)
                .param("taken", takenOn)
                .param("type", mediaType)
                .param("content", content)
                .param("sha", sha256)
                .param("now", Timestamp.from(clock.instant()))
                .param("by", by)
                .query(Long.class)
                .single();
    }

    /** A mug shot's bytes and type, and the person it is of. */
    public record MugShot(long personId, String mediaType, byte[] content) {}

    public Optional<MugShot> mugShot(long id) {
        return jdbc.sql("select person_id, media_type, content from records.mug_shot where id = :id")
                .param("id", id)
                .query((rs, row) -> new MugShot(rs.getLong(1), rs.getString(2), rs.getBytes(3)))
                .optional();
    }

    /** Seals or unseals a live record and its search names. */
    public void seal(long person, boolean sealed) {
        jdbc.sql("update records.master_person set sealed = :sealed, updated_at = :now, version = version + 1"
                        + " where id = :id")
                .param("sealed", sealed)
                .param("now", Timestamp.from(clock.instant()))
                .param("id", person)
                .update();
        jdbc.sql("update records.person_search_name set sealed = :sealed where person_id = :id")
                .param("sealed", sealed)
                .param("id", person)
                .update();
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    static String upper(String value) {
        return value == null || value.isBlank() ? null : value.strip().toUpperCase(Locale.ROOT);
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
