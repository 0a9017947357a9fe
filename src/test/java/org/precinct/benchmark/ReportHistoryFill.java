package org.precinct.benchmark;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Gives the database a year of reports before anything is measured: set-based inserts from
 * {@code generate_series}, a hundred thousand reports a statement, with the types in their usual mix, points of the
 * address index, times spread over the last year, mostly closed reports and some still open (the newer, the more
 * likely open), and each report's history as its steps would have written it. Only what is missing is added, so a
 * second run on the same data directory starts at once.
 */
final class ReportHistoryFill {

    private static final int CHUNK = 100_000;

    /** Status by age: the last week mostly open, the last month half closed, older ones almost all closed. */
    private static final String STATUS = """
            case
                when r.created_at > now() - interval '7 days' then
                    case when r.rs < 0.40 then 'RECEIVED' when r.rs < 0.65 then 'UNDER_REVIEW'
                         when r.rs < 0.70 then 'MORE_INFORMATION_NEEDED' when r.rs < 0.85 then 'APPROVED'
                         when r.rs < 0.95 then 'ASSIGNED' else 'REJECTED' end
                when r.created_at > now() - interval '30 days' then
                    case when r.rs < 0.05 then 'RECEIVED' when r.rs < 0.10 then 'UNDER_REVIEW'
                         when r.rs < 0.25 then 'APPROVED' when r.rs < 0.45 then 'ASSIGNED'
                         when r.rs < 0.50 then 'REJECTED' else 'CLOSED' end
                else
                    case when r.rs < 0.02 then 'APPROVED' when r.rs < 0.05 then 'ASSIGNED'
                         when r.rs < 0.12 then 'REJECTED' when r.rs < 0.15 then 'MERGED'
                         when r.rs < 0.20 then 'REFERRED' else 'CLOSED' end
            end""";

    private static final String INSERT_REPORTS = """
            with drawn as (
                select g, random() as rt, random() as rs, random() as rc, random() as ra, random() as rb,
                       random() as rp, random() as rd, random() as re, random() as rr,
                       now() - make_interval(secs => random() * 365 * 86400) as created_at
                from generate_series(?, ?) g
            ), r as (
                select d.*, t.code as type, t.priority, t.review_hours, t.stories,
                       case when d.rc < 0.55 and t.online then 'ONLINE' when d.rc < 0.95 then 'PHONE'
                            else 'OPEN311' end as channel
                from drawn d join fill_type t on d.rt >= t.lo and d.rt < t.hi
            ), s as (
                select r.*, %s as status,
                       case r.channel when 'ONLINE' then nextval('intake.online_tracking_serial')
                                      when 'PHONE' then nextval('intake.phone_tracking_serial')
                                      else nextval('intake.open311_tracking_serial') end as serial
                from r
            ), n as (
                select s.*, case when s.status in ('APPROVED', 'ASSIGNED', 'CLOSED')
                                 then nextval('intake.report_number_serial') end as report_serial
                from s
            )
            insert into intake.service_request (tracking_number, tracking_code_hash, channel, incident_type_code,
                status, priority, report_number, assignee, description, occurred_from, occurred_to, address,
                latitude, longitude, beat_code, jurisdiction_code, answers, reporter_name, reporter_email,
                reporter_phone, caller_phone, taken_by, idempotency_key, created_at, updated_at, review_due_at)
            select
                case n.channel when 'ONLINE' then 'W' when 'PHONE' then 'T' else 'C' end
                    || to_char(n.created_at at time zone 'America/Chicago', 'YY') || '-'
                    || lpad(n.serial::text, greatest(6, length(n.serial::text)), '0'),
                encode(sha256(convert_to('benchmark-code-' || n.g, 'UTF8')), 'hex'),
                n.channel, n.type, n.status, n.priority,
                to_char(n.created_at at time zone 'America/Chicago', 'YY') || '-'
                    || lpad(n.report_serial::text, greatest(6, length(n.report_serial::text)), '0'),
                case when n.status = 'ASSIGNED' or (n.status = 'CLOSED' and n.ra < 0.5)
                     then 'officer' || (1 + n.g %% 40) end,
                st.description,
                n.created_at - make_interval(mins => (n.rb * 4320)::int),
                case when n.rb < 0.4 then n.created_at - make_interval(mins => (n.rb * 1000)::int) end,
                case when n.re < 0.5 then p.address end, p.latitude, p.longitude, p.beat_code, p.jurisdiction_code,
                st.answers,
                case when n.rr < 0.9 then
                    (array['Dana','Luis','Maria','James','Aisha','Tom','Mei','Carlos','Grace','Peter'])[1 + n.g %% 10]
                    || ' ' || (array['Reyes','Schmidt','Garcia','Nguyen','Brown','Okafor','Miller','Lopez','Chen',
                                     'Davis'])[1 + (n.g / 10) %% 10] end,
                case when n.rr < 0.7 then 'resident' || n.g || '@example.org' end,
                case when n.rr >= 0.5 and n.rr < 0.9 then '(636) 555-' || lpad((n.g %% 10000)::text, 4, '0') end,
                case when n.channel = 'PHONE' then '(636) 555-' || lpad((n.g %% 9973)::text, 4, '0') end,
                case when n.channel = 'PHONE' then 'clerk' end,
                case when n.channel = 'ONLINE' then md5('benchmark-' || n.g) end,
                n.created_at,
                case when n.status = 'RECEIVED' then n.created_at
                     else least(n.created_at + make_interval(hours => (n.ra * 480)::int), now()) end,
                n.created_at + make_interval(hours => n.review_hours)
            from n
            join fill_story st on st.type = n.type and st.n = 1 + floor(n.rd * n.stories)::int
            join fill_place p on p.n = 1 + floor(n.rp * ?)::int
            """.formatted(STATUS);

