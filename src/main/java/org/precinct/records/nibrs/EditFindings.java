package org.precinct.records.nibrs;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.precinct.records.NibrsCode;
import org.precinct.records.NibrsEditFamily;
import org.precinct.records.NibrsPropertyItem;
import org.precinct.records.NibrsUcrOffense;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * What the edits find, as message keys with their arguments, before they are put into words. The first argument
 * of every message says where the problem is (an offense, a victim, a property item, ...).
 */
public final class EditFindings {

    /**
     * One failed edit.
     *
     * @param family its family
     * @param messageKey the message's key
     * @param arguments the message's arguments, the first saying where
     */
    public record Finding(NibrsEditFamily family, String messageKey, Object[] arguments) {}

    private final List<Finding> findings = new ArrayList<>();

    public List<Finding> findings() {
        return List.copyOf(findings);
    }

    /** Records that the edit {@code key} failed at {@code where}. */
    void add(NibrsEditFamily family, String key, MessageSourceResolvable where, Object... arguments) {
        Object[] all = new Object[arguments.length + 1];
        all[0] = where;
        for (int i = 0; i < arguments.length; i++) {
            Object argument = arguments[i];
            all[i + 1] = argument instanceof NibrsCode ? named((NibrsCode) argument) : argument;
        }
        findings.add(new Finding(family, "nibrs.edit." + key, all));
    }

    /** Records {@code tooMany} when {@code values} holds more than {@code most}. */
    void atMost(NibrsEditFamily family, MessageSourceResolvable where, String element, Collection<?> values, int most) {
        if (values.size() > most) {
            add(family, "tooMany", where, element(element), String.valueOf(most));
        }
    }

    /** Records {@code duplicate} for each value given more than once. */
    void noDuplicates(NibrsEditFamily family, MessageSourceResolvable where, String element, Collection<?> values) {
        Set<Object> seen = new HashSet<>();
        Set<Object> reported = new HashSet<>();
        for (Object value : values) {
            if (!seen.add(value) && reported.add(value)) {
                add(
                        family,
                        "duplicate",
                        where,
                        element(element),
                        value instanceof NibrsCode ? value : String.valueOf(value));
            }
        }
    }

    /**
     * Records {@code exclusive} when {@code values} holds {@code alone} together with anything else: "none" and
     * "unknown" answers cannot stand beside real ones.
     */
    void alone(
            NibrsEditFamily family,
            MessageSourceResolvable where,
            String element,
            Collection<?> values,
            NibrsCode... alone) {
        for (NibrsCode value : alone) {
            if (values.contains(value) && values.size() > 1) {
                add(family, "exclusive", where, element(element), value);
            }
        }
    }

    /**
     * A code with its name, "23F (Theft From Motor Vehicle)", or only the name where the code is a word
     * ({@code STOLEN}, {@code ANTIWHITE}) that says no more than the name.
     */
    static MessageSourceResolvable named(NibrsCode code) {
        DefaultMessageSourceResolvable name = new DefaultMessageSourceResolvable(code.messageKey());
        return code.code().length() <= 3 ? resolvable("nibrs.edit.codeAndName", code.code(), name) : name;
    }

    /** The name of a data element, e.g. "weapon or force". */
    static MessageSourceResolvable element(String element) {
        return resolvable("nibrs.element." + element);
    }

    static MessageSourceResolvable incident() {
        return resolvable("nibrs.where.incident");
    }

    static MessageSourceResolvable offense(NibrsUcrOffense offense) {
        return offense == null
                ? resolvable("nibrs.where.offenseWithoutCode")
                : resolvable("nibrs.where.offense", named(offense));
    }

    static MessageSourceResolvable victim(int sequenceNumber) {
        return resolvable("nibrs.where.victim", String.valueOf(sequenceNumber));
    }

    static MessageSourceResolvable offender(int sequenceNumber) {
        return resolvable("nibrs.where.offender", String.valueOf(sequenceNumber));
    }

    static MessageSourceResolvable arrestee(int sequenceNumber) {
        return resolvable("nibrs.where.arrestee", String.valueOf(sequenceNumber));
    }

    static MessageSourceResolvable groupBArrest(String transactionNumber) {
        return resolvable("nibrs.where.groupBArrest", transactionNumber == null ? "-" : transactionNumber);
    }

    /** "Property item 2 (Stolen: Money)"; items are numbered from 1 in the order the incident lists them. */
    static MessageSourceResolvable property(int index, NibrsPropertyItem item) {
        Object loss = item.lossType() == null
                ? "-"
                : new DefaultMessageSourceResolvable(item.lossType().messageKey());
        if (item.description() == null) {
            return resolvable("nibrs.where.propertyLoss", String.valueOf(index + 1), loss);
        }
        return resolvable(
                "nibrs.where.property",
                String.valueOf(index + 1),
                loss,
                new DefaultMessageSourceResolvable(item.description().messageKey()));
    }

    static MessageSourceResolvable resolvable(String key, Object... arguments) {
        return new DefaultMessageSourceResolvable(new String[] {key}, arguments.length == 0 ? null : arguments);
    }

    @Override
    public String toString() {
        return findings.stream()
                .map(finding -> finding.messageKey() + Arrays.toString(finding.arguments()))
                .toList()
                .toString();
    }
}
