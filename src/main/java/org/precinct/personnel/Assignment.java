package org.precinct.personnel;

import java.time.LocalDate;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One line of an employee's assignment history: where they served, in what role, from when until when. Only the
 * current (last) line is open; it is closed when the next one begins.
 */
@Table(schema = "personnel", name = "assignment")
class Assignment {

    private final long unitId;
    private final String title;
    private final LocalDate startsOn;
    private LocalDate endsOn;

    @PersistenceCreator
    Assignment(long unitId, String title, LocalDate startsOn, LocalDate endsOn) {
        this.unitId = unitId;
        this.title = title;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
    }

    static Assignment from(long unitId, String title, LocalDate startsOn) {
        return new Assignment(unitId, title, startsOn, null);
    }

    void closeOn(LocalDate date) {
        this.endsOn = date;
    }

    boolean open() {
        return endsOn == null;
    }

    long unitId() {
        return unitId;
    }

    String title() {
        return title;
    }

    LocalDate startsOn() {
        return startsOn;
    }

    LocalDate endsOn() {
        return endsOn;
    }
}
