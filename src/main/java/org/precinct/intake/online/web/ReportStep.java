package org.precinct.intake.online.web;

/**
 * The steps of the online report in their order, each with its page under {@code /report}. The safety questions
 * come first and nothing is kept before they are answered no.
 */
enum ReportStep {
    SAFETY(""),
    TYPE("/type"),
    QUESTIONS("/questions"),
    PLACE("/place"),
    WHEN("/when"),
    DESCRIPTION("/description"),
    PEOPLE("/people"),
    VEHICLES("/vehicles"),
    PROPERTY("/property"),
    PHOTOS("/photos"),
    CONTACT("/contact"),
    REVIEW("/review");

    private final String path;

    ReportStep(String path) {
        this.path = path;
    }

    /** The step's page, e.g. {@code /report/place}. */
    String path() {
        return "/report" + path;
    }

    /** The key of the step's title in the intake-online bundle. */
    String titleKey() {
        return "intake.online.step." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
