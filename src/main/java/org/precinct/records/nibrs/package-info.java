/**
 * Inside the NIBRS engine: the XML writer, the IEPD schema, and the data element edits by segment, with their
 * tables of what each offense requires and allows.
 */
package org.precinct.records.nibrs;
