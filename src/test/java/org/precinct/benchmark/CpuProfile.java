package org.precinct.benchmark;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where the benchmark JVM's CPU time goes, from a Java Flight Recording's execution samples: the methods on top of
 * the stack, and for the application's request threads the first Precinct method below the top, which says which
 * step of a submission the time belongs to. The recording is kept for {@code jfr print} or JDK Mission Control.
 */
final class CpuProfile {

    private final Path directory;
    private final List<Path> files = new ArrayList<>();
    private Recording recording;

    /** @param directory where the recordings go, one file for each phase recorded */
    CpuProfile(Path directory) {
        this.directory = directory;
    }

    void start() throws IOException, java.text.ParseException {
        recording = new Recording(Configuration.getConfiguration("profile"));
        recording.setToDisk(true);
        recording.start();
    }

    void stop() throws IOException {
        recording.stop();
        Path file = directory.resolve("report-filing-" + (files.size() + 1) + ".jfr");
        recording.dump(file);
        recording.close();
        files.add(file);
    }

    /** A summary of the samples: by thread, hottest methods, and the Precinct steps of the request threads. */
    List<String> summary(int count) throws IOException {
        Map<String, Long> byThread = new HashMap<>();
        Map<String, Long> topFrames = new HashMap<>();
        Map<String, Long> precinctSteps = new HashMap<>();
        long samples = 0;
        long requestSamples = 0;
        List<RecordedEvent> events = new ArrayList<>();
        for (Path file : files) {
            events.addAll(RecordingFile.readAllEvents(file));
        }
        for (RecordedEvent event : events) {
            if (!event.getEventType().getName().equals("jdk.ExecutionSample")) {
                continue;
            }
            samples++;
            String thread = event.getThread("sampledThread") == null
                    ? "?"
                    : event.getThread("sampledThread").getJavaName();
            String group =
                    thread == null ? "?" : thread.replaceAll("[-#]?\\d+$", "").replaceAll("\\d+", "N");
            byThread.merge(group, 1L, Long::sum);
            RecordedStackTrace stack = event.getStackTrace();
            if (stack == null || stack.getFrames().isEmpty()) {
                continue;
            }
            topFrames.merge(method(stack.getFrames().get(0)), 1L, Long::sum);
            if (thread != null && thread.startsWith("http-nio")) {
                requestSamples++;
                precinctSteps.merge(component(stack), 1L, Long::sum);
            }
        }
        List<String> lines = new ArrayList<>();
        lines.add(String.format("%,d execution samples (recordings kept in %s)", samples, files));
        lines.add("by thread:");
        top(byThread, samples, 8).forEach(line -> lines.add("  " + line));
        lines.add("hottest methods (on top of the stack):");
        top(topFrames, samples, count).forEach(line -> lines.add("  " + line));
        lines.add("request threads, by the innermost Precinct method or library on the stack:");
        top(precinctSteps, requestSamples, count).forEach(line -> lines.add("  " + line));
        return lines;
    }

    private static List<String> top(Map<String, Long> counts, long total, int count) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(count)
                .map(entry ->
                        String.format("%5.1f%%  %s", 100.0 * entry.getValue() / Math.max(1, total), entry.getKey()))
                .toList();
    }

    /**
     * Who a sample's time belongs to: the innermost frame outside the JDK, as its Precinct method, or else as its
     * library (the first three parts of its package), so that a regular expression a Precinct method runs counts for
     * that method, and the framework's own work for the framework.
     */
    private static String component(RecordedStackTrace stack) {
        for (RecordedFrame frame : stack.getFrames()) {
            String type = frame.getMethod().getType().getName();
            if (type.startsWith("java.")
                    || type.startsWith("jdk.")
                    || type.startsWith("sun.")
                    || type.startsWith("com.sun.")
                    || type.contains("$$")) {
                continue;
            }
            if (type.startsWith("org.precinct.")) {
                return method(frame);
            }
            String[] parts = type.split("\\.");
            return "[" + String.join(".", java.util.Arrays.copyOf(parts, Math.min(3, parts.length - 1))) + "]";
        }
        return "[JDK]";
    }

    private static String method(RecordedFrame frame) {
        String type = frame.getMethod().getType().getName();
        return type.substring(type.lastIndexOf('.') + 1) + "."
                + frame.getMethod().getName();
    }
}
