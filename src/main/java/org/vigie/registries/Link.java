package org.vigie.registries;

/** Another record a registry entry points to (a recommendation, an incident): its id and how to name it. */
public record Link(long id, String label) {
}
