package org.precinct.records;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.precinct.records.nibrs.EditFindings;
import org.precinct.records.nibrs.IncidentEdits;
import org.precinct.records.nibrs.PersonEdits;
import org.springframework.context.MessageSource;

/**
 * The FBI's NIBRS data element edits that can be checked before a report is approved: what the FBI would reject,
 * told to the report's author in English and Spanish. An empty list means the incident passes.
 *
 * <p>The edits follow the segments of the NIBRS technical specification ({@link NibrsEditFamily}):
 *
 * <ul>
 *   <li><b>Administrative</b>: incident number present, at most 12 capital letters, digits or hyphens (Data
 *       Element 2); incident date present and hour 0-23 (3); cleared exceptionally present (4); one to ten
 *       offenses, at least one victim, at most 999 victims, 99 offenders and 99 arrestees; cargo theft (2A) only
 *       with an offense that can be cargo theft.
 *   <li><b>Dates</b>: the incident date, exceptional clearance date, arrest dates and recovery dates are not after
 *       the month being submitted; clearance, arrest and recovery are not before the incident.
 *   <li><b>Exceptional clearance</b>: a code A to E needs its date (5); N has no date; an incident with an
 *       arrestee is cleared by arrest, not exceptionally.
 *   <li><b>Offense</b>: each offense code once, Group A only (6); homicides and assaults are completed (7);
 *       justifiable homicide 09C is the incident's only offense; offender suspected of using (8, one to three),
 *       bias motivation (8A, one to five) and location type (9) present; "not applicable", "none" and "unknown"
 *       stand alone; no value twice.
 *   <li><b>Offense circumstances</b>: weapon or force (13) given for homicides, kidnapping, sex offenses,
 *       robbery, aggravated and simple assault, extortion, weapon law violations and human trafficking, and only
 *       for them, at most three, "none" alone, simple assault only with personal weapons, other, unknown or none;
 *       criminal activity (12) given for counterfeiting, stolen property, drug, gambling equipment, pornography,
 *       weapon law and animal cruelty offenses with the kinds each allows, gang information only for the violent
 *       offenses and only juvenile gang, other gang or none; method of entry (11) for burglary only and always;
 *       premises entered (10) for a burglary of a hotel or storage facility only and always, 1 to 99.
 *   <li><b>Offense and property</b>: the loss types (14) each offense allows: attempted offenses report none or
 *       unknown; a completed larceny (23A-23H), motor vehicle theft, fraud or embezzlement needs a stolen item
 *       (e.g. a 23F theft from motor vehicle); robbery, extortion, burglary and bribery need stolen property or
 *       none; arson burned property; vandalism destroyed/damaged property; counterfeiting counterfeited, recovered
 *       or seized property or none; stolen property offenses recovered property or none; drug and gambling
 *       offenses seized property or none; kidnapping may report property. No property for offenses that report
 *       none; no loss type no offense allows; recovered property was reported stolen, for no more than its
 *       stolen value (except with counterfeiting or stolen property offenses).
 *   <li><b>Property item</b>: none and unknown carry nothing else; other loss types give a description (15) and
 *       a value (16; optional for seized drugs), 0 only for cards, documents, identities and "other", $1 for
 *       pending inventory; date recovered (17) for recovered property only and always; number of vehicles (18,
 *       19) for stolen or recovered vehicles of a motor vehicle theft only and always; drug type, quantity and
 *       measurement (20-22) for seized drugs of a drug offense only and always, at most three; each loss type and
 *       description once.
 *   <li><b>Offense and victim</b>: every offense has a victim and every victim an offense of the incident (24);
 *       crimes against persons need an individual or officer victim; an officer victim only for murder and
 *       assaults; crimes against society have society as their victim, and only they; victim numbers 1-999 and
 *       unique (23); victim type present (25).
 *   <li><b>Victim details</b>: individuals and officers give age, sex and race (26-28); other victims give no
 *       personal details; officers give their activity and assignment (25A, 25B) and only officers, with a valid
 *       ORI (25C); injuries (33) for victims of kidnapping, sex offenses, robbery, assaults, extortion and human
 *       trafficking, only for them, "none" alone, at most five, and a simple assault alone causes at most a minor
 *       injury; aggravated assault and homicide circumstances (31) for 09A, 09B, 09C and 13A with the codes each
 *       allows, at most two; justifiable homicide circumstance (32) for 09C only and always.
 *   <li><b>Victim and offender</b>: a person victim of a crime against persons or robbery gives the relationship
 *       (35) to each known offender, up to ten (34); no relationships for other victims; only offenders the
 *       incident lists; one relationship per offender.
 *   <li><b>Offender</b>: numbers 1-99, unique (36); age, sex and race given (37-39); an offender is not a newborn
 *       or baby. An incident with no offender listed is reported with offender 0 (nothing known).
 *   <li><b>Arrestee</b>: numbers 1-99, unique (40); arrest transaction number (41) of at most 12 capital letters,
 *       digits or hyphens, date (42), type (43), multiple arrestee indicator (44), a Group A arrest offense (45),
 *       not 09C; armed with (46) one or two, "unarmed" alone; age, sex and race (47-49), not as a newborn or baby;
 *       the disposition of an arrestee under 18 (52) is given, and only for arrestees certainly under 18.
 *   <li><b>Group B arrest</b>: the same arrest elements with a Group B offense and no date after the month.
 * </ul>
 *
 * <p>Edits that need the FBI's database (an incident number already submitted, an arrest of another agency's
 * incident) and the consistency checks between ages, sexes and relationships are not checked here.
 */
public class NibrsEdits {

    private static final Locale SPANISH = Locale.forLanguageTag("es");

    private final Clock clock;
    private final ZoneId zone;
    private final MessageSource messages;

    /**
     * @param clock gives today, whose month is the month a report approved now is submitted in
     * @param zone the department's time zone
     * @param messages holds the {@code records-nibrs} bundle
     */
    public NibrsEdits(Clock clock, ZoneId zone, MessageSource messages) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.zone = Objects.requireNonNull(zone, "zone");
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    /** The edits an incident approved today fails: it will be submitted with this month's reports. */
    public List<NibrsViolation> check(NibrsIncident incident) {
        return check(incident, currentMonth());
    }

    /** The edits an incident fails when submitted for {@code submissionMonth}. */
    public List<NibrsViolation> check(NibrsIncident incident, YearMonth submissionMonth) {
        return words(IncidentEdits.check(incident, submissionMonth));
    }

    /** The edits a Group B arrest approved today fails. */
    public List<NibrsViolation> check(NibrsGroupBArrest arrest) {
        return check(arrest, currentMonth());
    }

    /** The edits a Group B arrest fails when submitted for {@code submissionMonth}. */
    public List<NibrsViolation> check(NibrsGroupBArrest arrest, YearMonth submissionMonth) {
        return words(PersonEdits.check(arrest, submissionMonth));
    }

    private YearMonth currentMonth() {
        return YearMonth.from(LocalDate.now(clock.withZone(zone)));
    }

    private List<NibrsViolation> words(EditFindings findings) {
        return findings.findings().stream()
                .map(finding -> new NibrsViolation(
                        finding.family(),
                        finding.messageKey(),
                        messages.getMessage(finding.messageKey(), finding.arguments(), Locale.ENGLISH),
                        messages.getMessage(finding.messageKey(), finding.arguments(), SPANISH)))
                .toList();
    }
}