    /** The steps each status implies, in the order {@code RequestLifecycle} allows them. */
    private static final List<String> HISTORY = List.of("""
            insert into intake.request_history (request_id, position, status, at, actor)
            select id, 0, 'RECEIVED', created_at, taken_by from intake.service_request where id > ? and id <= ?
            """, """
            insert into intake.request_history (request_id, position, status, at, actor)
            select id, 1, 'UNDER_REVIEW', created_at + (updated_at - created_at) * 0.2, 'clerk'
            from intake.service_request where id > ? and id <= ? and status <> 'RECEIVED'
            """, """
            insert into intake.request_history (request_id, position, status, at, actor, public_note, private_note)
            select id, 2, case when status in ('APPROVED', 'ASSIGNED', 'CLOSED') then 'APPROVED' else status end,
                   created_at + (updated_at - created_at) * 0.4, 'supervisor',
                   case status when 'MORE_INFORMATION_NEEDED' then 'Could you tell us the serial number?'
                               when 'REJECTED' then 'A civil matter' when 'REFERRED' then 'Code enforcement'
                               when 'MERGED' then 'Reported before by a neighbor' else report_number end,
                   case when status = 'REJECTED' then 'Explained small claims court on the phone' end
            from intake.service_request
            where id > ? and id <= ? and status not in ('RECEIVED', 'UNDER_REVIEW')
            """, """
            insert into intake.request_history (request_id, position, status, at, actor)
            select id, 3, 'ASSIGNED', created_at + (updated_at - created_at) * 0.6, 'supervisor'
            from intake.service_request where id > ? and id <= ? and assignee is not null
            """, """
            insert into intake.request_history (request_id, position, status, at, actor, public_note)
            select id, case when assignee is null then 3 else 4 end, 'CLOSED', updated_at, coalesce(assignee, 'clerk'),
                   'Thank you for your report.'
            from intake.service_request where id > ? and id <= ? and status = 'CLOSED'
            """);

    private final BenchmarkDatabase database;
    private final PrintStream log;

    ReportHistoryFill(BenchmarkDatabase database, PrintStream log) {
        this.database = database;
        this.log = log;
    }

    /** Adds reports until the table holds {@code wanted}; answers how many it holds then. */
    long fillTo(long wanted, ReportCorpus corpus) throws SQLException {
        try (Connection connection = database.application();
                Statement statement = connection.createStatement()) {
            forgetEarlierRuns(statement);
            long existing = single(statement, "select count(*) from intake.service_request");
            if (existing >= wanted) {
                log.printf("intake.service_request already holds %,d reports%n", existing);
                return existing;
            }
            // Set-up, not measurement: a crash here costs nothing but a new fill.
            statement.execute("set synchronous_commit = off");
            prepare(connection, statement, corpus);
            long places = single(statement, "select count(*) from fill_place");
            long started = System.nanoTime();
            long next = existing + 1;
            try (PreparedStatement reports = connection.prepareStatement(INSERT_REPORTS)) {
                while (next <= wanted) {
                    long last = Math.min(wanted, next + CHUNK - 1);
                    long before = single(statement, "select coalesce(max(id), 0) from intake.service_request");
                    reports.setLong(1, next);
                    reports.setLong(2, last);
                    reports.setLong(3, places);
                    reports.executeUpdate();
                    long after = single(statement, "select coalesce(max(id), 0) from intake.service_request");
                    for (String step : HISTORY) {
                        try (PreparedStatement history = connection.prepareStatement(step)) {
                            history.setLong(1, before);
                            history.setLong(2, after);
                            history.executeUpdate();
                        }
                    }
                    log.printf("filled reports %,d to %,d (%.0f s)%n", next, last, (System.nanoTime() - started) / 1e9);
                    next = last + 1;
                }
            }
            statement.execute("vacuum (analyze) intake.service_request");
            statement.execute("vacuum (analyze) intake.request_history");
            statement.execute("truncate benchmark_fill");
            statement.execute("insert into benchmark_fill select max(id) from intake.service_request");
            long now = single(statement, "select count(*) from intake.service_request");
            log.printf(
                    "intake.service_request holds %,d reports, %,d of them open, %,d history steps (fill %.0f s)%n",
                    now,
                    single(
                            statement,
                            "select count(*) from intake.service_request where status in ('RECEIVED',"
                                    + " 'UNDER_REVIEW', 'MORE_INFORMATION_NEEDED', 'APPROVED', 'ASSIGNED')"),
                    single(statement, "select count(*) from intake.request_history"),
                    (System.nanoTime() - started) / 1e9);
            return now;
        }
    }

