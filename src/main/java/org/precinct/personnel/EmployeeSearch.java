package org.precinct.personnel;

/**
 * Criteria for finding employees; every criterion is optional.
 *
 * @param text words that must each appear in the first or last name, or start the DSN
 * @param unitId a unit: its members and those of all units under it
 * @param rank a rank
 * @param status a status
 * @param page zero-based page of {@link #PAGE_SIZE} results
 */
public record EmployeeSearch(String text, Long unitId, Rank rank, EmploymentStatus status, int page) {

    public static final int PAGE_SIZE = 25;

    public static final int MAX_TEXT = 100;

    public EmployeeSearch {
        text = text == null || text.isBlank() ? null : text.strip();
        if (text != null && text.length() > MAX_TEXT) {
            text = text.substring(0, MAX_TEXT);
        }
        if (page < 0) {
            throw new IllegalArgumentException("page must not be negative");
        }
    }

    /** Says what was searched for, to be kept in the audit trail. */
    public String describe() {
        StringBuilder description = new StringBuilder();
        append(description, "text", text);
        append(description, "unit", unitId);
        append(description, "rank", rank);
        append(description, "status", status);
        append(description, "page", page == 0 ? null : page);
        return description.isEmpty() ? "all" : description.toString();
    }

    private static void append(StringBuilder description, String name, Object value) {
        if (value != null) {
            if (!description.isEmpty()) {
                description.append(' ');
            }
            description.append(name).append('=').append(value);
        }
    }
}
