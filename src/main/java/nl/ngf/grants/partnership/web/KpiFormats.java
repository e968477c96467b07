package nl.ngf.grants.partnership.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.List;
import nl.ngf.grants.partnership.Kpi;
import nl.ngf.grants.partnership.KpiTarget;
import nl.ngf.grants.shared.Money;
import nl.ngf.grants.web.Formats;
import nl.ngf.grants.web.Language;
import nl.ngf.grants.web.Messages;

/** KPI names and values as the user reads them: "Studenten: 700", "Bereik mkb in de regio: 10,5%". */
@Named("kpiFmt")
@RequestScoped
public class KpiFormats {

    @Inject
    Language language;

    @Inject
    Formats formats;

    /** The figures a milestone can name, in the order of the PPS page. */
    public List<Kpi> getAll() {
        return List.of(Kpi.values());
    }

    public String name(Kpi kpi) {
        return kpi == null ? "–" : Messages.format(language.getLocale(), "partnership.kpi." + kpi.key());
    }

    /** A value of the figure in the user's notation: a count, a percentage or an amount in euros. */
    public String value(Kpi kpi, BigDecimal value) {
        if (kpi == null || value == null) {
            return "–";
        }
        return switch (kpi) {
            case SME_REACH -> formats.percent(value);
            case COFINANCING -> formats.money(Money.ofEuros(value));
            default -> NumberFormat.getIntegerInstance(language.getLocale()).format(value);
        };
    }

    /** The measurable part of a milestone, or – for a tranche planned before milestones had one. */
    public String target(KpiTarget target) {
        return target == null ? "–" : name(target.kpi()) + ": " + value(target.kpi(), target.value());
    }
}
