package org.precinct.audit;

/**
 * The result of checking the audit chain.
 *
 * @param valid every row's hash matches its content and its predecessor
 * @param rows how many rows were checked
 * @param firstBrokenId the first row that does not match, or {@code null} when valid
 */
public record ChainVerification(boolean valid, long rows, Long firstBrokenId) {}
