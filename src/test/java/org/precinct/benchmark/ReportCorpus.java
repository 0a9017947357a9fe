package org.precinct.benchmark;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.BiConsumer;
import org.precinct.intake.ReportTriage;
import org.precinct.intake.TriageRequest;
import org.precinct.intake.TriageResult;
import tools.jackson.databind.json.JsonMapper;

/**
 * The reports the benchmark files: what residents of the demo city write about the non-emergencies they report
 * most, in the mix a department sees (thefts and thefts from cars first, general questions last), each with the
 * answers its type asks for, a reporter most of the time, and now and then the people, vehicles and property
 * involved. Every description is put to the emergency check before a run, so that no report of the benchmark is
 * turned away as a 911 matter and the figures are those of reports that are stored.
 */
final class ReportCorpus {

    /** A point of the address index, inside the jurisdiction, with its address. */
    record Place(String address, double latitude, double longitude) {}

    /** One description of a type and the answers that go with it; {@code "$"} answers get an amount per report. */
    record Story(String type, String description, Map<String, Object> answers) {}

    private record Kind(
            String type,
            int weight,
            boolean online,
            boolean anonymousAllowed,
            List<Story> stories,
            BiConsumer<Random, Map<String, Object>> involved) {}

    private static final String AMOUNT = "$";

    private static final List<String> FIRST_NAMES = List.of(
            "Dana", "Luis", "Maria", "James", "Aisha", "Tom", "Mei", "Carlos", "Grace", "Peter", "Ana", "Kevin", "Rosa",
            "Sam", "Linda", "Omar", "Julia", "Mark", "Elena", "Chris");
    private static final List<String> LAST_NAMES = List.of(
            "Reyes",
            "Schmidt",
            "Garcia",
            "Nguyen",
            "Brown",
            "Okafor",
            "Miller",
            "Lopez",
            "Kowalski",
            "Chen",
            "Davis",
            "Hernandez",
            "Wilson",
            "Patel",
            "Murphy",
            "Rossi",
            "Johnson",
            "Baker",
            "Kim",
            "Martinez");
    private static final List<String[]> CARS = List.of(
            new String[] {"Honda", "Civic", "silver"},
            new String[] {"Toyota", "Camry", "white"},
            new String[] {"Ford", "F-150", "blue"},
            new String[] {"Subaru", "Outback", "green"},
            new String[] {"Chevrolet", "Malibu", "black"},
            new String[] {"Nissan", "Altima", "grey"},
            new String[] {"Jeep", "Cherokee", "red"});

    private final List<Kind> kinds;
    private final List<Kind> online;
    private final int onlineWeight;
    private final List<Place> places;
    private final JsonMapper json = JsonMapper.builder().build();

    private ReportCorpus(List<Kind> kinds, List<Place> places) {
        if (places.isEmpty()) {
            throw new IllegalStateException("The address index is empty: the benchmark needs the demo map");
        }
        this.kinds = kinds;
        this.online = kinds.stream().filter(Kind::online).toList();
        this.onlineWeight = online.stream().mapToInt(Kind::weight).sum();
        this.places = List.copyOf(places);
    }

    static ReportCorpus of(List<Place> places) {
        return new ReportCorpus(kinds(), places);
    }

    /** Every story of every type, phone-only types included (the history has them, the online form does not). */
    List<Story> stories() {
        return kinds.stream().flatMap(kind -> kind.stories().stream()).toList();
    }

    /** The share of each type in the history, in percent of all reports. */
    Map<String, Integer> weights() {
        Map<String, Integer> weights = new LinkedHashMap<>();
        kinds.forEach(kind -> weights.put(kind.type(), kind.weight()));
        return weights;
    }

    /** An amount, as a resident would guess it, for the answers marked with {@code "$"}. */
    static String amount(Random random) {
        int dollars = 20 + random.nextInt(40) * random.nextInt(40);
        return dollars + (random.nextBoolean() ? ".00" : "");
    }

