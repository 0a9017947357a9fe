package org.precinct.personnel;

/**
 * How much hangs on an organisational unit, counted when someone wants to deactivate or delete it.
 *
 * @param servingMembers employees assigned to it who are active or in the reserve
 * @param formerMembers employees who were ever assigned to it (its place in their history), including the current
 *     ones
 * @param activeSubUnits its active sub-units
 * @param subUnits all its sub-units
 */
record UnitUsage(long servingMembers, long formerMembers, long activeSubUnits, long subUnits) {}
