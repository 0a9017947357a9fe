package org.precinct.records.check;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.precinct.audit.AuditAction;
import org.precinct.audit.AuditTrail;
import org.precinct.records.MasterRecordKind;
import org.precinct.records.index.MasterMerges;
import org.precinct.records.index.RecordsStaff;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The record check: reads what the officer typed every way it can be read, searches the master indexes for each,
 * asks the state's files when the text names a licence or a person with a date of birth, and keeps the check with
 * its reason in the check log and the audit trail. Sealed records and juveniles exist only for records staff.
 */
@Service
public class RecordChecks {

    /** The audit trail's name for a logged check. */
    public static final String OBJECT_TYPE = "record-check";

    private static final String PERSON_RESTRICTIONS = """
              and p.merged_into is null
              and (:restricted or (not p.sealed and (p.date_of_birth is null or p.date_of_birth <= :adultsBornBy)))
            """;

    private final PersonNameSearch names;
    private final ItemSearch items;
    private final StateRecordsLookup state;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    RecordChecks(
            PersonNameSearch names,
            ItemSearch items,
            StateRecordsLookup state,
            JdbcClient jdbc,
            AuditTrail audit,
            Clock clock) {
        this.names = names;
        this.items = items;
        this.state = state;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Runs a check for the staff member and logs it.
     *
     * @throws RecordCheckInvalidException when the request is incomplete or impossible; nothing is logged
     */
    public RecordCheckResult check(RecordCheckRequest request, RecordsStaff staff) {
        Map<String, String> problems = request.problems(clock);
        if (!problems.isEmpty()) {
            throw new RecordCheckInvalidException(problems);
        }
        RecordCheckInput input = RecordCheckInput.read(request.query());
        SearchScope scope = scope(request, input, staff);
        List<PersonMatch> persons = new ArrayList<>(names.search(input.names(), scope, request.limit()));
        List<PersonMatch> byNumber = byIdentifier(input, scope, request.limit());
        for (PersonMatch match : byNumber) {
            if (persons.stream().noneMatch(found -> found.id() == match.id())) {
                persons.add(0, match);
            }
        }
        List<PersonMatch> shown = persons.stream().limit(request.limit()).toList();
        List<ItemMatch> things = items.search(input, request.limit());
        StateLookupAnswer stateAnswer = askState(input, scope);
        String kind = kind(input);
        long checkId =
                log(kind, request.query().strip(), request.reason().strip(), shown.size() + things.size(), staff);
        return new RecordCheckResult(checkId, shown, things, stateAnswer, input.searchesNothing());
    }

    /**
     * The mug shot search: persons who fit every descriptor given, those with a photo first.
     *
     * @throws RecordCheckInvalidException when no descriptor is given or one is impossible
     */
    public RecordCheckResult descriptors(DescriptorQuery query, RecordsStaff staff) {
        Map<String, String> problems = query.problems();
        if (!problems.isEmpty()) {
            throw new RecordCheckInvalidException(problems);
        }
        LocalDate today = LocalDate.now(clock);
        String mark = query.markText() == null || query.markText().isBlank()
                ? null
                : "%"
                        + query.markText()
                                .strip()
                                .toLowerCase(Locale.ROOT)
                                .replace("%", "")
                                .replace("_", "") + "%";
        List<Long> ids = jdbc.sql("""
                        select p.id from records.master_person p
                        where (cast(:sex as text) is null or p.sex = :sex)
                          and (cast(:race as text) is null or p.race = :race)
                          and (cast(:bornFrom as date) is null or p.date_of_birth >= :bornFrom)
                          and (cast(:bornTo as date) is null or p.date_of_birth <= :bornTo)
                          and (cast(:heightFrom as integer) is null or p.height_inches >= :heightFrom)
                          and (cast(:heightTo as integer) is null or p.height_inches <= :heightTo)
                          and (cast(:weightFrom as integer) is null or p.weight_pounds >= :weightFrom)
                          and (cast(:weightTo as integer) is null or p.weight_pounds <= :weightTo)
                          and (cast(:hair as text) is null or p.hair = :hair)
                          and (cast(:eyes as text) is null or p.eyes = :eyes)
                          and (cast(:mark as text) is null or exists (
                                select 1 from records.person_mark m
                                where m.person_id = p.id and lower(m.description) like :mark))
                        """ + PERSON_RESTRICTIONS + """
                        order by exists (select 1 from records.mug_shot s where s.person_id = p.id) desc,
                                 p.last_name, p.first_name, p.id
                        limit 50
                        """)
                .param("sex", upper(query.sex()))
                .param("race", upper(query.race()))
                .param(
                        "bornFrom",
                        query.ageTo() == null
                                ? null
                                : today.minusYears(query.ageTo() + 1L).plusDays(1))
                .param("bornTo", query.ageFrom() == null ? null : today.minusYears(query.ageFrom()))
                .param("heightFrom", query.heightFrom())
                .param("heightTo", query.heightTo())
                .param("weightFrom", query.weightFrom())
                .param("weightTo", query.weightTo())
                .param("hair", upper(query.hair()))
                .param("eyes", upper(query.eyes()))
                .param("mark", mark)
                .param("restricted", staff.seesRestricted())
                .param("adultsBornBy", today.minusYears(18))
                .query(Long.class)
                .list();
        List<PersonMatch> persons = names.describe(ids, Map.of(), Map.of());
        long checkId = log("DESCRIPTORS", query.summary(), query.reason().strip(), persons.size(), staff);
        return new RecordCheckResult(checkId, persons, List.of(), null, false);
    }

    /**
     * Records that a staff member opened a record, with the reason: the one given for the check it was found by,
     * or one given for opening it.
     */
    public void recordView(MasterRecordKind kind, long id, String reason, RecordsStaff staff) {
        log("VIEW_" + kind.name(), Long.toString(id), reason, 1, staff);
        audit.success(AuditAction.VIEW, MasterMerges.objectType(kind), id);
    }

    /** The reason given for a check by the same staff member, or {@code null} for another's or an unknown check. */
    public String reasonOf(long checkId, RecordsStaff staff) {
        return jdbc.sql("select reason from records.record_check where id = :id and username = :username")
                .param("id", checkId)
                .param("username", staff.username())
                .query(String.class)
                .optional()
                .orElse(null);
    }

    private long log(String kind, String query, String reason, int results, RecordsStaff staff) {
        long id = jdbc.sql("""
                        insert into records.record_check (checked_at, username, dsn, kind, query, reason, results)
                        values (:now, :username, :dsn, :kind, :query, :reason, :results) returning id
                        """)
                .param("now", Timestamp.from(clock.instant()))
                .param("username", staff.username())
                .param("dsn", staff.dsn())
                .param("kind", kind)
                .param("query", query.length() > 200 ? query.substring(0, 200) : query)
                .param("reason", reason.length() > 200 ? reason.substring(0, 200) : reason)
                .param("results", results)
                .query(Long.class)
                .single();
        audit.success(AuditAction.SEARCH, OBJECT_TYPE, id);
        return id;
    }

    private SearchScope scope(RecordCheckRequest request, RecordCheckInput input, RecordsStaff staff) {
        LocalDate today = LocalDate.now(clock);
        LocalDate dob = request.dateOfBirth() != null ? request.dateOfBirth() : input.dateOfBirth();
        LocalDate bornFrom = request.ageTo() == null
                ? null
                : today.minusYears(request.ageTo() + 1L).plusDays(1);
        LocalDate bornTo = request.ageFrom() == null ? null : today.minusYears(request.ageFrom());
        return new SearchScope(dob, bornFrom, bornTo, staff.seesRestricted(), today.minusYears(18));
    }

    /** Persons by licence number, phone or address: exact identifiers, shown before name matches. */
    private List<PersonMatch> byIdentifier(RecordCheckInput input, SearchScope scope, int limit) {
        Map<Long, String> matched = new LinkedHashMap<>();
        if (input.number() != null) {
            person("""
                            select p.id from records.master_person p where p.licence_key = :value
                            """, input.number(), scope, limit, "records.check.matched.licence", matched);
        }
        if (input.phone() != null) {
            person("""
                            select p.id from records.person_phone f
                            join records.master_person p on p.id = f.person_id where f.digits = :value
                            """, input.phone(), scope, limit, "records.check.matched.phone", matched);
        }
        if (input.address() != null) {
            person("""
                            select p.id from records.person_address a
                            join records.master_person p on p.id = a.person_id where a.address_key like :value
                            """, "%" + input.address() + "%", scope, limit, "records.check.matched.address", matched);
        }
        Map<Long, Double> scores = new HashMap<>();
        matched.keySet().forEach(id -> scores.put(id, 1.0));
        return names.describe(List.copyOf(matched.keySet()), scores, Map.of());
    }

    private void person(
            String select, String value, SearchScope scope, int limit, String matchedOn, Map<Long, String> matched) {
        jdbc.sql(select + PERSON_RESTRICTIONS + " limit :limit")
                .param("value", value)
                .param("restricted", scope.seesRestricted())
                .param("adultsBornBy", scope.adultsBornBy())
                .param("limit", limit)
                .query(Long.class)
                .list()
                .forEach(id -> matched.putIfAbsent(id, matchedOn));
    }

    private StateLookupAnswer askState(RecordCheckInput input, SearchScope scope) {
        try {
            if (input.number() != null && input.names().isEmpty() && input.plate() == null) {
                return state.byLicence(input.number(), null);
            }
            if (!input.names().isEmpty() && scope.dateOfBirth() != null) {
                NameQuery first = input.names().get(0);
                return state.byNameAndBirthDate(first.last(), first.first(), scope.dateOfBirth());
            }
            return null;
        } catch (RuntimeException e) {
            // The contract says an adapter never throws; one that does must not cost the officer the local answer.
            return StateLookupAnswer.unavailable("state", false);
        }
    }

    private static String kind(RecordCheckInput input) {
        if (!input.names().isEmpty()) {
            return "NAME";
        }
        if (input.plate() != null || input.platePattern() != null) {
            return "PLATE";
        }
        if (input.vin() != null || input.vinTail() != null) {
            return "VIN";
        }
        if (input.phone() != null) {
            return "PHONE";
        }
        if (input.address() != null) {
            return "ADDRESS";
        }
        return "NUMBER";
    }

    private static String upper(String value) {
        return value == null || value.isBlank() ? null : value.strip().toUpperCase(Locale.ROOT);
    }
}
