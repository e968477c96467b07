package nl.ngf.grants.history.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import nl.ngf.grants.history.CaseHistory;
import nl.ngf.grants.history.Timeline;
import nl.ngf.grants.identity.CurrentUser;
import nl.ngf.grants.shared.DomainException;
import nl.ngf.grants.web.Messages;

/**
 * The auditor's timeline of a programme ({@code ?programme=id}, with its PPSs' tranches and change requests too:
 * {@code &whole=true}) or a PPS ({@code ?pps=id}), with its cases' diagrams;
 * the table's column filters come from, and are kept in, the address ({@code source}, {@code case}, {@code who},
 * {@code event}, {@code what}).
 */
@Named
@ViewScoped
public class CaseTimeline implements Serializable {

    @Inject
    CaseHistory history;

    @Inject
    CurrentUser currentUser;

    @Inject
    Messages messages;

    private Long programme;
    private Long pps;
    private boolean whole;
    private Timeline timeline;
    /** Each model's first case, by the model, once the page asks (the timeline is read once per view). */
    private transient java.util.Map<String, Timeline.CaseDiagram> modelsShown;
    /** What the table's column filters leave of the moments (PrimeFaces keeps it here between requests). */
    private java.util.List<Timeline.Moment> filteredMoments;
    private String source;
    private String ofCase;
    private String who;
    private String event;
    private String what;

    public void load() {
        if (timeline != null) {
            return;
        }
        try {
            if (programme != null) {
                timeline = history.ofProgramme(currentUser.actor(), programme, whole);
            } else if (pps != null) {
                timeline = history.ofPartnership(currentUser.actor(), pps);
            } else {
                messages.refused(new DomainException("history.subject.required"));
            }
        } catch (DomainException e) {
            messages.refused(e);
        }
    }

    /** ENGINE or AUDIT narrows to one source; anything else shows both. */
    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = "ENGINE".equals(source) || "AUDIT".equals(source) ? source : null;
    }

    /** The case (or file) the moments are narrowed to: in the address as {@code case}. */
    public String getOfCase() {
        return ofCase;
    }

    public void setOfCase(String ofCase) {
        this.ofCase = blankAsNone(ofCase);
    }

    public String getWho() {
        return who;
    }

    public void setWho(String who) {
        this.who = blankAsNone(who);
    }

    public String getEvent() {
        return event;
    }

    public void setEvent(String event) {
        this.event = blankAsNone(event);
    }

    public String getWhat() {
        return what;
    }

    public void setWhat(String what) {
        this.what = blankAsNone(what);
    }

    private static String blankAsNone(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /**
     * The name a download of this timeline gets, after what it is about, so that several cases' downloads stay apart:
     * {@code verloop-NGF-2026-007} for a programme, {@code verloop-PPS-Slimme-Zorg-Zwolle} for a PPS.
     */
    public String getExportName() {
        if (timeline == null) {
            return "verloop";
        }
        String subject = programme != null ? timeline.subject().split(" ", 2)[0] + (whole ? " met pps" : "") : timeline.subject();
        return exportName(subject);
    }

    static String exportName(String subject) {
        String name = java.text.Normalizer.normalize(subject, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-|-$", "");
        return "verloop" + (name.isEmpty() ? "" : "-" + (name.length() > 60 ? name.substring(0, 60) : name));
    }

    public Timeline getTimeline() {
        return timeline;
    }

    /**
     * One case of each model the cases run on, in the order they first appear: the page carries each model once,
     * however many cases (a PPS's tranches, say) are drawn from it.
     */
    public java.util.List<Timeline.CaseDiagram> getModels() {
        return java.util.List.copyOf(firstCaseOfEachModel().values());
    }

    /** Up to this many cases, every one is shown open; of more, those still running and the one started last. */
    static final int ALL_OPEN_UP_TO = 3;

    /**
     * Whether a case is shown open when the page opens: every case of a file with a few, else those that still run
     * and the one started last (a PPS of twenty tranches shows twenty lines to open, not twenty diagrams to scroll past).
     */
    public boolean openAtFirst(Timeline.CaseDiagram diagram) {
        return openAtFirst(timeline == null ? List.of() : timeline.cases(), diagram);
    }

    static boolean openAtFirst(List<Timeline.CaseDiagram> cases, Timeline.CaseDiagram diagram) {
        return cases.size() <= ALL_OPEN_UP_TO || diagram.ended() == null || cases.stream()
                .max(java.util.Comparator.comparing(Timeline.CaseDiagram::started)).orElseThrow().processInstanceId()
                .equals(diagram.processInstanceId());
    }

    /** Which of {@link #getModels()} a case is drawn from. */
    public int modelOf(Timeline.CaseDiagram diagram) {
        return new java.util.ArrayList<>(firstCaseOfEachModel().keySet()).indexOf(diagram.path().bpmnXml());
    }

    private java.util.Map<String, Timeline.CaseDiagram> firstCaseOfEachModel() {
        if (timeline == null) {
            return java.util.Map.of();
        }
        if (modelsShown == null) {
            modelsShown = new java.util.LinkedHashMap<>();
            timeline.cases().forEach(c -> modelsShown.putIfAbsent(c.path().bpmnXml(), c));
        }
        return modelsShown;
    }

    public java.util.List<Timeline.Moment> getFilteredMoments() {
        return filteredMoments;
    }

    public void setFilteredMoments(java.util.List<Timeline.Moment> filteredMoments) {
        this.filteredMoments = filteredMoments;
    }

    public Long getProgramme() {
        return programme;
    }

    public void setProgramme(Long programme) {
        this.programme = programme;
    }

    /** Whether a programme's timeline holds its PPSs' tranches and change requests too. */
    public boolean isWhole() {
        return whole;
    }

    public void setWhole(boolean whole) {
        this.whole = whole;
    }

    public Long getPps() {
        return pps;
    }

    public void setPps(Long pps) {
        this.pps = pps;
    }
}
