/**
 * The append-only, hash-chained trail of every access to and change of Precinct's records: who, what, when,
 * from where and with what outcome.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package org.precinct.audit;
