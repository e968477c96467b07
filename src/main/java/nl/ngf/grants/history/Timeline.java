package nl.ngf.grants.history;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.ngf.grants.workflow.CasePath;

/** Everything known about a programme or PPS, oldest first, and the diagram of each of its cases. */
public record Timeline(String subject, List<Moment> moments, List<CaseDiagram> cases, List<Related> related) implements Serializable {

    public Timeline {
        moments = List.copyOf(moments);
        cases = List.copyOf(cases);
        related = List.copyOf(related);
    }

    /**
     * A file whose timeline belongs with this one: for a programme each of its PPSs (their tranches and
     * change requests), for a PPS its programme (the award and the allocation). {@code kind} is
     * {@code programme} or {@code pps}, the name of the timeline page's parameter.
     */
    public record Related(String kind, long id, String name) implements Serializable {
    }

    public enum Source {
        ENGINE, AUDIT
    }

    /**
     * One moment: from the engine ({@code kind} a {@code CaseEvent.Kind}, {@code what} the element or
     * variable, within the case {@code processKey}/{@code caseRef}) or from the audit trail ({@code kind}
     * the action, {@code what} the object's kind and number as recorded, with the entry's sequence number as
     * {@code auditSeq}, and the case its record belongs to as {@code processKey}/{@code caseRef}: a tranche's entries its
     * tranche-release case; or only a {@code caseRef}, the file it is about: a programme's reference, a PPS's name).
     * {@code whatId} is the model element's id where {@code what} is one (its name in the model is English; the page
     * shows it in the reader's language), or the kind of an audit entry's object.
     */
    public record Moment(Instant at, Source source, String processKey, String caseRef, String kind, String who, String what,
                         String whatId, String details, Long auditSeq) implements Serializable {
    }

    /**
     * A case of this programme or PPS with its model and the path it took; {@code caseRef} e.g. the
     * tranche number; {@code keptUntil} when the engine may remove its history (null: the file is open).
     */
    public record CaseDiagram(String processInstanceId, String processKey, String caseRef, Instant started, Instant ended,
                              String state, CasePath path, Instant keptUntil) implements Serializable {

        public String passedIds() {
            return String.join(" ", path.passed());
        }

        public String activeIds() {
            return String.join(" ", path.active());
        }

        public String flowIds() {
            return String.join(" ", path.flows());
        }

        /** The steps and events the case entered more than once, each with how often ({@code id=2}), in the order of their ids. */
        public String repeatedIds() {
            return path.entered().entrySet().stream().filter(e -> e.getValue() > 1).sorted(Map.Entry.comparingByKey())
                    .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(" "));
        }
    }
}
