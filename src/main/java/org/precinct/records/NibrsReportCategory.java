package org.precinct.records;

import java.util.Optional;

/**
 * The kinds of report a NIBRS submission carries ({@code NIBRSReportCategoryCode}), with the action the FBI's
 * system takes on each as Precinct sends them: incidents as incident reports ({@code I}), arrests and zero reports
 * as additions ({@code A}).
 */
public enum NibrsReportCategory implements NibrsCode {
    GROUP_A_INCIDENT("GROUP A INCIDENT REPORT", "I"),
    GROUP_B_ARREST("GROUP B ARREST REPORT", "A"),
    ZERO_REPORT("ZERO REPORT", "A");

    private final String code;
    private final String action;

    NibrsReportCategory(String code, String action) {
        this.code = code;
        this.action = action;
    }

    @Override
    public String code() {
        return code;
    }

    /** The {@code ReportActionCategoryCode} Precinct sends with this kind of report. */
    public String action() {
        return action;
    }

    @Override
    public String messageKey() {
        return "nibrs.reportCategory." + name();
    }

    /** The value with this IEPD code, if the table has one. */
    public static Optional<NibrsReportCategory> fromCode(String code) {
        return NibrsCode.find(values(), code);
    }
}