    /**
     * Puts every description to the emergency check.
     *
     * @throws IllegalStateException naming the descriptions the check reads as emergencies
     */
    int requireNonEmergencies(ReportTriage triage) {
        List<String> emergencies = new ArrayList<>();
        List<Story> stories = stories();
        for (Story story : stories) {
            TriageResult result = triage.assess(TriageRequest.of(story.description()));
            if (result.emergency()) {
                emergencies.add(story.description() + " -> " + result.reasons());
            }
        }
        if (!emergencies.isEmpty()) {
            throw new IllegalStateException("The emergency check reads " + emergencies.size()
                    + " benchmark descriptions as emergencies, e.g.\n  "
                    + String.join("\n  ", emergencies.subList(0, Math.min(10, emergencies.size()))));
        }
        return stories.size();
    }

    /** A point of the jurisdiction, from the address index. */
    Place place(Random random) {
        return places.get(random.nextInt(places.size()));
    }

    /** A story of a type residents file online, types drawn in their usual mix. */
    Story story(Random random) {
        Kind kind = pickOnline(random);
        return kind.stories().get(random.nextInt(kind.stories().size()));
    }

    /** A story's answers as JSON, amounts drawn anew. */
    String answersJson(Story story, Random random) {
        return json.writeValueAsString(answers(story, random));
    }

    private static Map<String, Object> answers(Story story, Random random) {
        Map<String, Object> answers = new LinkedHashMap<>();
        story.answers().forEach((code, value) -> answers.put(code, AMOUNT.equals(value) ? amount(random) : value));
        return answers;
    }

    /** A new online report as the JSON body of {@code POST /api/v1/reports}. */
    String reportJson(Random random, Instant now) {
        Kind kind = pickOnline(random);
        Story story = kind.stories().get(random.nextInt(kind.stories().size()));
        Place place = place(random);
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("incidentType", kind.type());
        report.put("description", story.description());
        Instant from = now.minus(Duration.ofMinutes(60 + random.nextInt(10 * 24 * 60)));
        report.put("occurredFrom", from.toString());
        if (random.nextInt(3) == 0) {
            Instant to = from.plus(Duration.ofMinutes(10 + random.nextInt(600)));
            report.put("occurredTo", (to.isAfter(now) ? now.minusSeconds(60) : to).toString());
        }
        if (random.nextBoolean()) {
            report.put("address", place.address());
        }
        report.put("latitude", place.latitude());
        report.put("longitude", place.longitude());
        report.put("answers", answers(story, random));
        if (!kind.anonymousAllowed() || random.nextInt(10) >= 3) {
            report.put("reporter", reporter(random));
        }
        kind.involved().accept(random, report);
        return json.writeValueAsString(report);
    }

    private Kind pickOnline(Random random) {
        int ticket = random.nextInt(onlineWeight);
        for (Kind kind : online) {
            ticket -= kind.weight();
            if (ticket < 0) {
                return kind;
            }
        }
        throw new IllegalStateException("weights do not add up");
    }

    private static Map<String, Object> reporter(Random random) {
        String first = FIRST_NAMES.get(random.nextInt(FIRST_NAMES.size()));
        String last = LAST_NAMES.get(random.nextInt(LAST_NAMES.size()));
        Map<String, Object> reporter = new LinkedHashMap<>();
        reporter.put("name", first + " " + last);
        boolean email = random.nextInt(10) < 8;
        if (email) {
            reporter.put(
                    "email",
                    first.toLowerCase(Locale.ROOT) + "." + last.toLowerCase(Locale.ROOT) + random.nextInt(1000)
                            + "@example.org");
        }
        if (!email || random.nextBoolean()) {
            reporter.put("phone", String.format("(636) 555-%04d", random.nextInt(10_000)));
        }
        return reporter;
    }

    private static Map<String, Object> car(Random random, boolean withPlate) {
        String[] car = CARS.get(random.nextInt(CARS.size()));
        Map<String, Object> vehicle = new LinkedHashMap<>();
        vehicle.put("make", car[0]);
        vehicle.put("model", car[1]);
        vehicle.put("colour", car[2]);
        if (withPlate) {
            vehicle.put("plate", String.format("%02dX%04d", random.nextInt(100), random.nextInt(10_000)));
            vehicle.put("state", "MO");
        }
        return vehicle;
    }

