package org.precinct.intake.review;

import java.util.List;

/**
 * One page of the review queue, most urgent first and, within a priority, oldest first.
 *
 * @param entries the page's reports
 * @param filter what was asked for
 * @param total how many reports match in all
 */
public record QueuePage(List<QueueEntry> entries, QueueFilter filter, long total) {

    public QueuePage {
        entries = List.copyOf(entries);
    }

    public int pageSize() {
        return QueueFilter.PAGE_SIZE;
    }

    /** How many pages the matching reports fill; at least one. */
    public int pageCount() {
        return (int) Math.max(1, (total + QueueFilter.PAGE_SIZE - 1) / QueueFilter.PAGE_SIZE);
    }

    public boolean hasPrevious() {
        return filter.page() > 0;
    }

    public boolean hasNext() {
        return (long) (filter.page() + 1) * QueueFilter.PAGE_SIZE < total && filter.page() < QueueFilter.MAX_PAGE;
    }

    /** The position of the page's first report among all matching ones, counting from 1; 0 when none. */
    public long firstShown() {
        return entries.isEmpty() ? 0 : (long) filter.page() * QueueFilter.PAGE_SIZE + 1;
    }

    public long lastShown() {
        return entries.isEmpty() ? 0 : firstShown() + entries.size() - 1;
    }
}
