/**
 * Record checks: the one search box of the patrol car's screen over the master indexes (names spelled any way,
 * plates read in part, VINs, licences, phones, addresses), the mug shot search by descriptors, and the state's
 * driver-licence and wanted-person lookup. Every check is kept with the reason given for it.
 */
package org.precinct.records.check;
