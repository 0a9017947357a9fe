package org.precinct.records;

import java.time.LocalDate;
import java.util.List;

/**
 * One kind of property in an incident (the Property Segment, Data Elements 14 to 22): what happened to it, what it
 * is and what it was worth. Five stolen cars are one item with {@code vehicles} 5; drugs carry their type and
 * quantity. For a loss type of {@link NibrsPropertyLossType#NONE none} or {@link NibrsPropertyLossType#UNKNOWN
 * unknown} only the loss type is given.
 *
 * @param lossType what happened to the property (14)
 * @param description what the property is (15)
 * @param valueDollars its value in whole US dollars (16), or {@code null} when not given
 * @param dateRecovered when stolen property was recovered (17), for recovered property only
 * @param vehicles the number of stolen or recovered motor vehicles (18, 19), for vehicles in a motor vehicle theft
 * @param drugs the suspected drug types with their quantities (20 to 22; up to three), for seized drugs
 */
public record NibrsPropertyItem(
        NibrsPropertyLossType lossType,
        NibrsPropertyDescription description,
        Long valueDollars,
        LocalDate dateRecovered,
        Integer vehicles,
        List<NibrsDrugQuantity> drugs) {

    public NibrsPropertyItem {
        drugs = NibrsLists.copy(drugs);
    }

    /** An item with only a loss type, as {@code NONE} and {@code UNKNOWN} are reported. */
    public static NibrsPropertyItem lossOnly(NibrsPropertyLossType lossType) {
        return new NibrsPropertyItem(lossType, null, null, null, null, List.of());
    }

    /** An item of the given kind and value with nothing else. */
    public static NibrsPropertyItem of(
            NibrsPropertyLossType lossType, NibrsPropertyDescription description, long valueDollars) {
        return new NibrsPropertyItem(lossType, description, valueDollars, null, null, List.of());
    }

    /** Whether this item is reported as drugs (a substance) rather than an ordinary item. */
    public boolean isDrugs() {
        return description == NibrsPropertyDescription.DRUGS_NARCOTICS;
    }
}
