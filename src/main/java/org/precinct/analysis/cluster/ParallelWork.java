package org.precinct.analysis.cluster;

/** Runs the same piece of work on several threads at once and waits for all of them. */
public final class ParallelWork {

    private ParallelWork() {}

    /** Runs {@code work} on {@code threads} new threads (or on this one when {@code threads} is 1 or less). */
    public static void run(Runnable work, int threads, String name) {
        if (threads <= 1) {
            work.run();
            return;
        }
        Thread[] running = new Thread[threads];
        for (int t = 0; t < threads; t++) {
            running[t] = new Thread(work, name + "-" + t);
            running[t].start();
        }
        try {
            for (Thread thread : running) {
                thread.join();
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(name + " interrupted", interrupted);
        }
    }
}
