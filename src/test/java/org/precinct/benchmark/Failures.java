package org.precinct.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/** Counts the calls that went wrong and keeps the first few answers, so a run that failed says why. */
final class Failures {

    private static final int KEPT = 5;

    private final AtomicLong count = new AtomicLong();
    private final List<String> first = new ArrayList<>();

    void note(String what) {
        count.incrementAndGet();
        synchronized (first) {
            if (first.size() < KEPT) {
                first.add(what.length() > 300 ? what.substring(0, 300) + "…" : what);
            }
        }
    }

    long count() {
        return count.get();
    }

    List<String> examples() {
        synchronized (first) {
            return List.copyOf(first);
        }
    }
}
