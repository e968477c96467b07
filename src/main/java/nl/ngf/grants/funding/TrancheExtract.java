package nl.ngf.grants.funding;

import java.io.Serializable;
import java.util.List;
import nl.ngf.grants.shared.Money;

/** A page of a list of tranches, by planned date, with how many tranches the whole selection has and what they add up to. */
public record TrancheExtract(List<TrancheOverview> lines, long count, Money total) implements Serializable {

    public TrancheExtract {
        lines = List.copyOf(lines);
    }
}
