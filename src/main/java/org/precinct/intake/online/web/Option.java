package org.precinct.intake.online.web;

/** One answer a page offers for a radio group or a list: what the form sends and what the reader sees. */
record Option(String value, String label) {}
