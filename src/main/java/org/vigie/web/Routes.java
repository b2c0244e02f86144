package org.vigie.web;

/** A capability's HTTP surface: pages and API routes it declares on the {@link Router}. */
public interface Routes {
    void register(Router router);
}
