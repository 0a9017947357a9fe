package org.precinct.intake.online;

import java.io.Serializable;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.precinct.intake.Attachment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files added to an online report that is still being written, kept under the report's draft key until it is
 * submitted or abandoned. Only the session that holds the draft key can reach them: no page or endpoint takes a
 * key from the request.
 */
@Repository
public class StagedUploads {

    /** How long an abandoned report's files are kept: far longer than a session lives. */
    static final Duration KEPT_FOR = Duration.ofDays(1);

    private final JdbcClient jdbc;
    private final Clock clock;

    StagedUploads(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A kept file as the report in progress lists it, without its bytes. */
    public record Staged(long id, String fileName, String mediaType, int size) implements Serializable {}

    /** Keeps a file for the draft, and on the way lets go of abandoned reports' files. */
    @Transactional
    public Staged stage(String draftKey, Attachment file) {
        Instant now = clock.instant();
        jdbc.sql("delete from intake.online_upload where created_at < :before")
                .param("before", Timestamp.from(now.minus(KEPT_FOR)))
                .update();
        long id = jdbc.sql("""
                        insert into intake.online_upload (draft_key, file_name, media_type, size_bytes, content, created_at)
                        values (:key, :name, :type, :size, :content, :at)
                        returning id
                        """)
                .param("key", draftKey)
                .param("name", file.fileName())
                .param("type", file.mediaType())
                .param("size", file.size())
                .param("content", file.content())
                .param("at", Timestamp.from(now))
                .query(Long.class)
                .single();
        return new Staged(id, file.fileName(), file.mediaType(), file.size());
    }

    /** The draft's files with these ids, in the order given; ids of other drafts' files are ignored. */
    public List<Attachment> load(String draftKey, List<Long> ids) {
        return ids.stream()
                .flatMap(id -> jdbc
                        .sql("""
                                select file_name, content from intake.online_upload
                                where id = :id and draft_key = :key
                                """)
                        .param("id", id)
                        .param("key", draftKey)
                        .query((row, index) -> Attachment.of(row.getString("file_name"), row.getBytes("content")))
                        .optional()
                        .stream())
                .toList();
    }

    @Transactional
    public void discard(String draftKey, long id) {
        jdbc.sql("delete from intake.online_upload where id = :id and draft_key = :key")
                .param("id", id)
                .param("key", draftKey)
                .update();
    }

    @Transactional
    public void discardAll(String draftKey) {
        jdbc.sql("delete from intake.online_upload where draft_key = :key")
                .param("key", draftKey)
                .update();
    }
}
