package org.precinct.personnel;

import java.util.List;

/**
 * One page of search results.
 *
 * @param entries the employees on this page
 * @param page zero-based page number
 * @param pageSize results per page
 * @param total results on all pages
 */
public record EmployeePage(List<EmployeeListEntry> entries, int page, int pageSize, long total) {

    public EmployeePage {
        entries = List.copyOf(entries);
    }

    public int pageCount() {
        return (int) ((total + pageSize - 1) / pageSize);
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return (long) (page + 1) * pageSize < total;
    }

    /** The one-based position of the first entry on this page, for "41-60 of 93". */
    public long firstPosition() {
        return entries.isEmpty() ? 0 : (long) page * pageSize + 1;
    }

    public long lastPosition() {
        return (long) page * pageSize + entries.size();
    }
}
