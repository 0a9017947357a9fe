package org.precinct.records.index;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.precinct.audit.AuditAction;
import org.precinct.audit.AuditTrail;
import org.precinct.intake.Attachment;
import org.precinct.records.MasterRecordKind;
import org.precinct.shared.NoSuchRecordException;
import org.precinct.shared.RuleViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes to a person's record other than merges: cautions added and ended, mug shots added, the record sealed.
 * Each is audited; the record must be live (changes go to the record a merged one was merged into).
 */
@Service
public class PersonRecordChanges {

    public static final int MAX_NOTE = 500;

    private final PersonIndex persons;
    private final AuditTrail audit;
    private final Clock clock;

    PersonRecordChanges(PersonIndex persons, AuditTrail audit, Clock clock) {
        this.persons = persons;
        this.audit = audit;
        this.clock = clock;
    }

    /** @throws RuleViolationException {@code records.index.caution.note-too-long} */
    @Transactional
    public long addCaution(long person, CautionKind kind, String note, RecordsStaff staff) {
        if (note != null && note.strip().length() > MAX_NOTE) {
            throw new RuleViolationException("records.index.caution.note-too-long");
        }
        long live = live(person);
        long id = persons.addCaution(live, kind, note == null ? null : note.strip(), staff.username());
        audit.success(AuditAction.CHANGE, MasterMerges.objectType(MasterRecordKind.PERSON), live);
        return id;
    }

    @Transactional
    public void endCaution(long person, long caution, RecordsStaff staff) {
        long live = live(person);
        if (!persons.endCaution(live, caution, staff.username())) {
            throw new RuleViolationException("records.index.caution.not-active");
        }
        audit.success(AuditAction.CHANGE, MasterMerges.objectType(MasterRecordKind.PERSON), live);
    }

    /**
     * Adds a photograph; its type is read from its bytes, and only images are taken.
     *
     * @throws RuleViolationException {@code records.index.mugshot.not-image}, {@code ...too-large},
     *     {@code ...empty} or {@code ...taken-in-future}
     */
    @Transactional
    public long addMugShot(long person, LocalDate takenOn, byte[] content, RecordsStaff staff) {
        Optional<String> problem = Attachment.problemWith(content);
        if (problem.isPresent()) {
            throw new RuleViolationException(
                    switch (problem.get()) {
                        case "intake.attachment.empty" -> "records.index.mugshot.empty";
                        case "intake.attachment.too-large" -> "records.index.mugshot.too-large";
                        default -> "records.index.mugshot.not-image";
                    });
        }
        String type = Attachment.detectMediaType(content).orElseThrow();
        if (!type.startsWith("image/")) {
            throw new RuleViolationException("records.index.mugshot.not-image");
        }
        if (takenOn == null || takenOn.isAfter(LocalDate.now(clock))) {
            throw new RuleViolationException("records.index.mugshot.taken-in-future");
        }
        long live = live(person);
        long id = persons.addMugShot(
                live, takenOn, type, content, Attachment.of("mugshot", content).sha256(), staff.username());
        audit.success(AuditAction.CHANGE, MasterMerges.objectType(MasterRecordKind.PERSON), live);
        return id;
    }

    @Transactional
    public void seal(long person, boolean sealed, RecordsStaff staff) {
        long live = live(person);
        persons.seal(live, sealed);
        audit.success(AuditAction.CHANGE, MasterMerges.objectType(MasterRecordKind.PERSON), live);
    }

    private long live(long person) {
        return persons.liveRecordOf(person).orElseThrow(() -> new NoSuchRecordException("person", person));
    }
}