    /**
     * Takes away what earlier runs filed (the reports of their load phases and of their baseline, and the receipts
     * queued for them), so that every run starts from the same history: otherwise each run would add tens of
     * thousands of open reports of the same few days, all inside the next run's duplicate windows.
     */
    private void forgetEarlierRuns(Statement statement) throws SQLException {
        statement.execute("create table if not exists benchmark_fill (filled_to bigint)");
        try (var result = statement.executeQuery("select filled_to from benchmark_fill")) {
            if (!result.next()) {
                long existing = single(statement, "select count(*) from intake.service_request");
                if (existing > 0) {
                    log.printf("the data directory predates this benchmark's bookkeeping: reports filed by earlier"
                            + " runs, if any, stay (delete the directory for a clean start)%n");
                    statement.execute("insert into benchmark_fill select max(id) from intake.service_request");
                }
                return;
            }
        }
        long started = System.nanoTime();
        int removed = statement.executeUpdate(
                "delete from intake.service_request where id > (select filled_to from benchmark_fill)");
        statement.executeUpdate("delete from notifications.outbound_mail");
        if (removed > 0) {
            statement.execute("vacuum (analyze) intake.service_request");
            statement.execute("vacuum (analyze) intake.request_history");
            statement.execute("vacuum (analyze) intake.possible_duplicate");
        }
        log.printf(
                "removed %,d reports filed by earlier runs (%.0f s)%n", removed, (System.nanoTime() - started) / 1e9);
    }

    private static void prepare(Connection connection, Statement statement, ReportCorpus corpus) throws SQLException {
        statement.execute("""
                create temporary table fill_place as
                select row_number() over (order by a.id) as n, a.full_address as address, a.latitude, a.longitude,
                       b.code as beat_code, j.code as jurisdiction_code
                from geography.address a
                join geography.jurisdiction j on j.id = a.jurisdiction_id
                left join geography.beat b on b.id = a.beat_id
                """);
        statement.execute("create index on fill_place (n)");
        statement.execute("""
                create temporary table fill_story (type text, n int, description text, answers jsonb,
                                                   primary key (type, n))
                """);
        Random random = new Random(20_261_123L);
        try (PreparedStatement insert =
                connection.prepareStatement("insert into fill_story values (?, ?, ?, cast(? as jsonb))")) {
            Map<String, Integer> counts = new java.util.HashMap<>();
            for (ReportCorpus.Story story : corpus.stories()) {
                int n = counts.merge(story.type(), 1, Integer::sum);
                insert.setString(1, story.type());
                insert.setInt(2, n);
                insert.setString(3, story.description());
                insert.setString(4, corpus.answersJson(story, random));
                insert.addBatch();
            }
            insert.executeBatch();
        }
        statement.execute("""
                create temporary table fill_type (code text primary key, lo double precision, hi double precision,
                                                  priority smallint, review_hours int, online boolean, stories int)
                """);
        int total =
                corpus.weights().values().stream().mapToInt(Integer::intValue).sum();
        int below = 0;
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into fill_type
                select t.code, ?, ?, t.default_priority, t.review_target_hours, t.online_reportable,
                       (select count(*) from fill_story s where s.type = t.code)
                from intake.incident_type t where t.code = ?
                """)) {
            for (Map.Entry<String, Integer> weight : corpus.weights().entrySet()) {
                insert.setDouble(1, below / (double) total);
                below += weight.getValue();
                // The last type's range closes at 1.0 exactly, so every draw of random() finds a type.
                insert.setDouble(2, below == total ? 1.0 : below / (double) total);
                insert.setString(3, weight.getKey());
                if (insert.executeUpdate() != 1) {
                    throw new IllegalStateException("The catalogue has no type " + weight.getKey());
                }
            }
        }
        statement.execute("analyze fill_place");
        statement.execute("analyze fill_story");
        statement.execute("analyze fill_type");
    }

    private static long single(Statement statement, String sql) throws SQLException {
        try (var result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }
}
