package org.precinct.intake.catalogue;

import java.time.Duration;
import java.util.List;
import org.precinct.intake.DuplicateWindow;
import org.precinct.intake.IncidentQuestion;
import org.precinct.intake.NibrsOffenseCode;
import org.precinct.intake.Priority;
import org.precinct.intake.Routing;

/**
 * Everything about an incident type the department may change: the content of a create or change command. The
 * {@link IncidentType} aggregate decides whether it makes a valid type.
 *
 * @param nibrsOffenseCode {@code null} for what is no crime
 * @param duplicateWindow {@code null} when reports of the type are never compared for duplicates
 */
record IncidentTypeDefinition(
        String nameEn,
        String nameEs,
        String descriptionEn,
        String descriptionEs,
        NibrsOffenseCode nibrsOffenseCode,
        boolean onlineReportable,
        boolean anonymousAllowed,
        Priority defaultPriority,
        Duration reviewTarget,
        DuplicateWindow duplicateWindow,
        Routing routing,
        List<IncidentQuestion> questions) {

    IncidentTypeDefinition {
        questions = questions == null ? List.of() : List.copyOf(questions);
    }
}
