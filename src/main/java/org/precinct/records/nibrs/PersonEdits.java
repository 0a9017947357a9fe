package org.precinct.records.nibrs;

import static org.precinct.records.NibrsEditFamily.ARRESTEE;
import static org.precinct.records.NibrsEditFamily.DATES;
import static org.precinct.records.NibrsEditFamily.GROUP_B_ARREST;
import static org.precinct.records.NibrsEditFamily.OFFENDER;
import static org.precinct.records.nibrs.EditFindings.element;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.precinct.records.NibrsAge;
import org.precinct.records.NibrsAgeText;
import org.precinct.records.NibrsArmedWith;
import org.precinct.records.NibrsArrestee;
import org.precinct.records.NibrsEditFamily;
import org.precinct.records.NibrsGroupBArrest;
import org.precinct.records.NibrsIncident;
import org.precinct.records.NibrsJuvenileDisposition;
import org.precinct.records.NibrsOffender;
import org.precinct.records.NibrsPersonDescription;
import org.precinct.records.NibrsUcrOffense;
import org.springframework.context.MessageSourceResolvable;

/** The edits of the Offender and Arrestee Segments and of Group B Arrest Reports. */
public final class PersonEdits {

    private PersonEdits() {}

    static void offenders(NibrsIncident incident, EditFindings findings) {
        Set<Integer> numbers = new HashSet<>();
        for (NibrsOffender offender : incident.offenders()) {
            MessageSourceResolvable where = EditFindings.offender(offender.sequenceNumber());
            if (offender.sequenceNumber() < 1 || offender.sequenceNumber() > 99) {
                findings.add(OFFENDER, "sequence.range", where, "99");
            } else if (!numbers.add(offender.sequenceNumber())) {
                findings.add(OFFENDER, "sequence.duplicate", where);
            }
            NibrsPersonDescription person = offender.person();
            if (person.age() == null || person.sex() == null || person.race() == null) {
                findings.add(OFFENDER, "person.descriptors", where);
            }
            notAnInfant(OFFENDER, person.age(), where, findings);
        }
    }

    static void arrestees(NibrsIncident incident, EditFindings findings) {
        Set<Integer> numbers = new HashSet<>();
        for (NibrsArrestee arrestee : incident.arrestees()) {
            MessageSourceResolvable where = EditFindings.arrestee(arrestee.sequenceNumber());
            if (arrestee.sequenceNumber() < 1 || arrestee.sequenceNumber() > 99) {
                findings.add(ARRESTEE, "sequence.range", where, "99");
            } else if (!numbers.add(arrestee.sequenceNumber())) {
                findings.add(ARRESTEE, "sequence.duplicate", where);
            }
            if (arrestee.multipleArresteeIndicator() == null) {
                findings.add(ARRESTEE, "missing", where, element("multipleArrestee"));
            }
            arrest(
                    ARRESTEE,
                    where,
                    arrestee.arrestTransactionNumber(),
                    arrestee.arrestDate(),
                    arrestee.arrestType() != null,
                    arrestee.arrestOffense(),
                    arrestee.armedWith(),
                    arrestee.person(),
                    arrestee.juvenileDisposition(),
                    findings);
            if (arrestee.arrestOffense() != null && !arrestee.arrestOffense().groupA()) {
                findings.add(ARRESTEE, "arrestee.groupBOffense", where, arrestee.arrestOffense());
            }
        }
    }

    /** Runs every edit of a Group B arrest. */
    public static EditFindings check(NibrsGroupBArrest arrest, YearMonth submissionMonth) {
        EditFindings findings = new EditFindings();
        MessageSourceResolvable where = EditFindings.groupBArrest(arrest.arrestTransactionNumber());
        if (arrest.sequenceNumber() < 1 || arrest.sequenceNumber() > 99) {
            findings.add(GROUP_B_ARREST, "sequence.range", where, "99");
        }
        arrest(
                GROUP_B_ARREST,
                where,
                arrest.arrestTransactionNumber(),
                arrest.arrestDate(),
                arrest.arrestType() != null,
                arrest.arrestOffense(),
                arrest.armedWith(),
                arrest.person(),
                arrest.juvenileDisposition(),
                findings);
        if (arrest.arrestOffense() != null && arrest.arrestOffense().groupA()) {
            findings.add(GROUP_B_ARREST, "groupB.groupAOffense", where, arrest.arrestOffense());
        }
        if (arrest.arrestDate() != null && arrest.arrestDate().isAfter(submissionMonth.atEndOfMonth())) {
            findings.add(
                    DATES,
                    "date.afterMonth",
                    where,
                    element("arrestDate"),
                    arrest.arrestDate().toString(),
                    submissionMonth.toString());
        }
        return findings;
    }

    /** The elements an arrestee of an incident and a Group B arrest share (Data Elements 41 to 52). */
    private static void arrest(
            NibrsEditFamily family,
            MessageSourceResolvable where,
            String transactionNumber,
            LocalDate date,
            boolean hasType,
            NibrsUcrOffense offense,
            List<NibrsArmedWith> armedWith,
            NibrsPersonDescription person,
            NibrsJuvenileDisposition disposition,
            EditFindings findings) {
        if (transactionNumber == null || transactionNumber.isBlank()) {
            findings.add(family, "missing", where, element("arrestTransactionNumber"));
        } else if (!IncidentEdits.NUMBER.matcher(transactionNumber).matches()) {
            findings.add(family, "arrest.transactionNumberForm", where, transactionNumber);
        }
        if (date == null) {
            findings.add(family, "missing", where, element("arrestDate"));
        }
        if (!hasType) {
            findings.add(family, "missing", where, element("arrestType"));
        }
        if (offense == null) {
            findings.add(family, "missing", where, element("arrestOffense"));
        } else if (offense == NibrsUcrOffense.JUSTIFIABLE_HOMICIDE) {
            findings.add(family, "arrest.justifiableHomicide", where);
        }
        if (armedWith.isEmpty()) {
            findings.add(family, "missing", where, element("armedWith"));
        }
        findings.atMost(family, where, "armedWith", armedWith, 2);
        findings.noDuplicates(family, where, "armedWith", armedWith);
        findings.alone(family, where, "armedWith", armedWith, NibrsArmedWith.UNARMED);
        if (person.age() == null || person.sex() == null || person.race() == null) {
            findings.add(family, "person.descriptors", where);
        }
        notAnInfant(family, person.age(), where, findings);
        NibrsAge age = person.age();
        if (age != null && age.isCertainlyUnder18() && disposition == null) {
            findings.add(family, "arrest.juvenileDispositionMissing", where);
        }
        if (disposition != null && (age == null || !age.isCertainlyUnder18())) {
            findings.add(family, "arrest.juvenileDispositionAdult", where);
        }
    }

    /** Offenders and arrestees are not reported as newborns or babies, only victims are. */
    private static void notAnInfant(
            NibrsEditFamily family, NibrsAge age, MessageSourceResolvable where, EditFindings findings) {
        if (age != null && age.text() != null && age.text() != NibrsAgeText.UNKNOWN) {
            findings.add(family, "person.infant", where, age.text());
        }
    }
}
