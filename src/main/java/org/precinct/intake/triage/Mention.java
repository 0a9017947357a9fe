package org.precinct.intake.triage;

/**
 * One danger phrase found in a description: its section, and the tokens it spans.
 *
 * @param rule the danger section it belongs to
 * @param first its first token
 * @param last its last token
 */
record Mention(DangerRule rule, int first, int last) {}
