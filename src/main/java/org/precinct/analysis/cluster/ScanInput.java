package org.precinct.analysis.cluster;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.precinct.analysis.EmergingClusterEvent;
import org.precinct.analysis.EmergingClusterSettings;

/**
 * The incidents of a study period in the form both scans read: distinct locations (ordered by latitude, then
 * longitude), each case's location and day, and the margins the expected counts come from. Cases are ordered by
 * incident id, so that the same incidents give the same permutations whatever order they arrived in.
 */
public final class ScanInput {

    final EmergingClusterSettings settings;
    /** Days in the study period; day {@code days - 1} is the analysis day. */
    final int days;
    /** Window lengths considered: 1 .. {@code windows} days ending on the analysis day. */
    final int windows;

    final double[] latitude;
    final double[] longitude;
    final int[] caseLocation;
    final int[] caseDay;
    final long[] caseId;
    final long[] locationTotal;
    /** Cases on each day of the study period. */
    final long[] dayTotal;
    /** {@code windowTotal[w - 1]}: cases on the last {@code w} days. */
    final long[] windowTotal;
    /** Every case's day, latest first: the values a permutation deals out to the cases. */
    final int[] daysLatestFirst;

    private ScanInput(EmergingClusterSettings settings, List<EmergingClusterEvent> events) {
        this.settings = settings;
        this.days = settings.studyDays();
        this.windows = settings.maxWindowDays();
        LocalDate start = settings.studyStart();
        List<EmergingClusterEvent> inPeriod = new ArrayList<>();
        for (EmergingClusterEvent event : events) {
            if (!event.date().isBefore(start) && !event.date().isAfter(settings.asOf())) {
                inPeriod.add(event);
            }
        }
        inPeriod.sort(Comparator.comparingLong(EmergingClusterEvent::id));

        List<double[]> places = new ArrayList<>();
        Map<Point, Boolean> seen = new HashMap<>();
        for (EmergingClusterEvent event : inPeriod) {
            if (seen.putIfAbsent(new Point(event.latitude(), event.longitude()), Boolean.TRUE) == null) {
                places.add(new double[] {event.latitude(), event.longitude()});
            }
        }
        places.sort(Comparator.<double[]>comparingDouble(p -> p[0]).thenComparingDouble(p -> p[1]));
        latitude = new double[places.size()];
        longitude = new double[places.size()];
        Map<Point, Integer> index = new HashMap<>();
        for (int i = 0; i < places.size(); i++) {
            latitude[i] = places.get(i)[0];
            longitude[i] = places.get(i)[1];
            index.put(new Point(latitude[i], longitude[i]), i);
        }

        int n = inPeriod.size();
        caseLocation = new int[n];
        caseDay = new int[n];
        caseId = new long[n];
        locationTotal = new long[places.size()];
        dayTotal = new long[days];
        for (int k = 0; k < n; k++) {
            EmergingClusterEvent event = inPeriod.get(k);
            caseLocation[k] = index.get(new Point(event.latitude(), event.longitude()));
            caseDay[k] = (int) ChronoUnit.DAYS.between(start, event.date());
            caseId[k] = event.id();
            locationTotal[caseLocation[k]]++;
            dayTotal[caseDay[k]]++;
        }
        windowTotal = new long[windows];
        long running = 0;
        for (int w = 1; w <= windows; w++) {
            running += dayTotal[days - w];
            windowTotal[w - 1] = running;
        }
        daysLatestFirst = caseDay.clone();
        Arrays.sort(daysLatestFirst);
        for (int a = 0, b = n - 1; a < b; a++, b--) {
            int swap = daysLatestFirst[a];
            daysLatestFirst[a] = daysLatestFirst[b];
            daysLatestFirst[b] = swap;
        }
    }

    /** The incidents of {@code events} inside the settings' study period; the others are left out. */
    public static ScanInput of(List<EmergingClusterEvent> events, EmergingClusterSettings settings) {
        return new ScanInput(settings, events);
    }

    public int cases() {
        return caseId.length;
    }

    public int locations() {
        return latitude.length;
    }

    /** Cases in the longest window: the only ones a permutation must place to count every cylinder. */
    int recentCases() {
        return windows == 0 ? 0 : (int) windowTotal[windows - 1];
    }

    /** The expected count of a cylinder: its locations' total × its days' total / grand total. */
    double expected(long locationsTotal, int window) {
        return (double) (locationsTotal * windowTotal[window - 1]) / cases();
    }

    private record Point(double latitude, double longitude) {}
}
