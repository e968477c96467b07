package nl.ngf.grants.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.Map;
import java.util.Set;

/**
 * Which item of the header's menu the shown page belongs to, so the menu marks it (visibly and as
 * {@code aria-current="page"}): a list and the pages that open from it belong to the list's item; a task's
 * form belongs to none.
 */
@Named
@ApplicationScoped
public class Menu {

    private static final Map<String, Set<String>> PAGES = Map.of(
            "inbox", Set.of("/workflow/inbox.xhtml"),
            "programmes", Set.of("/programme/list.xhtml", "/programme/detail.xhtml"),
            "partnerships", Set.of("/partnership/list.xhtml", "/partnership/detail.xhtml", "/partnership/allocation.xhtml"),
            "tranches", Set.of("/funding/tranches.xhtml"),
            "register", Set.of("/programme/register.xhtml"),
            "auditLog", Set.of("/audit/log.xhtml"),
            "users", Set.of("/admin/users.xhtml"),
            "releases", Set.of("/admin/releases.xhtml"),
            "ledger", Set.of("/admin/ledger.xhtml"),
            "processes", Set.of("/admin/processes.xhtml"));

    /** Whether the page {@code viewId} belongs to the menu item {@code item}. */
    public boolean at(String item, String viewId) {
        return PAGES.getOrDefault(item, Set.of()).contains(viewId);
    }

    /** The item's style class on page {@code viewId}. */
    public String styleClass(String item, String viewId) {
        return at(item, viewId) ? "ngf-active" : "";
    }

    /** The item's {@code aria-current} on page {@code viewId}. */
    public String current(String item, String viewId) {
        return at(item, viewId) ? "page" : "false";
    }
}
