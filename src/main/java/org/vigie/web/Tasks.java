package org.vigie.web;

import java.util.List;
import org.vigie.security.Principal;

/**
 * What waits for the caller, counted for the navigation ("À valider (3)"). The composition root gives the web
 * server the function; the web layer knows no capability.
 */
@FunctionalInterface
public interface Tasks {
    /** One link of the navigation: where the work is, its label's message key (with the count as argument). */
    record Task(String href, String labelKey, long count) {
    }

    Tasks NONE = who -> List.of();

    /** The caller's tasks, cheap to count: asked on every page the caller opens. */
    List<Task> of(Principal who);
}
