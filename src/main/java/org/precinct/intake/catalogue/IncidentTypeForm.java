package org.precinct.intake.catalogue;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.precinct.intake.DuplicateWindow;
import org.precinct.intake.IncidentTypeCode;
import org.precinct.intake.IncidentTypeView;
import org.precinct.intake.NibrsOffenseCode;
import org.precinct.intake.Priority;
import org.precinct.intake.Routing;

/**
 * The incident-type form: everything an administrator edits, as typed. Numbers and choices stay text here so that
 * whatever was typed comes back on the page with its message; {@link #toDefinition()} turns a valid form into the
 * command.
 *
 * @param code set when the type is created, shown but not editable afterwards
 * @param nibrsOffenseCode blank for none
 * @param duplicateDistanceMetres blank, with {@code duplicateWindowHours} blank too, when reports of the type are
 *     never compared for duplicates
 * @param onlineReportable a checkbox: {@code null} when the browser sent nothing, which means unchecked
 * @param onlineReportable a checkbox: {@code null} when the browser sent nothing, which means unchecked
 * @param version the version an edit started from; blank when creating
 */
record IncidentTypeForm(
        @NotBlank(message = "{intake.catalogue.validation.required}")
        @Size(max = IncidentTypeCode.MAX_LENGTH, message = "{intake.catalogue.validation.too-long}")
        @Pattern(regexp = IncidentTypeCode.PATTERN, message = "{intake.catalogue.validation.type-code}")
        String code,

        @NotBlank(message = "{intake.catalogue.validation.required}")
        @Size(max = IncidentType.MAX_NAME, message = "{intake.catalogue.validation.too-long}")
        String nameEn,

        @NotBlank(message = "{intake.catalogue.validation.required}")
        @Size(max = IncidentType.MAX_NAME, message = "{intake.catalogue.validation.too-long}")
        String nameEs,

        @NotBlank(message = "{intake.catalogue.validation.required}")
        @Size(max = IncidentType.MAX_DESCRIPTION, message = "{intake.catalogue.validation.too-long}")
        String descriptionEn,

        @NotBlank(message = "{intake.catalogue.validation.required}")
        @Size(max = IncidentType.MAX_DESCRIPTION, message = "{intake.catalogue.validation.too-long}")
        String descriptionEs,

        @Pattern(regexp = NIBRS_OR_NONE, message = "{intake.catalogue.validation.nibrs}")
        String nibrsOffenseCode,

        Boolean onlineReportable,

        Boolean anonymousAllowed,

        @NotBlank(message = "{intake.catalogue.validation.choose}")
        @Pattern(regexp = "[1-4]", message = "{intake.catalogue.validation.choose}")
        String defaultPriority,

        @NotBlank(message = "{intake.catalogue.validation.choose}")
        @Pattern(regexp = ROUTINGS, message = "{intake.catalogue.validation.choose}")
        String routing,

        @NotBlank(message = "{intake.catalogue.validation.required}")
        @WholeNumber(min = 1, max = IncidentType.MAX_REVIEW_HOURS)
        String reviewTargetHours,

        @WholeNumber(min = 1, max = DuplicateWindow.MAX_METRES)
        String duplicateDistanceMetres,

        @WholeNumber(min = 1, max = DuplicateWindow.MAX_HOURS)
        String duplicateWindowHours,

        @Pattern(regexp = "[0-9]{0,9}", message = "{intake.catalogue.rule.changed-meanwhile}")
        String version,

        List<@Valid QuestionForm> questions) {

    static final String ROUTINGS =
            "RECORDS_REVIEW|OFFICER_FOLLOW_UP|CODE_ENFORCEMENT|COMMUNITY_AFFAIRS|INTERNAL_AFFAIRS|STATISTICS_ONLY";

    /** Blank, or any of the NIBRS 2019.1 offense codes. */
    static final String NIBRS_OR_NONE = "^$|09A|09B|09C|100|11A|11B|11C|11D|120|13A|13B|13C|200|210|220|23A|23B"
            + "|23C|23D|23E|23F|23G|23H|240|250|26A|26B|26C|26D|26E|26F|26G|270|280|290|35A|35B|36A|36B|370|39A|39B"
            + "|39C|39D|40A|40B|40C|510|520|64A|64B|720|90A|90B|90C|90D|90E|90F|90G|90H|90I|90J|90Z";

    IncidentTypeForm {
        // Indexed form fields with a gap (a row removed by hand) leave empty places in the bound list.
        questions = questions == null
                ? List.of()
                : questions.stream().filter(Objects::nonNull).toList();
    }

    /** A form for a new type, with one empty question row to start from. */
    static IncidentTypeForm blank() {
        return new IncidentTypeForm(
                "",
                "",
                "",
                "",
                "",
                "",
                true,
                false,
                String.valueOf(Priority.ROUTINE.level()),
                Routing.RECORDS_REVIEW.name(),
                "24",
                "",
                "",
                null,
                List.of(QuestionForm.blank()));
    }

    static IncidentTypeForm of(EditableIncidentType editable) {
        IncidentTypeView type = editable.type();
        DuplicateWindow window = type.duplicateWindow();
        return new IncidentTypeForm(
                type.code().value(),
                type.nameEn(),
                type.nameEs(),
                type.descriptionEn(),
                type.descriptionEs(),
                type.nibrsOffenseCode() == null ? "" : type.nibrsOffenseCode().value(),
                type.onlineReportable(),
                type.anonymousAllowed(),
                String.valueOf(type.defaultPriority().level()),
                type.routing().name(),
                String.valueOf(type.reviewTarget().toHours()),
                window == null ? "" : String.valueOf(window.distanceMetres()),
                window == null ? "" : String.valueOf(window.within().toHours()),
                String.valueOf(editable.version()),
                type.questions().stream().map(QuestionForm::of).toList());
    }

    /** The version an edit started from, if the form carries one. */
    Optional<Integer> startingVersion() {
        return version == null || version.isBlank() ? Optional.empty() : Optional.of(Integer.parseInt(version));
    }

    /** The same form with {@code code}, for an edit, whose code comes from the address rather than the form. */
    IncidentTypeForm withCode(String typeCode) {
        return new IncidentTypeForm(
                typeCode,
                nameEn,
                nameEs,
                descriptionEn,
                descriptionEs,
                nibrsOffenseCode,
                onlineReportable,
                anonymousAllowed,
                defaultPriority,
                routing,
                reviewTargetHours,
                duplicateDistanceMetres,
                duplicateWindowHours,
                version,
                questions);
    }

    /** The same form with its question rows changed as a button of the form asked; nothing is saved. */
    IncidentTypeForm withQuestions(List<QuestionForm> changed) {
        return new IncidentTypeForm(
                code,
                nameEn,
                nameEs,
                descriptionEn,
                descriptionEs,
                nibrsOffenseCode,
                onlineReportable,
                anonymousAllowed,
                defaultPriority,
                routing,
                reviewTargetHours,
                duplicateDistanceMetres,
                duplicateWindowHours,
                version,
                changed);
    }

    /**
     * Problems between fields that annotations cannot see: a duplicate window needs both its distance and its time,
     * or neither.
     */
    List<CatalogueProblem> crossFieldProblems() {
        boolean distance = duplicateDistanceMetres != null && !duplicateDistanceMetres.isBlank();
        boolean hours = duplicateWindowHours != null && !duplicateWindowHours.isBlank();
        if (distance && !hours) {
            return List.of(CatalogueProblem.of("duplicateWindowHours", "intake.catalogue.validation.window-both"));
        }
        if (hours && !distance) {
            return List.of(CatalogueProblem.of("duplicateDistanceMetres", "intake.catalogue.validation.window-both"));
        }
        return List.of();
    }

    /** The command; call only once the form has passed validation. */
    IncidentTypeDefinition toDefinition() {
        boolean compared = duplicateDistanceMetres != null && !duplicateDistanceMetres.isBlank();
        return new IncidentTypeDefinition(
                nameEn.strip(),
                nameEs.strip(),
                descriptionEn.strip(),
                descriptionEs.strip(),
                nibrsOffenseCode == null || nibrsOffenseCode.isBlank() ? null : new NibrsOffenseCode(nibrsOffenseCode),
                Boolean.TRUE.equals(onlineReportable),
                Boolean.TRUE.equals(anonymousAllowed),
                Priority.ofLevel(Integer.parseInt(defaultPriority)),
                Duration.ofHours(Integer.parseInt(reviewTargetHours.strip())),
                compared
                        ? DuplicateWindow.of(
                                Integer.parseInt(duplicateDistanceMetres.strip()),
                                Integer.parseInt(duplicateWindowHours.strip()))
                        : null,
                Routing.valueOf(routing),
                questions.stream().map(QuestionForm::toQuestion).toList());
    }
}
