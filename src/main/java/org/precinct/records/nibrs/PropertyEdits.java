package org.precinct.records.nibrs;

import static org.precinct.records.NibrsEditFamily.OFFENSE_PROPERTY;
import static org.precinct.records.NibrsEditFamily.PROPERTY_ITEM;
import static org.precinct.records.nibrs.EditFindings.element;
import static org.precinct.records.nibrs.EditFindings.incident;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.precinct.records.NibrsDrugMeasurement;
import org.precinct.records.NibrsDrugQuantity;
import org.precinct.records.NibrsIncident;
import org.precinct.records.NibrsOffense;
import org.precinct.records.NibrsPropertyDescription;
import org.precinct.records.NibrsPropertyItem;
import org.precinct.records.NibrsPropertyLossType;
import org.precinct.records.NibrsUcrOffense;
import org.springframework.context.MessageSourceResolvable;

/** The edits of the Property Segment and of what property each offense needs. */
final class PropertyEdits {

    private PropertyEdits() {}

    static void check(NibrsIncident incident, EditFindings findings) {
        offenseProperty(incident, findings);
        items(incident, findings);
    }

    private static void offenseProperty(NibrsIncident incident, EditFindings findings) {
        Set<NibrsPropertyLossType> present = EnumSet.noneOf(NibrsPropertyLossType.class);
        incident.property().stream()
                .map(NibrsPropertyItem::lossType)
                .filter(Objects::nonNull)
                .forEach(present::add);
        Set<NibrsPropertyLossType> allowed = EnumSet.noneOf(NibrsPropertyLossType.class);
        boolean anyPropertyOffense = false;
        for (NibrsOffense offense : incident.offenses()) {
            if (offense.offense() == null) {
                continue;
            }
            OffenseRules.PropertyRule rule = OffenseRules.property(offense.offense(), offense.attempted());
            if (rule == null) {
                continue;
            }
            anyPropertyOffense = true;
            allowed.addAll(rule.allowed());
            if (!rule.needsOneOf().isEmpty() && rule.needsOneOf().stream().noneMatch(present::contains)) {
                NibrsPropertyLossType first = rule.needsOneOf().iterator().next();
                if (rule.needsOneOf().size() == 1) {
                    findings.add(
                            OFFENSE_PROPERTY, "property.needsLoss", EditFindings.offense(offense.offense()), first);
                } else {
                    findings.add(
                            OFFENSE_PROPERTY,
                            "property.needsOneOf",
                            EditFindings.offense(offense.offense()),
                            lossTypes(rule.needsOneOf()));
                }
            }
        }
        List<NibrsPropertyItem> property = incident.property();
        if (!anyPropertyOffense && !property.isEmpty()) {
            findings.add(OFFENSE_PROPERTY, "property.noPropertyOffense", incident());
            return;
        }
        for (int i = 0; i < property.size(); i++) {
            NibrsPropertyItem item = property.get(i);
            if (item.lossType() != null && !allowed.contains(item.lossType())) {
                findings.add(
                        OFFENSE_PROPERTY, "property.lossNotAllowed", EditFindings.property(i, item), item.lossType());
            }
        }
        // Recovered property was first stolen, in this incident, unless the offense is receiving or forging it.
        boolean recoveryStandsAlone = incident.offense(NibrsUcrOffense.STOLEN_PROPERTY_OFFENSES)
                        .isPresent()
                || incident.offense(NibrsUcrOffense.COUNTERFEITING_FORGERY).isPresent();
        Map<NibrsPropertyDescription, Long> stolenValue = new HashMap<>();
        for (NibrsPropertyItem item : property) {
            if (item.lossType() == NibrsPropertyLossType.STOLEN && item.description() != null) {
                stolenValue.merge(
                        item.description(), item.valueDollars() == null ? 0L : item.valueDollars(), Long::sum);
            }
        }
        for (int i = 0; i < property.size(); i++) {
            NibrsPropertyItem item = property.get(i);
            if (item.lossType() != NibrsPropertyLossType.RECOVERED
                    || item.description() == null
                    || recoveryStandsAlone) {
                continue;
            }
            Long stolen = stolenValue.get(item.description());
            if (stolen == null) {
                findings.add(OFFENSE_PROPERTY, "property.recoveredNotStolen", EditFindings.property(i, item));
            } else if (item.valueDollars() != null && item.valueDollars() > stolen) {
                findings.add(
                        OFFENSE_PROPERTY,
                        "property.recoveredMoreThanStolen",
                        EditFindings.property(i, item),
                        String.valueOf(item.valueDollars()),
                        String.valueOf(stolen));
            }
        }
    }

