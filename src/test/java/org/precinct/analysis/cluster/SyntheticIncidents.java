package org.precinct.analysis.cluster;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.precinct.analysis.EmergingClusterEvent;

/**
 * Made-up incidents for the scans: locations scattered over a rectangle of a city, incidents spread over them and
 * over the days independently (so no space-time interaction: nothing for a scan to find), and on request a planted
 * cluster: extra incidents near one location during the last days.
 */
public final class SyntheticIncidents {

    /** A point near Denver's centre; the city lies around it. */
    static final double LATITUDE = 39.74;

    static final double LONGITUDE = -104.99;

    private final SplittableRandom random;
    private final double[] latitude;
    private final double[] longitude;
    private final double[] weight;
    private final List<EmergingClusterEvent> events = new ArrayList<>();
    private long nextId;

    /**
     * @param widthMeters east-west and north-south extent of the square the locations fill
     * @param firstId the first incident id, so that several sets do not share ids
     */
    public SyntheticIncidents(long seed, int locations, double widthMeters, long firstId) {
        random = new SplittableRandom(seed);
        latitude = new double[locations];
        longitude = new double[locations];
        weight = new double[locations];
        double metersPerDegreeLongitude = 111_195 * Math.cos(Math.toRadians(LATITUDE));
        double cumulative = 0;
        for (int i = 0; i < locations; i++) {
            // Rounded to 1e-6 degrees, as coordinates arrive; a few locations are much busier than most.
            latitude[i] = round(LATITUDE + (random.nextDouble() - 0.5) * widthMeters / 111_195);
            longitude[i] = round(LONGITUDE + (random.nextDouble() - 0.5) * widthMeters / metersPerDegreeLongitude);
            cumulative += 1 / Math.pow(1 + random.nextDouble() * 20, 1.2);
            weight[i] = cumulative;
        }
        for (int i = 0; i < locations; i++) {
            weight[i] /= cumulative;
        }
        nextId = firstId;
    }

    private static double round(double degrees) {
        return Math.round(degrees * 1e6) / 1e6;
    }

    /** Spreads {@code count} incidents over the locations (by their weights) and the days up to {@code asOf}. */
    public SyntheticIncidents background(int count, LocalDate asOf, int days) {
        for (int k = 0; k < count; k++) {
            int location = pickLocation();
            events.add(new EmergingClusterEvent(
                    nextId++, latitude[location], longitude[location], asOf.minusDays(random.nextInt(days))));
        }
        return this;
    }

    /** Adds {@code count} incidents at the location nearest to the city centre and its closest neighbours. */
    public List<Long> plant(int count, LocalDate asOf, int lastDays, int nearestLocations) {
        int centre = nearest(LATITUDE, LONGITUDE);
        List<Integer> around = new ArrayList<>();
        for (int i = 0; i < latitude.length; i++) {
            around.add(i);
        }
        around.sort((a, b) -> Double.compare(meters(centre, a), meters(centre, b)));
        List<Long> planted = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            int location = around.get(random.nextInt(nearestLocations));
            planted.add(nextId);
            events.add(new EmergingClusterEvent(
                    nextId++, latitude[location], longitude[location], asOf.minusDays(random.nextInt(lastDays))));
        }
        return planted;
    }

    public double centreLatitude() {
        return latitude[nearest(LATITUDE, LONGITUDE)];
    }

    public double centreLongitude() {
        return longitude[nearest(LATITUDE, LONGITUDE)];
    }

    public List<EmergingClusterEvent> events() {
        return events;
    }

    private int pickLocation() {
        double u = random.nextDouble();
        int low = 0;
        int high = weight.length - 1;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (weight[middle] < u) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    private int nearest(double lat, double lon) {
        int best = 0;
        for (int i = 1; i < latitude.length; i++) {
            if (ScanStatistic.meters(lat, lon, latitude[i], longitude[i])
                    < ScanStatistic.meters(lat, lon, latitude[best], longitude[best])) {
                best = i;
            }
        }
        return best;
    }

    private double meters(int a, int b) {
        return ScanStatistic.meters(latitude[a], longitude[a], latitude[b], longitude[b]);
    }
}
