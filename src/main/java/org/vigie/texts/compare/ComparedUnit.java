package org.vigie.texts.compare;

/** A paragraph as the comparison sees it: its display name, draft label, number and full text. */
record ComparedUnit(String name, String label, Integer number, String text) {
}