    private static void items(NibrsIncident incident, EditFindings findings) {
        boolean drugOffense = incident.offenses().stream()
                .anyMatch(offense ->
                        offense.offense() == NibrsUcrOffense.DRUG_NARCOTIC_VIOLATIONS && !offense.attempted());
        boolean vehicleTheft = incident.offenses().stream()
                .anyMatch(offense -> offense.offense() == NibrsUcrOffense.MOTOR_VEHICLE_THEFT && !offense.attempted());
        Set<String> kinds = new HashSet<>();
        List<NibrsPropertyItem> property = incident.property();
        for (int i = 0; i < property.size(); i++) {
            NibrsPropertyItem item = property.get(i);
            MessageSourceResolvable where = EditFindings.property(i, item);
            if (item.lossType() == null) {
                findings.add(PROPERTY_ITEM, "missing", where, element("lossType"));
                continue;
            }
            if (!kinds.add(item.lossType() + "/" + item.description())) {
                findings.add(PROPERTY_ITEM, "property.duplicate", where);
            }
            boolean lossOnly =
                    item.lossType() == NibrsPropertyLossType.NONE || item.lossType() == NibrsPropertyLossType.UNKNOWN;
            if (lossOnly) {
                if (item.description() != null
                        || item.valueDollars() != null
                        || item.dateRecovered() != null
                        || item.vehicles() != null
                        || !item.drugs().isEmpty()) {
                    findings.add(PROPERTY_ITEM, "property.lossOnly", where, item.lossType());
                }
                continue;
            }
            if (item.description() == null) {
                findings.add(PROPERTY_ITEM, "missing", where, element("propertyDescription"));
            }
            value(item, where, drugOffense, findings);
            boolean recovered = item.lossType() == NibrsPropertyLossType.RECOVERED;
            if (recovered && item.dateRecovered() == null) {
                findings.add(PROPERTY_ITEM, "missing", where, element("dateRecovered"));
            }
            if (!recovered && item.dateRecovered() != null) {
                findings.add(PROPERTY_ITEM, "property.dateRecoveredNotRecovered", where);
            }
            vehicles(item, where, vehicleTheft, findings);
            drugs(item, where, drugOffense, findings);
        }
    }

    private static void value(
            NibrsPropertyItem item, MessageSourceResolvable where, boolean drugOffense, EditFindings findings) {
        // Seized drugs are counted by their quantity; their value is optional.
        boolean seizedDrugs = item.isDrugs() && item.lossType() == NibrsPropertyLossType.SEIZED && drugOffense;
        Long value = item.valueDollars();
        if (value == null) {
            if (!seizedDrugs) {
                findings.add(PROPERTY_ITEM, "missing", where, element("value"));
            }
            return;
        }
        if (value < 0 || value > 999_999_999L) {
            findings.add(PROPERTY_ITEM, "property.valueRange", where, String.valueOf(value));
        } else if (value == 0
                && item.description() != null
                && !OffenseRules.ZERO_VALUE.contains(item.description())
                && !seizedDrugs) {
            findings.add(PROPERTY_ITEM, "property.zeroValue", where);
        }
        if (item.description() == NibrsPropertyDescription.PENDING_INVENTORY && value != 1) {
            findings.add(PROPERTY_ITEM, "property.pendingInventory", where);
        }
    }

    private static void vehicles(
            NibrsPropertyItem item, MessageSourceResolvable where, boolean vehicleTheft, EditFindings findings) {
        boolean counted = vehicleTheft
                && OffenseRules.VEHICLES.contains(item.description())
                && (item.lossType() == NibrsPropertyLossType.STOLEN
                        || item.lossType() == NibrsPropertyLossType.RECOVERED);
        if (counted && item.vehicles() == null) {
            findings.add(PROPERTY_ITEM, "missing", where, element("vehicles"));
        }
        if (!counted && item.vehicles() != null) {
            findings.add(PROPERTY_ITEM, "property.vehiclesNotAllowed", where);
        }
        if (item.vehicles() != null && (item.vehicles() < 1 || item.vehicles() > 99)) {
            findings.add(PROPERTY_ITEM, "property.vehiclesRange", where, String.valueOf(item.vehicles()));
        }
    }

    private static void drugs(
            NibrsPropertyItem item, MessageSourceResolvable where, boolean drugOffense, EditFindings findings) {
        boolean counted = item.isDrugs() && item.lossType() == NibrsPropertyLossType.SEIZED && drugOffense;
        List<NibrsDrugQuantity> drugs = item.drugs();
        if (counted && drugs.isEmpty()) {
            findings.add(PROPERTY_ITEM, "missing", where, element("drugType"));
        }
        if (!counted && !drugs.isEmpty()) {
            findings.add(PROPERTY_ITEM, "property.drugsNotAllowed", where);
            return;
        }
        findings.atMost(PROPERTY_ITEM, where, "drugType", drugs, 3);
        findings.noDuplicates(
                PROPERTY_ITEM,
                where,
                "drugType",
                drugs.stream()
                        .map(NibrsDrugQuantity::type)
                        .filter(Objects::nonNull)
                        .toList());
        for (NibrsDrugQuantity drug : drugs) {
            if (drug.type() == null) {
                findings.add(PROPERTY_ITEM, "missing", where, element("drugType"));
            }
            if (drug.measurement() == null) {
                findings.add(PROPERTY_ITEM, "missing", where, element("drugMeasurement"));
            } else if (drug.measurement() == NibrsDrugMeasurement.NOT_REPORTED) {
                if (drug.quantity() != null) {
                    findings.add(PROPERTY_ITEM, "property.drugQuantityNotReported", where);
                }
            } else if (drug.quantity() == null) {
                findings.add(PROPERTY_ITEM, "missing", where, element("drugQuantity"));
            }
        }
    }

    /** "Stolen, None" as one argument: the names of the loss types joined. */
    private static MessageSourceResolvable lossTypes(Set<NibrsPropertyLossType> types) {
        List<NibrsPropertyLossType> list = List.copyOf(types);
        if (list.size() == 2) {
            return EditFindings.resolvable(
                    "nibrs.edit.either", EditFindings.named(list.get(0)), EditFindings.named(list.get(1)));
        }
        Object[] names = list.stream().map(EditFindings::named).toArray();
        // Three or four choices: "A, B, C or D".
        MessageSourceResolvable joined =
                EditFindings.resolvable("nibrs.edit.either", names[names.length - 2], names[names.length - 1]);
        for (int i = names.length - 3; i >= 0; i--) {
            joined = EditFindings.resolvable("nibrs.edit.list", names[i], joined);
        }
        return joined;
    }
}
