package org.precinct.benchmark;

import java.util.Random;
import java.util.concurrent.CompletableFuture;

/** One kind of call the benchmark makes over and over: filing a report, or the bare insert it is compared with. */
interface Workload extends AutoCloseable {

    /** What the figures call it. */
    String name();

    /**
     * Makes one call on the calling thread and waits for its answer.
     *
     * @return whether it did what it should (a report filed, a row inserted); failures are also noted in
     *     {@link #failures()}
     */
    boolean call(Random random);

    /** Starts one call at once and answers when it is done, without waiting on the calling thread. */
    CompletableFuture<Boolean> callAsync(Random random);

    /** The calls that went wrong so far. */
    Failures failures();

    @Override
    void close();
}