    private static Map<String, Object> property(String what, Random random) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("description", what);
        item.put("value", amount(random));
        if (random.nextBoolean()) {
            item.put("serial", "SN" + Integer.toHexString(random.nextInt()).toUpperCase(Locale.ROOT));
        }
        return item;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> answersOf(Map<String, Object> report) {
        return (Map<String, Object>) report.get("answers");
    }

    /** Every combination of a sentence, a time and a closing remark. */
    private static List<Story> stories(
            String type, String sentence, Map<String, Object> answers, List<String> whens, List<String> closings) {
        List<Story> stories = new ArrayList<>();
        for (String when : whens) {
            for (String closing : closings) {
                String text = sentence.replace("{when}", when) + (closing.isEmpty() ? "" : " " + closing);
                stories.add(new Story(type, text, answers));
            }
        }
        return stories;
    }

    private static List<Story> all(List<List<Story>> groups) {
        return groups.stream().flatMap(List::stream).toList();
    }

    private static final BiConsumer<Random, Map<String, Object>> NOTHING = (random, report) -> {};

    private static List<Kind> kinds() {
        List<String> nights = List.of(
                "last night",
                "sometime yesterday afternoon",
                "over the weekend",
                "on Tuesday while we were at work",
                "two days ago",
                "early this morning");
        List<String> remarks = List.of(
                "Nobody saw who did it.",
                "I have the serial number and a photo if that helps.",
                "I need a report number for my insurance claim.",
                "The neighbors did not notice anything unusual.",
                "I am not sure exactly when it happened.",
                "");
        List<Kind> kinds = new ArrayList<>();

        kinds.add(new Kind(
                "THEFT",
                16,
                true,
                false,
                all(List.of(
                        stories(
                                "THEFT",
                                "My son's blue mountain bike was taken from our front porch {when}.",
                                Map.of("itemCategory", "BICYCLE", "stolenFrom", "YARD_PORCH", "estimatedValue", AMOUNT),
                                nights,
                                remarks),
                        stories(
                                "THEFT",
                                "Someone took my bicycle from the rack outside the library {when}; the cable lock was"
                                        + " cut.",
                                Map.of(
                                        "itemCategory",
                                        "BICYCLE",
                                        "stolenFrom",
                                        "PUBLIC_PLACE",
                                        "estimatedValue",
                                        AMOUNT),
                                nights,
                                remarks),
                        stories(
                                "THEFT",
                                "A package the delivery driver left at our door was stolen {when}.",
                                Map.of("itemCategory", "PACKAGE", "stolenFrom", "YARD_PORCH", "estimatedValue", AMOUNT),
                                nights,
                                remarks),
                        stories(
                                "THEFT",
                                "Two boxes were taken off our porch {when}; the doorbell camera shows a person in a grey"
                                        + " hoodie walking off with them.",
                                Map.of(
                                        "itemCategory",
                                        "PACKAGE",
                                        "stolenFrom",
                                        "YARD_PORCH",
                                        "estimatedValue",
                                        AMOUNT,
                                        "suspectKnown",
                                        false),
                                nights,
                                remarks),
                        stories(
                                "THEFT",
                                "A cordless drill and a leaf blower were taken from beside our garage {when}.",
                                Map.of("itemCategory", "TOOLS", "stolenFrom", "YARD_PORCH", "estimatedValue", AMOUNT),
                                nights,
                                remarks),
                        stories(
                                "THEFT",
                                "A gold bracelet was taken from my locker at work {when}.",
                                Map.of(
                                        "itemCategory",
                                        "JEWELRY",
                                        "stolenFrom",
                                        "WORK_SCHOOL",
                                        "estimatedValue",
                                        AMOUNT),
                                nights,
                                remarks))),
                (random, report) -> {
                    if (random.nextBoolean()) {
                        String what = switch (String.valueOf(answersOf(report).get("itemCategory"))) {
                            case "BICYCLE" -> "Blue Trek mountain bike";
                            case "PACKAGE" -> "Parcel with clothing";
                            case "TOOLS" -> "DeWalt cordless drill";
                            case "JEWELRY" -> "Gold bracelet";
                            default -> "Stolen item";
                        };
                        report.put("property", List.of(property(what, random)));
                    }
                }));

        List<String> carItems = List.of(
                "my sunglasses and some loose change",
                "a gym bag",
                "a laptop bag",
                "my work tablet",
                "a set of golf clubs",
                "the garage door opener");
        List<String> carTimes = List.of(
                "last night", "overnight on Friday", "while it was parked at the gym yesterday", "over the weekend");
        List<Story> fromVehicles = new ArrayList<>();
        for (String items : carItems) {
            fromVehicles.addAll(stories(
                    "THEFT_FROM_VEHICLE",
                    "Someone broke the rear window of my car {when} and took " + items + ".",
                    Map.of(
                            "vehicleLocked",
                            true,
                            "entryMethod",
                            "BROKEN_WINDOW",
                            "itemsTaken",
                            items,
                            "estimatedValue",
                            AMOUNT),
                    carTimes,
                    List.of("I already called my insurance company.", "Nothing else was damaged.", "")));
            fromVehicles.addAll(stories(
                    "THEFT_FROM_VEHICLE",
                    "I forgot to lock my truck {when} and someone went through it and took " + items + ".",
                    Map.of(
                            "vehicleLocked",
                            false,
                            "entryMethod",
                            "UNLOCKED",
                            "itemsTaken",
                            items,
                            "estimatedValue",
                            AMOUNT),
                    carTimes,
                    List.of("Other cars on the street were gone through too.", "")));
            fromVehicles.addAll(stories(
                    "THEFT_FROM_VEHICLE",
                    "My car was broken into in the apartment lot {when}; " + items + " went missing.",
                    Map.of(
                            "vehicleLocked",
                            true,
                            "entryMethod",
                            "UNKNOWN",
                            "itemsTaken",
                            items,
                            "estimatedValue",
                            AMOUNT),
                    carTimes,
                    List.of("The manager says the lot camera was not working.", "")));
        }
        kinds.add(new Kind("THEFT_FROM_VEHICLE", 15, true, false, fromVehicles, (random, report) -> {
            if (random.nextInt(10) < 6) {
                report.put("vehicles", List.of(car(random, true)));
            }
        }));

        List<String> overnight = List.of(
                "overnight", "last weekend", "on Sunday night", "sometime after midnight", "between Friday and Monday");
        List<String> damageRemarks = List.of(
                "I took photos.", "This is the second time this year.", "I need the report for the landlord.", "");
        kinds.add(new Kind(
                "VANDALISM",
                12,
                true,
                false,
                all(List.of(
                        stories(
                                "VANDALISM",
                                "We found graffiti spray-painted across our back fence {when}.",
                                Map.of(
                                        "propertyType",
                                        "HOME",
                                        "damageKind",
                                        "GRAFFITI",
                                        "estimatedDamage",
                                        AMOUNT,
                                        "hateSymbols",
                                        false),
                                overnight,
                                damageRemarks),
                        stories(
                                "VANDALISM",
                                "Someone keyed the whole passenger side of my car {when} while it was parked on the"
                                        + " street.",
                                Map.of(
                                        "propertyType",
                                        "VEHICLE",
                                        "damageKind",
                                        "SCRATCHED_PAINT",
                                        "estimatedDamage",
                                        AMOUNT,
                                        "hateSymbols",
                                        false),
                                overnight,
                                damageRemarks),
                        stories(
                                "VANDALISM",
                                "Two tires on my car were flattened and cut {when}.",
                                Map.of(
                                        "propertyType",
                                        "VEHICLE",
                                        "damageKind",
                                        "SLASHED_TIRES",
                                        "estimatedDamage",
                                        AMOUNT,
                                        "hateSymbols",
                                        false),
                                overnight,
                                damageRemarks),
                        stories(
                                "VANDALISM",
                                "A window of our garden shed was broken {when}; it looks like a rock was thrown.",
                                Map.of(
                                        "propertyType",
                                        "HOME",
                                        "damageKind",
                                        "BROKEN_GLASS",
                                        "estimatedDamage",
                                        AMOUNT,
                                        "hateSymbols",
                                        false),
                                overnight,
                                damageRemarks),
                        stories(
                                "VANDALISM",
                                "The slide at the neighborhood playground was tagged with spray paint {when}.",
                                Map.of(
                                        "propertyType",
                                        "PUBLIC_PROPERTY",
                                        "damageKind",
                                        "GRAFFITI",
                                        "estimatedDamage",
                                        AMOUNT,
                                        "hateSymbols",
                                        false),
                                overnight,
                                damageRemarks))),
                NOTHING));

        List<String> lostWhens = List.of("on Saturday", "yesterday", "last week", "this morning", "on my way to work");
        List<String> lostRemarks = List.of(
                "If someone turns it in, please call me.", "I checked with the store already.", "I need a report.", "");
        kinds.add(new Kind(
                "LOST_PROPERTY",
                10,
                true,
                false,
                all(List.of(
                        stories(
                                "LOST_PROPERTY",
                                "I lost a brown leather wallet {when} somewhere between the grocery store and home.",
                                Map.of(
                                        "itemCategory",
                                        "WALLET_PURSE",
                                        "itemDescription",
                                        "Brown leather wallet with my cards"),
                                lostWhens,
                                lostRemarks),
                        stories(
                                "LOST_PROPERTY",
                                "I lost my phone, a black iPhone in a green case, {when}, probably at the soccer fields.",
                                Map.of("itemCategory", "PHONE", "itemDescription", "Black iPhone, green case"),
                                lostWhens,
                                lostRemarks),
                        stories(
                                "LOST_PROPERTY",
                                "I dropped a key ring with a car key and two house keys near the bus stop {when}.",
                                Map.of("itemCategory", "KEYS", "itemDescription", "Key ring, Toyota key, two keys"),
                                lostWhens,
                                lostRemarks),
                        stories(
                                "LOST_PROPERTY",
                                "The rear license plate fell off my car {when}; the DMV asks for a police report.",
                                Map.of("itemCategory", "LICENSE_PLATE", "itemDescription", "Missouri rear plate"),
                                lostWhens,
                                lostRemarks))),
                (random, report) -> {
                    if (random.nextInt(10) < 7) {
                        report.put(
                                "property",
                                List.of(property(
                                        String.valueOf(answersOf(report).get("itemDescription")), random)));
                    }
                }));

        List<String> fraudWhens = List.of("on Monday", "last week", "two weeks ago", "yesterday");
        List<String> fraudRemarks = List.of(
                "My bank told me to file a police report.",
                "I still have the messages.",
                "I want other people to know about this.",
                "");
        kinds.add(new Kind(
                "FRAUD",
                9,
                true,
                false,
                all(List.of(
                        stories(
                                "FRAUD",
                                "I got a call {when} from a man who said he was with the IRS and that I owed back taxes;"
                                        + " I paid him with gift cards before I realised it was a scam.",
                                Map.of(
                                        "scamType",
                                        "PHONE_OR_TEXT",
                                        "moneyLost",
                                        true,
                                        "amountLost",
                                        AMOUNT,
                                        "paymentMethod",
                                        "GIFT_CARDS"),
                                fraudWhens,
                                fraudRemarks),
                        stories(
                                "FRAUD",
                                "I paid for a used couch on an online marketplace {when} and the seller stopped"
                                        + " answering.",
                                Map.of(
                                        "scamType",
                                        "ONLINE_SALE",
                                        "moneyLost",
                                        true,
                                        "amountLost",
                                        AMOUNT,
                                        "paymentMethod",
                                        "TRANSFER"),
                                fraudWhens,
                                fraudRemarks),
                        stories(
                                "FRAUD",
                                "A contractor took a deposit for a new roof {when} and never came back to do the work.",
                                Map.of(
                                        "scamType",
                                        "HOME_REPAIR",
                                        "moneyLost",
                                        true,
                                        "amountLost",
                                        AMOUNT,
                                        "paymentMethod",
                                        "CHECK"),
                                fraudWhens,
                                fraudRemarks),
                        stories(
                                "FRAUD",
                                "Someone texted me {when} pretending to be my bank and asked for my login; I did not"
                                        + " send any money.",
                                Map.of("scamType", "PHONE_OR_TEXT", "moneyLost", false),
                                fraudWhens,
                                fraudRemarks))),
                NOTHING));

        kinds.add(new Kind(
                "HIT_AND_RUN",
                8,
                true,
                false,
                all(List.of(
                        stories(
                                "HIT_AND_RUN",
                                "My parked car was hit {when} and the other driver left without leaving a note. Nobody"
                                        + " was hurt.",
                                Map.of("unattended", true, "estimatedDamage", AMOUNT, "witnesses", false),
                                List.of(
                                        "in the Target parking lot yesterday",
                                        "on the street in front of my house last night",
                                        "in the office garage on Monday",
                                        "at the grocery store on Saturday"),
                                List.of("There is white paint on my bumper.", "The damage is to the rear door.", "")),
                        stories(
                                "HIT_AND_RUN",
                                "Someone backed into our mailbox and fence {when} and drove off; nobody was hurt.",
                                Map.of("unattended", true, "otherVehicle", "White pickup", "witnesses", true),
                                List.of("last night", "over the weekend", "on Friday evening"),
                                List.of("A neighbor saw a white pickup.", "")))),
                (random, report) -> {
                    if (random.nextBoolean()) {
                        report.put("vehicles", List.of(car(random, true)));
                    }
                }));

        List<Story> abandoned = new ArrayList<>();
        for (String[] car : CARS) {
            String vehicle = car[2] + " " + car[0] + " " + car[1];
            for (int days : new int[] {5, 9, 14, 21}) {
                abandoned.add(new Story(
                        "ABANDONED_VEHICLE",
                        "A " + vehicle + " has been parked in front of the house next door for " + days
                                + " days without moving; it has a flat tire and expired tags.",
                        Map.of(
                                "vehicleDescription",
                                vehicle,
                                "daysParked",
                                days,
                                "onPublicStreet",
                                true,
                                "blocking",
                                false)));
            }
        }
        kinds.add(new Kind("ABANDONED_VEHICLE", 6, true, false, abandoned, (random, report) -> {
            if (random.nextInt(10) < 7) {
                report.put("vehicles", List.of(car(random, random.nextBoolean())));
            }
        }));

        List<String> since = List.of("since the spring", "for about a month", "all summer", "for several weeks");
        kinds.add(new Kind(
                "CODE_VIOLATION",
                6,
                true,
                true,
                all(List.of(
                        stories(
                                "CODE_VIOLATION",
                                "The grass at the vacant house on the corner has not been cut {when} and is over two"
                                        + " feet tall.",
                                Map.of("violationKind", "TALL_GRASS"),
                                since,
                                List.of("")),
                        stories(
                                "CODE_VIOLATION",
                                "The back yard of the rental next door has been full of trash bags and old furniture"
                                        + " {when}.",
                                Map.of("violationKind", "TRASH", "rental", true),
                                since,
                                List.of("", "It attracts rats.")),
                        stories(
                                "CODE_VIOLATION",
                                "A car on blocks has been sitting in the front yard across the street {when}.",
                                Map.of("violationKind", "INOPERABLE_VEHICLE"),
                                since,
                                List.of("")))),
                NOTHING));

        kinds.add(new Kind(
                "TRAFFIC_COMPLAINT",
                6,
                true,
                false,
                all(List.of(
                        stories(
                                "TRAFFIC_COMPLAINT",
                                "Cars speed down our street {when}, well over the limit.",
                                Map.of("problemKind", "SPEEDING", "worstTimes", "Weekdays 7 to 8 am"),
                                List.of("every morning", "during school drop-off", "on weekend nights"),
                                List.of(
                                        "There are many children on this street.",
                                        "Could you put up a speed sign?",
                                        "")),
                        stories(
                                "TRAFFIC_COMPLAINT",
                                "Drivers roll through the stop sign at our corner {when}.",
                                Map.of("problemKind", "STOP_SIGNS", "worstTimes", "Rush hour"),
                                List.of("all day", "every afternoon", "mostly in the evening rush"),
                                List.of("")),
                        stories(
                                "TRAFFIC_COMPLAINT",
                                "Heavy trucks keep using our residential street as a shortcut {when}.",
                                Map.of("problemKind", "TRUCKS", "worstTimes", "Early mornings", "schoolNearby", true),
                                List.of("every morning", "since the highway work started"),
                                List.of("", "The street is not built for them.")))),
                NOTHING));

        kinds.add(new Kind(
                "SUSPICIOUS_ACTIVITY",
                5,
                true,
                true,
                all(List.of(
                        stories(
                                "SUSPICIOUS_ACTIVITY",
                                "Around 2 am {when} my camera recorded a man pulling on car door handles along our"
                                        + " street; he walked off toward the park.",
                                Map.of("activityKind", "CHECKING_DOORS", "seenBefore", false),
                                List.of("last night", "on Sunday", "two nights ago"),
                                List.of("I just want it on record.", "I can send the video.")),
                        stories(
                                "SUSPICIOUS_ACTIVITY",
                                "A dark sedan drove slowly around the block several times {when} and then left.",
                                Map.of("activityKind", "VEHICLE", "seenBefore", true),
                                List.of("yesterday evening", "on Saturday afternoon", "last week"),
                                List.of("I did not recognise it.", "")))),
                (random, report) -> {
                    if (random.nextInt(10) < 4) {
                        report.put(
                                "people",
                                List.of(Map.of("role", "SUSPECT", "description", "Man in his twenties, grey hoodie")));
                    }
                }));

        kinds.add(new Kind(
                "MINOR_CRASH",
                4,
                true,
                false,
                all(List.of(
                        stories(
                                "MINOR_CRASH",
                                "Minor fender bender in the grocery store parking lot {when}, no injuries, we exchanged"
                                        + " insurance information.",
                                Map.of(
                                        "vehiclesInvolved",
                                        2,
                                        "informationExchanged",
                                        true,
                                        "vehiclesDrivable",
                                        true,
                                        "privateProperty",
                                        true),
                                List.of("yesterday", "on Friday", "this morning"),
                                List.of("My insurer asked me to report it.", "")),
                        stories(
                                "MINOR_CRASH",
                                "Another car bumped into mine at a red light {when}; nobody was hurt and we both drove"
                                        + " away after swapping details.",
                                Map.of(
                                        "vehiclesInvolved",
                                        2,
                                        "informationExchanged",
                                        true,
                                        "vehiclesDrivable",
                                        true,
                                        "privateProperty",
                                        false,
                                        "estimatedDamage",
                                        AMOUNT),
                                List.of("yesterday", "on Monday morning", "last week"),
                                List.of("")))),
                (random, report) -> report.put("vehicles", List.of(car(random, true), car(random, true)))));

        kinds.add(new Kind(
                "GENERAL_INQUIRY",
                3,
                true,
                false,
                List.of(
                        new Story(
                                "GENERAL_INQUIRY",
                                "How do I get a copy of the crash report from last month?",
                                Map.of("topic", "REPORT_COPY", "preferredContact", "EMAIL")),
                        new Story(
                                "GENERAL_INQUIRY",
                                "Do you still offer home security checks? I would like to sign up.",
                                Map.of("topic", "PROGRAMS", "preferredContact", "PHONE")),
                        new Story(
                                "GENERAL_INQUIRY",
                                "At what hours is construction work allowed on weekends?",
                                Map.of("topic", "ORDINANCES", "preferredContact", "EMAIL"))),
                NOTHING));

        // Taken by phone only: part of the history, never filed online by the benchmark.
        kinds.add(new Kind(
                "NOISE",
                5,
                false,
                false,
                stories(
                        "NOISE",
                        "The neighbors played loud music {when}.",
                        Map.of("noiseType", "MUSIC_PARTY", "ongoing", false, "happenedBefore", true),
                        List.of("until 3 am last night", "all Saturday night", "late on Friday"),
                        List.of("It happens every weekend.", "")),
                NOTHING));
        return kinds;
    }
}
