package org.precinct.records;

import java.math.BigDecimal;

/**
 * A seized drug (Data Elements 20 to 22): its suspected type and estimated quantity.
 *
 * @param type the suspected drug type
 * @param quantity the estimated quantity, more than zero; {@code null} with the measurement {@code NOT_REPORTED}
 * @param measurement the unit of the quantity
 */
public record NibrsDrugQuantity(NibrsDrugType type, BigDecimal quantity, NibrsDrugMeasurement measurement) {

    public NibrsDrugQuantity {
        if (quantity != null && quantity.signum() <= 0) {
            throw new IllegalArgumentException("A drug quantity is more than zero");
        }
    }
}
